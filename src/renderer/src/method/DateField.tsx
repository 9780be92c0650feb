// A date field in the app's language: "10.03.2027" in Danish, "10/03/2027" in English, whatever language the
// browser has (a native <input type="date"> shows the browser's "mm/dd/yyyy" in a Danish workshop). It also
// reads "10. marts 2027", "10-3-27" and ISO. What it hands on is always the ISO day the file keeps ("" when
// empty, null while the text is not a date); text that is not a date gets a message and is never saved.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShortDate, parseDate } from '@shared/format/format'
import type { Language } from '@shared/model/records'
import './dateField.css'

export interface DateFieldProps {
  /** The accessible name; a visible label around the field may give the same. */
  label: string
  /** The stored ISO day, or "" for none. */
  value: string
  required?: boolean
  /** Every change: the ISO day, "" when empty, null while the text is not a date. */
  onChange?: (iso: string | null) => void
  /** On leaving the field or Enter, when the text is a date (or empty and not required) that differs from `value`. */
  onCommit?: (iso: string) => void
}

export function DateField({ label, value, required = false, onChange, onCommit }: DateFieldProps) {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'da' ? 'da' : 'en'
  const shown = (iso: string) => (iso ? formatShortDate(iso, language) : '')
  const [text, setText] = useState(() => shown(value))
  const [checked, setChecked] = useState(false)
  const focused = useRef(false)
  const messageId = useId()
  // A change from elsewhere (or a language switch) shows anew, unless the person is typing here.
  useEffect(() => {
    if (!focused.current) setText(value ? formatShortDate(value, language) : '')
  }, [value, language])

  const parsed = text.trim() === '' ? '' : parseDate(text, language)
  const problem = parsed === null ? 'invalid' : parsed === '' && required ? 'required' : null
  const showProblem = checked && problem !== null

  const finish = () => {
    setChecked(true)
    if (problem !== null) return
    if (parsed !== null && parsed !== '') setText(shown(parsed))
    if (parsed !== null && parsed !== value) onCommit?.(parsed)
  }

  return (
    <span className="date-field">
      <input
        type="text"
        aria-label={label}
        value={text}
        placeholder={t('dates.hint')}
        autoComplete="off"
        spellCheck={false}
        required={required}
        aria-invalid={showProblem}
        aria-describedby={showProblem ? messageId : undefined}
        onFocus={() => (focused.current = true)}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          setChecked(false)
          onChange?.(next.trim() === '' ? '' : parseDate(next, language))
        }}
        onBlur={() => {
          focused.current = false
          finish()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') finish()
          if (event.key === 'Escape') {
            setText(shown(value))
            setChecked(false)
            onChange?.(value)
          }
        }}
      />
      {showProblem && (
        <span id={messageId} className="field-problem" role="alert">
          {problem === 'invalid' ? t('dates.invalid', { text: text.trim() }) : t('dates.required')}
        </span>
      )}
    </span>
  )
}
