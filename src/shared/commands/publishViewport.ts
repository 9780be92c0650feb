// The facilitator's board view, for the projector to follow. Sent a few times a second at most and when a
// pan or zoom ends (never on every pointer move); an unchanged view writes nothing. Live state, not undoable.
import { BoardView } from '../model/records'
import { defineCommand } from './command'
import { changePresentation } from './presentationState'

export const publishViewport = defineCommand({
  name: 'publishViewport',
  undoable: false,
  args: BoardView,
  run(doc, view) {
    return changePresentation(doc, () => ({ facilitatorView: view }))
  },
})
