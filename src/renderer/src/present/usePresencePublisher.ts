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
    // The size the room should see is the board's client box (what the facilitator sees of it, without a
    // scrollbar), read when a report is made; the view itself comes from the viewport, never from the DOM.
    const board = () => document.querySelector<HTMLElement>('.board')
    const source: ViewSource = {
      get view() {
        return viewport.view
      },
      get size() {
        const element = board()
        return element ? { width: element.clientWidth, height: element.clientHeight } : viewport.size
      },
      onMove: (listener) => viewport.onMove(listener),
      onSettled: (listener) => viewport.onSettled(listener),
    }
    const publisher = startPresencePublisher(
      source,
      (view, settled, at) => {
        // Fire and forget: a lost report is replaced by the next one, and a refused one changes nothing.
        void api['presence.view']({ workshopId, view, settled, at })
      },
      // Wall-clock milliseconds that never step back within this page (a reload starts later still).
      () => performance.timeOrigin + performance.now(),
    )
    publisher.flush()
    const resized = () => publisher.flush()
    window.addEventListener('resize', resized)
    return () => {
      window.removeEventListener('resize', resized)
      publisher.stop()
    }
  }, [api, mirror, viewport, presenting])
}
