// A text field for a file path and one button: the browser shell's stand-in for a native file dialog.
import { useId, useState } from 'react'

export interface PathFormProps {
  heading: string
  label: string
  submitLabel: string
  cancelLabel: string
  busy: boolean
  initialPath?: string
  onSubmit: (path: string) => void
  onCancel: () => void
}

export function PathForm({ heading, label, submitLabel, cancelLabel, busy, initialPath = '', onSubmit, onCancel }: PathFormProps) {
  const id = useId()
  const [path, setPath] = useState(initialPath)
  return (
    <form
      className="path-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault()
        if (path.trim() !== '') onSubmit(path.trim())
      }}
    >
      <h2 id={`${id}-heading`} className="path-form-heading">
        {heading}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-path`}>{label}</label>
        <input
          id={`${id}-path`}
          className="path-input"
          value={path}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setPath(event.target.value)}
        />
      </div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="primary" disabled={busy || path.trim() === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
