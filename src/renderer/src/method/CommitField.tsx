// A text or number field that changes the document when the facilitator is done with it (Enter or leaving
// the field), not on every key: one command, one undo step. Escape puts the saved value back. A change from
// elsewhere (undo, another window) replaces the field's text unless the facilitator is typing in it.
import { useEffect, useRef, useState } from 'react'

interface CommitFieldProps {
  label: string
  value: string
  onCommit: (value: string) => void
  type?: 'text' | 'number' | 'date'
  multiline?: boolean
  min?: number
  max?: number
  className?: string
  disabled?: boolean
}

export function CommitField({ label, value, onCommit, type = 'text', multiline = false, min, max, className, disabled }: CommitFieldProps) {
  const [draft, setDraft] = useState(value)
  const focused = useRef(false)
  useEffect(() => {
    if (!focused.current) setDraft(value)
  }, [value])
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  const common = {
    'aria-label': label,
    className,
    disabled,
    value: draft,
    onFocus: () => (focused.current = true),
    onBlur: () => {
      focused.current = false
      commit()
    },
  }
  if (multiline) {
    return (
      <textarea
        {...common}
        rows={3}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDraft(value)
        }}
      />
    )
  }
  return (
    <input
      {...common}
      type={type}
      min={min}
      max={max}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit()
        if (event.key === 'Escape') setDraft(value)
      }}
    />
  )
}
