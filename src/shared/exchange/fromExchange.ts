// A checked exchange file -> the workshop document a new file is built from. The live state is not in the
// file (see exchangeSchema.ts), so the room starts as a new workshop does: no current session chosen, the
// first agenda phase current, its timer reset.
import { emptyDoc, type WorkshopDoc } from '../model/document'
import { LIVE_STATE_ID, type AnyRecord, type LiveState, type RecordKind } from '../model/records'
import { EXCHANGE_LIST_NAMES, EXCHANGE_LISTS, type ExchangeFile } from './exchangeSchema'

export function freshLiveState(file: ExchangeFile): LiveState {
  const first = file.records.phases.slice().sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1))[0]
  const ms = first ? first.durationMinutes * 60_000 : 0
  return {
    id: LIVE_STATE_ID,
    currentSessionId: null,
    currentPhaseId: first?.id ?? null,
    timerDurationMs: ms,
    timerStartedAt: null,
    timerRemainingMs: ms,
  }
}

export function exchangeToDoc(file: ExchangeFile): WorkshopDoc {
  const doc = emptyDoc() as unknown as Record<RecordKind, Record<string, AnyRecord>>
  doc.workshop[file.workshop.id] = file.workshop
  for (const name of EXCHANGE_LIST_NAMES) {
    for (const record of file.records[name]) doc[EXCHANGE_LISTS[name]][record.id] = record
  }
  const live = freshLiveState(file)
  doc.liveState[live.id] = live
  return doc as unknown as WorkshopDoc
}
