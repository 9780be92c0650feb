// A button that unfolds a small panel of further controls under it (the top bar's File menu, the board's More
// tools). A disclosure, not an ARIA menu: the panel holds ordinary buttons, fields and toggles, reached with
// Tab. Escape or a click elsewhere folds it away; its content stays mounted (hidden), so forms inside it keep
// what was typed.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

export interface DisclosureProps {
  /** The button's visible text (and its accessible name, unless `buttonName` is given). */
  label: ReactNode
  /** The button's accessible name when it says more than its text (e.g. the saved file's path). */
  buttonName?: string
  /** The button's tooltip. */
  buttonTitle?: string
  /** Draw ▾ after the text (a menu of further controls). */
  caret?: boolean
  /** The accessible name of the unfolded panel (a group). */
  panelLabel: string
  className?: string
  children: ReactNode
  /** Fold away once a button in the panel is pressed (a menu of actions), so it does not stay over the board. */
  closeOnChoose?: boolean
}

export function Disclosure({
  label,
  buttonName,
  buttonTitle,
  caret = true,
  panelLabel,
  className,
  children,
  closeOnChoose = false,
}: DisclosureProps) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false)
    }
    const escape = (event: KeyboardEvent) => {
      // Not skipped when the board already used the key (it deselects on Escape): the panel folds away too.
      if (event.key !== 'Escape') return
      // A modal dialog opened from the panel closes itself first.
      if (document.querySelector('dialog[open]')) return
      setOpen(false)
      root.current?.querySelector<HTMLButtonElement>(':scope > button')?.focus()
    }
    window.addEventListener('pointerdown', outside, true)
    window.addEventListener('keydown', escape)
    return () => {
      window.removeEventListener('pointerdown', outside, true)
      window.removeEventListener('keydown', escape)
    }
  }, [open])

  return (
    <div ref={root} className={`disclosure ${className ?? ''}`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={buttonName}
        title={buttonTitle}
        onClick={() => setOpen((was) => !was)}
      >
        {label}
        {caret && (
          <span className="disclosure-caret" aria-hidden="true">
            ▾
          </span>
        )}
      </button>
      <div
        id={id}
        className="disclosure-panel"
        role="group"
        aria-label={panelLabel}
        hidden={!open}
        onClick={(event) => {
          if (closeOnChoose && event.target instanceof Element && event.target.closest('button')) setOpen(false)
        }}
      >
        {children}
      </div>
    </div>
  )
}
