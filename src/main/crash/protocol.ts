// The lines the crash child writes on stdout, one JSON object per line. A line is written only AFTER the
// call it describes returned, except `call`, which is written just BEFORE the call starts, so the parent
// knows which command may have been in flight when the kill came.
import type { RecordKind } from '@shared/model/records'

export type StepOp = 'apply' | 'undo' | 'redo'

/** A record the acknowledged call touched: its fingerprint now, or null when it no longer exists. */
export type Touched = [kind: RecordKind, id: string, hash: string | null]

export type ChildLine =
  | { type: 'open'; hash: string }
  | { type: 'call'; op: StepOp; name?: string }
  | { type: 'ack'; op: StepOp; name?: string; revision: number; hash: string; touched: Touched[] }
  | { type: 'refused'; op: StepOp; code: string }
  | { type: 'failed'; op: StepOp; code: string; detail?: string }

export function formatLine(line: ChildLine): string {
  return `${JSON.stringify(line)}\n`
}

export function parseLine(text: string): ChildLine | null {
  try {
    const value = JSON.parse(text) as ChildLine
    return value && typeof value === 'object' && 'type' in value ? value : null
  } catch {
    return null // a line cut off by the kill
  }
}
