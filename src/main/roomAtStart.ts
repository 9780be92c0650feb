// `--room` at start, the same in both shells: the room opens for the workshop given on the command line, or
// else for the first workshop a window opens, and its join link is printed as a line scripts can read.
import type { Api } from './api/types'

/** The stdout line with `--room`: the join link (with its key) phones open. */
export const ROOM_PREFIX = 'Handlekraft room at '

/**
 * `--room`: the room opens for the workshop given on the command line, or else for the first workshop a window
 * opens; the join link is the second stdout line.
 */
export function openRoomAtStart(
  api: Api,
  workshopPath: string | null,
  say: (line: string) => void,
  warn: (line: string) => void,
): void {
  const open = (workshopId: string) => {
    void api.room
      ?.open(workshopId)
      .then((status) => say(`${ROOM_PREFIX}${status.join?.url ?? ''}`))
      .catch((error: unknown) =>
        warn(`Could not open the room: ${error instanceof Error ? error.message : String(error)}`),
      )
  }
  let done = false
  const unsubscribe = api.onEvent((event) => {
    if (done || event.type !== 'opened' || (workshopPath !== null && event.path !== workshopPath)) return
    done = true
    unsubscribe()
    open(event.workshopId)
  })
  if (workshopPath === null) return
  // The workshop was opened before the listener (preopen): find its handle by opening it again (same handle).
  void api.call('workshop.open', { path: workshopPath }).then((result) => {
    if (done || !result.ok) return
    done = true
    unsubscribe()
    open((result.value as { workshopId: string }).workshopId)
  })
}
