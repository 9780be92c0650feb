// Who may call the API over IPC: only the top frame of one of our windows, showing our renderer. An
// iframe, a window the page managed to open, or our window after navigating elsewhere is refused.
// Pure (frames are passed in as plain shapes) so the rule is unit-tested without Electron.
import { isOwnRendererUrl, type RendererLocation } from './rendererLocation'

export interface FrameLike {
  parent: unknown
  url: string
}

export function isTrustedSender(
  frame: FrameLike | null,
  belongsToOurWindow: boolean,
  location: RendererLocation,
): boolean {
  if (!belongsToOurWindow || frame === null) return false
  if (frame.parent !== null) return false
  return isOwnRendererUrl(frame.url, location)
}
