// Which gathering is happening now; new notes, votes and project updates are made in it.
import { z } from 'zod'
import { Id } from '../model/records'
import { defineCommand, requireRecord } from './command'
import { changeLiveState } from './liveState'

export const setCurrentSession = defineCommand({
  name: 'setCurrentSession',
  undoable: false,
  args: z.object({ sessionId: Id.nullable() }),
  run(doc, { sessionId }) {
    if (sessionId) requireRecord(doc.session, sessionId, 'session')
    return changeLiveState(doc, () => ({ currentSessionId: sessionId }))
  },
})
