// The board's own toolbar, one row above the board: make things, change the selected notes, move the view;
// arranging, grouping and the display switches used less often are in its More panel. Every button has a
// visible, translated name (or, for − and +, a translated aria-label and tooltip).
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTE_COLOUR_BY_KIND } from '@shared/model/defaults'
import type { Catalog } from '@shared/i18n'
import type { WorkshopDoc } from '@shared/model/document'
import type { NoteKind } from '@shared/model/records'
import { NoteKind as NoteKindSchema } from '@shared/model/records'
import { categoryName } from '../board/labels'
import { ZOOM_STEP, type BoardViewport } from '../board/viewport'
import type { BoardActions } from '../editor/boardActions'
import type { BoardEditor, EditorState } from '../editor/boardEditor'
import { noteStacks } from '../editor/methodBoard'
import { Disclosure } from '../frame/Disclosure'
import { useEditLock } from './editLock'

type NoteColour = keyof Catalog['board']['colours']

export const NOTE_COLOURS: Record<NoteColour, string> = {
  yellow: NOTE_COLOUR_BY_KIND.strength,
  blue: NOTE_COLOUR_BY_KIND.idea,
  grey: NOTE_COLOUR_BY_KIND.other,
  green: '#d3f2c4',
  pink: '#ffd6e5',
  orange: '#ffdcb8',
}

/** The colour names in the toolbar's order; each has a translation (board.colours.*). */
const COLOUR_NAMES = Object.keys(NOTE_COLOURS) as NoteColour[]

export interface BoardToolbarProps {
  doc: WorkshopDoc
  state: EditorState
  editor: BoardEditor
  actions: BoardActions
  viewport: BoardViewport
  zoomPercent: number
  onFitAll: () => void
  onZoomToSelection: () => void
}

/** The value all selected notes share for a field, or '' when they differ (shown as "—"). */
function shared<T>(values: T[]): T | '' {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0]! : ''
}

/**
 * What the toolbar shows of the workshop: the category names, and the selected notes (their kind, category,
 * colour, stacks, theme). With nothing selected no note change can alter it, so a burst of notes or dots from
 * phones does not re-render it and its ~40 translated labels; with a selection, any note change does.
 */
export function toolbarPropsEqual(prev: BoardToolbarProps, next: BoardToolbarProps): boolean {
  const { doc: before, ...restBefore } = prev
  const { doc: after, ...restAfter } = next
  const same = (Object.keys(restAfter) as (keyof typeof restAfter)[]).every((key) => restBefore[key] === restAfter[key])
  return same && before.category === after.category && (next.state.selected.length === 0 || before.note === after.note)
}

export const BoardToolbar = memo(function BoardToolbar({
  doc,
  state,
  editor,
  actions,
  viewport,
  zoomPercent,
  onFitAll,
  onZoomToSelection,
}: BoardToolbarProps) {
  const { t } = useTranslation()
  /** A read-only workshop: the making and changing tools are locked; the view tools below are not. */
  const { locked, reason } = useEditLock()
  const notes = state.selected.map((id) => doc.note[id]).filter((n) => n !== undefined)
  const noNotes = notes.length === 0
  const categories = Object.values(doc.category).sort((a, b) => a.position - b.position)
  const kind = shared(notes.map((n) => n.kind))
  const category = shared(notes.map((n) => n.categoryId ?? 'none'))
  const colour = shared(notes.map((n) => COLOUR_NAMES.find((k) => NOTE_COLOURS[k] === n.color) ?? ''))
  const places = new Set(notes.map((n) => `${n.x},${n.y}`))
  const canStack = notes.length >= 2 && places.size > 1
  const stacked = useMemo(() => new Set(noteStacks({ note: doc.note }).flat()), [doc.note])
  const canUnstack = notes.some((n) => stacked.has(n.id))

  return (
    <div className="board-tools" role="toolbar" aria-label={t('board.tools')}>
      <button type="button" disabled={locked} {...reason} onClick={() => actions.startNote()}>
        {t('board.newNote')}
      </button>
      <button type="button" disabled={locked} {...reason} onClick={() => void actions.addZone(t('board.newAreaTitle'))}>
        {t('board.newArea')}
      </button>
      {/* Grouping (issue 4): themes around selected notes, stacks of duplicates. Keys G, Shift+G, S, Shift+S. */}
      <button
        type="button"
        disabled={locked || noNotes}
        {...reason}
        aria-keyshortcuts="G"
        onClick={() => void actions.makeTheme()}
      >
        {t('boardMethod.makeTheme')}
      </button>
      <button
        type="button"
        disabled={locked || state.selected.length === 0}
        {...reason}
        onClick={() => void actions.deleteSelection()}
      >
        {t('board.delete')}
      </button>
      <span className="separator" aria-hidden="true" />
      {/* The selected notes' kind, category and colour: one button, so the row fits 1280 px in English too. */}
      <Disclosure className="note-pickers" label={t('stage.notePickers')} panelLabel={t('stage.notePickersLabel')}>
        <label title={t('board.kind')}>
          <span>{t('board.kind')}</span>
          <select
            disabled={locked || noNotes}
            value={kind}
            {...reason}
            onChange={(e) => void actions.setSelectedNotes({ kind: e.target.value as NoteKind })}
          >
            {kind === '' && <option value="">{t('board.mixed')}</option>}
            {NoteKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`board.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label title={t('board.category')}>
          <span>{t('board.category')}</span>
          <select
            disabled={locked || noNotes}
            value={category}
            {...reason}
            onChange={(e) =>
              void actions.setSelectedNotes({ categoryId: e.target.value === 'none' ? null : e.target.value })
            }
          >
            {category === '' && <option value="">{t('board.mixed')}</option>}
            <option value="none">{t('board.noCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryName(doc, c.id, t)}
              </option>
            ))}
          </select>
        </label>
        <label title={t('board.colour')}>
          <span>{t('board.colour')}</span>
          <select
            disabled={locked || noNotes}
            value={colour}
            {...reason}
            onChange={(e) => void actions.setSelectedNotes({ color: NOTE_COLOURS[e.target.value as NoteColour] })}
          >
            {colour === '' && <option value="">{t('board.mixed')}</option>}
            {COLOUR_NAMES.map((name) => (
              <option key={name} value={name}>
                {t(`board.colours.${name}`)}
              </option>
            ))}
          </select>
        </label>
      </Disclosure>
      {/* The view controls end this row, at its right: floating over the board they covered the notes and
          project cards at its bottom (issue 10). */}
      <span className="board-view-tools">
        <button
          type="button"
          aria-label={t('board.zoomOut')}
          title={t('board.zoomOut')}
          onClick={() => viewport.zoomBy(1 / ZOOM_STEP)}
        >
          −
        </button>
        <output className="zoom-level" aria-label={t('board.zoomLevel')}>
          {zoomPercent} %
        </output>
        <button
          type="button"
          aria-label={t('board.zoomIn')}
          title={t('board.zoomIn')}
          onClick={() => viewport.zoomBy(ZOOM_STEP)}
        >
          +
        </button>
        <button type="button" onClick={onFitAll}>
          {t('board.fitAll')}
        </button>
        <button type="button" aria-pressed={state.find.open} onClick={() => editor.setFind({ open: !state.find.open })}>
          {t('board.find')}
        </button>
        {/* Used less often on the evening (most also have a key): folded away so the row stays one row. */}
        <Disclosure
          className="more-tools"
          label={t('stage.moreTools')}
          panelLabel={t('stage.moreToolsLabel')}
          closeOnChoose
        >
          <button
            type="button"
            disabled={locked || state.selected.length < 2}
            {...reason}
            onClick={() => void actions.connectSelection()}
          >
            {t('board.connect')}
          </button>
          <button
            type="button"
            disabled={locked || notes.length < 2}
            {...reason}
            onClick={() => void actions.tidySelection()}
          >
            {t('board.tidy')}
          </button>
          <button
            type="button"
            disabled={locked || state.selected.length === 0}
            {...reason}
            onClick={() => void actions.duplicateSelection()}
          >
            {t('board.duplicate')}
          </button>
          <button
            type="button"
            disabled={locked || actions.selectedTheme() === null}
            aria-keyshortcuts="Shift+G"
            onClick={() => void actions.ungroupSelectedTheme()}
            {...reason}
          >
            {t('boardMethod.ungroup')}
          </button>
          <button
            type="button"
            disabled={locked || !canStack}
            {...reason}
            aria-keyshortcuts="S"
            onClick={() => void actions.stackSelection()}
          >
            {t('boardMethod.stack')}
          </button>
          <button
            type="button"
            disabled={locked || !canUnstack}
            aria-keyshortcuts="Shift+S"
            onClick={() => void actions.unstackSelection()}
            {...reason}
          >
            {t('boardMethod.unstack')}
          </button>
          <span className="separator" aria-hidden="true" />
          <button type="button" onClick={() => viewport.zoomTo(1)}>
            {t('board.actualSize')}
          </button>
          <button type="button" disabled={state.selected.length === 0} onClick={onZoomToSelection}>
            {t('board.zoomToSelection')}
          </button>
          <span className="separator" aria-hidden="true" />
          <button
            type="button"
            aria-pressed={state.highContrast}
            onClick={() => editor.setDisplay({ highContrast: !state.highContrast })}
          >
            {t('board.highContrast')}
          </button>
          <button
            type="button"
            aria-pressed={state.showRoles}
            onClick={() => editor.setDisplay({ showRoles: !state.showRoles })}
          >
            {t('board.showRoles')}
          </button>
        </Disclosure>
      </span>
    </div>
  )
}, toolbarPropsEqual)
