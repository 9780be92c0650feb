// The board's keyboard: shortcuts of a whiteboard, active while focus is on the board, on the notes list,
// or nowhere in particular (body). Text fields keep their own keys. Copy, cut and paste also listen to
// the browser's clipboard events, so the system clipboard gets the notes' text and pasted text becomes notes.
import { useEffect } from 'react'
import type { BoardViewport } from '../board/viewport'
import { NUDGE, type BoardActions } from '../editor/boardActions'
import type { BoardEditor } from '../editor/boardEditor'
import { isTyping } from '../isTyping'

export interface BoardKeysDeps {
  editor: BoardEditor
  actions: BoardActions
  viewport: BoardViewport
  /** True when the event happened where board keys apply. */
  isBoardFocus: (target: EventTarget | null) => boolean
  fitAll: () => void
  zoomToSelection: () => void
  selectAll: () => void
}

const PAN_STEP = 80

export function useBoardKeys({
  editor,
  actions,
  viewport,
  isBoardFocus,
  fitAll,
  zoomToSelection,
  selectAll,
}: BoardKeysDeps) {
  useEffect(() => {
    let pasteFallback: ReturnType<typeof setTimeout> | null = null
    let cutPending = false

    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey
      const key = event.key
      // Find works from anywhere except other text fields.
      if (mod && key.toLowerCase() === 'f' && !isTyping(event.target)) {
        event.preventDefault()
        editor.setFind({ open: true })
        return
      }
      if (!isBoardFocus(event.target) || event.altKey) return
      const state = editor.getState()
      const hasSelection = state.selected.length > 0
      const handled = (run: () => void) => {
        event.preventDefault()
        run()
      }
      if (mod) {
        switch (key.toLowerCase()) {
          case 'd':
            return handled(() => void actions.duplicateSelection())
          case 'a':
            return handled(selectAll)
          case 'c':
            actions.copy() // the copy event below also puts the text on the system clipboard
            return
          case 'x':
            // The cut event deletes; this covers browsers where no cut event fires without a text selection.
            if (hasSelection) {
              actions.copy()
              cutPending = true
              setTimeout(() => {
                if (cutPending) void actions.deleteSelection()
                cutPending = false
              }, 100)
            }
            return
          case 'v':
            // If the browser fires no paste event (nothing readable on the system clipboard), paste ours.
            pasteFallback = setTimeout(() => void actions.paste(null), 150)
            return
          case '=':
          case '+':
            return handled(() => viewport.zoomBy(1.2))
          case '-':
            return handled(() => viewport.zoomBy(1 / 1.2))
          case '0':
            return handled(fitAll)
        }
        return
      }
      if (event.code === 'Digit1' && event.shiftKey) return handled(fitAll)
      if (event.code === 'Digit2' && event.shiftKey) return handled(zoomToSelection)
      switch (key) {
        case 'n':
        case 'N':
          return handled(() => actions.startNote())
        // The method's grouping: G makes a theme of the selected notes, Shift+G ungroups it; S stacks
        // duplicates onto the first selected note, Shift+S spreads a stack.
        case 'g':
          return hasSelection ? handled(() => void actions.makeTheme()) : undefined
        case 'G':
          return hasSelection ? handled(() => void actions.ungroupSelectedTheme()) : undefined
        case 's':
          return hasSelection ? handled(() => void actions.stackSelection()) : undefined
        case 'S':
          return hasSelection ? handled(() => void actions.unstackSelection()) : undefined
        case 'Delete':
        case 'Backspace':
          return hasSelection ? handled(() => void actions.deleteSelection()) : undefined
        case '+':
        case '=':
          return handled(() => viewport.zoomBy(1.2))
        case '-':
          return handled(() => viewport.zoomBy(1 / 1.2))
        case '0':
          return handled(fitAll)
        case '1':
          return handled(() => viewport.zoomTo(1))
        case 'Escape':
          if (state.find.open) return handled(() => editor.setFind({ open: false }))
          return hasSelection ? handled(() => editor.select([])) : undefined
        case 'Enter':
          // On a list button, Enter is the button's own click (edit); on the board it edits the one selected.
          if (event.target instanceof HTMLButtonElement || state.selected.length !== 1) return
          return handled(() => {
            const id = state.selected[0]!
            editor.edit({ kind: 'note', id })
          })
      }
      const arrows: Record<string, [number, number]> = {
        ArrowLeft: [-1, 0],
        ArrowRight: [1, 0],
        ArrowUp: [0, -1],
        ArrowDown: [0, 1],
      }
      const direction = arrows[key]
      if (!direction) return
      event.preventDefault()
      if (hasSelection) {
        const step = event.shiftKey ? NUDGE.large : NUDGE.small
        void actions.moveSelectionBy(direction[0] * step, direction[1] * step)
      } else {
        const step = event.shiftKey ? PAN_STEP * 4 : PAN_STEP
        viewport.panBy(-direction[0] * step, -direction[1] * step)
      }
    }

    const onCopy = (event: ClipboardEvent) => {
      if (!isBoardFocus(event.target) || !event.clipboardData) return
      const text = actions.copy()
      if (text === null) return
      event.clipboardData.setData('text/plain', text)
      event.preventDefault()
      if (event.type === 'cut') {
        cutPending = false
        void actions.deleteSelection()
      }
    }
    const onPaste = (event: ClipboardEvent) => {
      if (!isBoardFocus(event.target)) return
      if (pasteFallback) clearTimeout(pasteFallback)
      pasteFallback = null
      event.preventDefault()
      const text = event.clipboardData?.getData('text/plain') ?? ''
      void actions.paste(text === '' ? null : text)
    }

    window.addEventListener('keydown', onKey)
    window.addEventListener('copy', onCopy)
    window.addEventListener('cut', onCopy)
    window.addEventListener('paste', onPaste)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('copy', onCopy)
      window.removeEventListener('cut', onCopy)
      window.removeEventListener('paste', onPaste)
      if (pasteFallback) clearTimeout(pasteFallback)
    }
  }, [editor, actions, viewport, isBoardFocus, fitAll, zoomToSelection, selectAll])
}
