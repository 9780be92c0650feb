import { describe, expect, it } from 'vitest'
import { emptyDoc } from '@shared/model/document'
import type { Actor, Note } from '@shared/model/records'
import { BoardEditor } from '../boardEditor'
import { selectableIn } from '../selectable'

describe('what stays selected when the document changes', () => {
  it('keeps a selected actor when another window edits something else (it was dropped)', () => {
    const actor = { id: 'actor-1', name: 'Havnens Kraftvarme', type: 'firm', x: 0, y: 0, width: 220, height: 110 } as Actor
    const note = { id: 'note-1', text: 'Havnen', x: 400, y: 0, width: 180, height: 120 } as Note
    const doc = { ...emptyDoc(), actor: { [actor.id]: actor }, note: { [note.id]: note } }
    const editor = new BoardEditor()
    editor.select(['actor-1', 'note-1'])
    // Another window adds a note: the document changes, WorkshopView keeps the selection to what exists.
    const changed = { ...doc, note: { ...doc.note, 'note-2': { ...note, id: 'note-2' } } }
    editor.keepOnly(selectableIn(changed))
    expect(editor.getState().selected).toEqual(['actor-1', 'note-1'])
    // A record removed elsewhere leaves the selection.
    editor.keepOnly(selectableIn({ ...changed, actor: {} }))
    expect(editor.getState().selected).toEqual(['note-1'])
  })
})
