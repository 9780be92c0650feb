// What the phone shows, from the room's state and what is still in the outbox: a note being sent is listed as
// "sending", a dot being placed already counts (and a dot being taken back no longer does), so the screen answers
// the tap at once and stays right while the Wi-Fi is away.
import type { MyNote, RoomMode } from '@shared/room/contract'
import type { Submission } from './roomSession'

export type ShownNote = Omit<MyNote, 'status'> & { status: MyNote['status'] | 'sending' }

export function notesToShow(myNotes: readonly MyNote[], outbox: readonly Submission[]): ShownNote[] {
  const known = new Set(myNotes.map((note) => note.clientId))
  const sending: ShownNote[] = []
  for (const submission of outbox) {
    if (submission.method !== 'submitNote' || known.has(submission.input.clientId)) continue
    const { clientId, text, kind, categoryId } = submission.input
    sending.push({ clientId, text, kind, categoryId: categoryId ?? null, status: 'sending' })
  }
  // Newest first: the note just sent is where the person looks.
  return [...sending.reverse(), ...[...myNotes].reverse()]
}

export interface VoteRow {
  id: string
  label: string
  color: string
  /** The clientIds of my dots on this item, newest last (taking back takes the newest). */
  dots: string[]
}

type VoteMode = Extract<RoomMode, { kind: 'vote' }>

export function voteToShow(mode: VoteMode, outbox: readonly Submission[]): { rows: VoteRow[]; dotsLeft: number } {
  const placed = mode.myDots.map((dot) => ({ ...dot }))
  const known = new Set(placed.map((dot) => dot.clientId))
  for (const submission of outbox) {
    if (submission.method === 'placeDot' && !known.has(submission.input.clientId)) {
      placed.push({ clientId: submission.input.clientId, itemId: submission.input.itemId })
    }
  }
  const takenBack = new Set(
    outbox.filter((s) => s.method === 'takeBackDot').map((s) => (s.method === 'takeBackDot' ? s.input.clientId : '')),
  )
  const mine = placed.filter((dot) => !takenBack.has(dot.clientId))
  const rows = mode.items.map((item) => ({
    ...item,
    dots: mine.filter((dot) => dot.itemId === item.id).map((dot) => dot.clientId),
  }))
  return { rows, dotsLeft: Math.max(0, mode.dotsLeft - (mine.length - mode.myDots.length)) }
}

/** Is "I want to help" on for this project, counting a change still on its way? */
export function helpingNow(projectId: string, fromServer: boolean, outbox: readonly Submission[]): boolean {
  let helping = fromServer
  for (const submission of outbox) {
    if (submission.method === 'helpProject' && submission.input.projectId === projectId)
      helping = submission.input.helping
  }
  return helping
}
