// While the workshop is presented, this window's board view goes to main's presence channel (the projector
// follows it from there). Lives beside the board's viewport (WorkshopView), not in the presenter controls.
import { useEffect, useSyncExternalStore } from 'react'
import { presentationOf } from '@shared/commands/presentationState'
import type { HandlekraftApi } from '@shared/api/contract'
import type { DocumentMirror } from '../editor/documentMirror'
import { startPresencePublisher, type ViewSource } from './presencePublisher'

export function usePresencePublisher(api: HandlekraftApi, mirror: DocumentMirror, viewport: ViewSource): void {
  const presenting = useSyncExternalStore(mirror.subscribe, () => presentationOf(mirror.getState().doc).presenting)
  useEffect(() => {
    if (!presenting) return
    const { workshopId } = mirror.getState()
    const publisher = startPresencePublisher(viewport, (view, settled) => {
      // Fire and forget: a lost report is replaced by the next one, and a refused one changes nothing.
      void api['presence.view']({ workshopId, view, settled })
    })
    publisher.flush()
    const resized = () => publisher.flush()
    window.addEventListener('resize', resized)
    return () => {
      window.removeEventListener('resize', resized)
      publisher.stop()
    }
  }, [api, mirror, viewport, presenting])
}
