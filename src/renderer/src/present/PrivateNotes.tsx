// The facilitator's private notes for the current phase, read while presenting. A small panel in the board's
// upper left corner (beside the open Projector panel), where it covers only the board and no control (not its own button, Freeze, Close
// workshop, the Method tabs or the board's view controls along its bottom edge); Escape, a click outside it or
// its Close button put it away.
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'

/** Room kept free along the board's bottom edge, where its legend and view controls float. */
const BOARD_CONTROLS_HEIGHT = 64

/** Narrower than this, the notes go under the open Projector panel instead of beside it. */
const MIN_NOTES_WIDTH = 240

function placeOverBoard(): CSSProperties {
  const board = document.querySelector('.board-wrap')?.getBoundingClientRect()
  if (!board) return {}
  const place = {
    top: board.top + 8,
    left: board.left + 8,
    width: Math.min(416, board.width - 16),
    maxHeight: Math.max(120, board.height - 16 - BOARD_CONTROLS_HEIGHT),
  }
  // The Projector panel (where the notes' own button, Freeze and the projector address are) unfolds over the
  // board: keep the notes beside it, or under it when there is no room beside it.
  const menu = document.querySelector('.present-menu')?.getBoundingClientRect()
  if (!menu || menu.height === 0 || menu.left >= place.left + place.width) return place
  const besideWidth = menu.left - place.left - 8
  if (besideWidth >= MIN_NOTES_WIDTH) return { ...place, width: besideWidth }
  const top = Math.max(place.top, menu.bottom + 8)
  return { ...place, top, maxHeight: Math.max(120, board.bottom - top - BOARD_CONTROLS_HEIGHT) }
}
import { useTranslation } from 'react-i18next'

export function PrivateNotes({ heading, text, onClose }: { heading: string; text: string; onClose: () => void }) {
  const { t } = useTranslation()
  const panel = useRef<HTMLElement>(null)
  const [place, setPlace] = useState<CSSProperties>({})
  useLayoutEffect(() => {
    const follow = () => setPlace(placeOverBoard())
    follow()
    window.addEventListener('resize', follow)
    return () => window.removeEventListener('resize', follow)
  }, [])
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      event.stopImmediatePropagation() // Escape here closes the notes, it does not also deselect the board
      onClose()
    }
    // The button that opens the notes toggles them itself; any other press outside closes them.
    const onPointer = (event: PointerEvent) => {
      const target = event.target
      if (!(target instanceof Element) || panel.current?.contains(target)) return
      if (target.closest('[data-opens="present-notes"]')) return
      onClose()
    }
    window.addEventListener('keydown', onKey, true)
    window.addEventListener('pointerdown', onPointer, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      window.removeEventListener('pointerdown', onPointer, true)
    }
  }, [onClose])
  return (
    <section id="present-notes" ref={panel} className="present-notes" style={place} aria-label={t('present.notes')}>
      <h2>{heading}</h2>
      <p>{text}</p>
      <p className="muted">{t('present.notesPrivate')}</p>
      <button type="button" onClick={onClose}>
        {t('present.closeNotes')}
      </button>
    </section>
  )
}
