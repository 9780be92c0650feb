// Keeps the projector's copy of the workshop current once it is open: every event goes to the mirror, every
// (re)opening of the event channel re-syncs it, and it re-syncs once right after subscribing. That last one is
// the race fixed in ProjectorApp: an edit broadcast between the projector's workshop.open and this subscription
// reached nobody here (the facilitator choosing what the projector shows as its window opens), and stayed
// unseen until the next edit. Plain TypeScript, so the race is tested without a browser.
import type { HandlekraftApi } from '@shared/api/contract'
import type { ApiConnection } from '../api'
import type { DocumentMirror } from '../editor/documentMirror'

export function followMirror(
  api: Pick<HandlekraftApi, 'onEvent'>,
  connection: Pick<ApiConnection, 'onOpen'>,
  mirror: DocumentMirror,
  onClosed: () => void,
): () => void {
  const offEvents = api.onEvent((event) => mirror.handleEvent(event))
  const offOpen = connection.onOpen(() => void mirror.resync())
  void mirror.resync()
  const offClosed = mirror.subscribe(() => {
    if (mirror.getState().closed) onClosed()
  })
  return () => {
    offEvents()
    offOpen()
    offClosed()
  }
}
