// A read-only workshop's board: selecting works, but no text editing starts, no new note is begun and a drag
// moves nothing (BoardStage starts no move gesture when movingIds is empty).
import { describe, expect, it } from 'vitest'
import { runCommand } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import { BoardActions } from '../boardActions'
import { BoardEditor } from '../boardEditor'
import type { CommandSource } from '../workshopCommands'
import { newWorkshop } from '@shared/commands/__tests__/workshopFixture'

const ctx = { now: '2026-01-01T10:00:00.000Z' }

function doc(): WorkshopDoc {
  const created = newWorkshop({ title: 'T', language: 'da' }, ctx)
  const notes = { notes: [{ id: 'a', text: 'Bålpladsen', x: 0, y: 0 }] }
  return applyPatch(created, runCommand(created, { name: 'addItems', args: notes }, ctx))
}

function board(readOnly: boolean) {
  const editor = new BoardEditor({ readOnly })
  const sent: CommandSource[] = []
  const current = doc()
  const actions = new BoardActions({
    apply: async (command) => {
      sent.push(command)
      return true
    },
    doc: () => current,
    source: () => '/tmp/x.handlekraft',
    editor,
    viewCentre: () => ({ x: 0, y: 0 }),
  })
  return { editor, actions, sent }
}

describe('the board of a read-only workshop', () => {
  it('selects, but starts no editing and no new note, and moves nothing', () => {
    const { editor, actions } = board(true)
    editor.select(['a'])
    expect(editor.getState().selected).toEqual(['a'])
    editor.edit({ kind: 'note', id: 'a' })
    actions.startNote({ x: 10, y: 10 })
    expect(editor.getState().editing).toBeNull()
    expect(actions.movingIds(['a'])).toEqual([])
  })

  it('an editable workshop does all three (the same calls)', () => {
    const { editor, actions } = board(false)
    editor.edit({ kind: 'note', id: 'a' })
    expect(editor.getState().editing).toEqual({ kind: 'note', id: 'a' })
    actions.startNote({ x: 10, y: 10 })
    expect(editor.getState().editing?.kind).toBe('draft')
    expect(actions.movingIds(['a'])).toEqual(['a'])
  })
})
