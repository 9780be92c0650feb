// A small workshop in memory with every kind of record, for the pure exchange tests (the demo itself is
// built in main, which shared tests may not import).
import { createWorkshop, runCommand, type CommandCall } from '../../commands'
import { emptyDoc, type WorkshopDoc } from '../../model/document'
import { applyPatch } from '../../model/patch'

export function demoLikeDoc(): WorkshopDoc {
  let doc = emptyDoc()
  let tick = 0
  const now = () => ({ now: new Date(Date.UTC(2025, 2, 4, 18, tick++)).toISOString() })
  doc = applyPatch(
    doc,
    createWorkshop.run(
      doc,
      createWorkshop.args.parse({ title: 'Test i Kildebæk', language: 'da', template: 'strengths-map' }),
      now(),
    ),
  )
  const apply = (call: CommandCall) => {
    doc = applyPatch(doc, runCommand(doc, call, now()))
  }
  apply({
    name: 'addParticipants',
    args: {
      participants: [
        { id: 'p1', name: 'Mette', role: 'citizen' },
        { id: 'p2', name: null, role: 'staff' },
      ],
    },
  })
  apply({
    name: 'addNotes',
    args: {
      notes: [
        { id: 'n1', text: 'Hallen', kind: 'strength', categoryId: 'places', x: 10, y: 20, authorId: 'p1' },
        { id: 'n2', text: 'Bedre cykelsti', kind: 'idea', x: 300.5, y: -40 },
        { id: 'n3', text: '=1+1', kind: 'idea', x: 600, y: 0 },
      ],
    },
  })
  apply({ name: 'createTheme', args: { id: 't1', name: 'Trafik', noteIds: ['n2', 'n3'] } })
  apply({ name: 'startVotingRound', args: { id: 'r1', title: 'Runde', target: 'themes', optionIds: ['t1'] } })
  apply({
    name: 'recordVotes',
    args: { roundId: 'r1', votes: [{ id: 'v1', itemId: 't1', participantId: 'p1', count: 2 }] },
  })
  return doc
}
