// Find on the board (Ctrl/Cmd+F): matching notes are outlined on the board; Enter (or Next) jumps to the
// next one, Shift+Enter to the previous; Escape closes.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BoardEditor, EditorState } from '../editor/boardEditor'

export interface FindBarProps {
  state: EditorState
  editor: BoardEditor
  matches: readonly string[]
  /** Select and show the match at this index. */
  onJump: (index: number) => void
  onClose: () => void
}

export function FindBar({ state, editor, matches, onJump, onClose }: FindBarProps) {
  const { t } = useTranslation()
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    field.current?.focus()
    field.current?.select()
  }, [state.find.open])

  const step = (by: number) => {
    if (matches.length === 0) return
    const index = (state.find.index + by + matches.length) % matches.length
    editor.setFind({ index })
    onJump(index)
  }
  const current = matches.length === 0 ? 0 : Math.min(state.find.index, matches.length - 1) + 1

  return (
    <search className="find-bar" aria-label={t('board.findNotes')}>
      <input
        ref={field}
        type="search"
        aria-label={t('board.findField')}
        value={state.find.query}
        onChange={(e) => editor.setFind({ query: e.target.value, index: 0 })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            // The first Enter shows the first match; after that Enter walks on.
            const shown = state.selected.length === 1 && state.selected[0] === matches[state.find.index]
            if (shown) step(e.shiftKey ? -1 : 1)
            else if (matches.length > 0) onJump(state.find.index)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            onClose()
          }
        }}
      />
      <span role="status">
        {state.find.query.trim() === ''
          ? ''
          : matches.length === 0
            ? t('board.findNone')
            : t('board.findCount', { current, count: matches.length })}
      </span>
      <button
        type="button"
        aria-label={t('board.findPrevious')}
        title={t('board.findPrevious')}
        disabled={matches.length === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={t('board.findNext')}
        title={t('board.findNext')}
        disabled={matches.length === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button type="button" aria-label={t('board.findClose')} title={t('board.findClose')} onClick={onClose}>
        ×
      </button>
    </search>
  )
}
