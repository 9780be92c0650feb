// The "new workshop" form in a modal dialog: title (required), place, facilitator, template, language.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopSnapshot } from '@shared/api/contract'
import { LANGUAGES } from '@shared/i18n'
import { Template, type Language } from '@shared/model/records'
import { useApp } from './appContext'
import { ErrorAlert } from './ErrorAlert'
import { useCall } from './useCall'

export interface NewWorkshopDialogProps {
  defaultLanguage: Language
  onCreated: (snapshot: WorkshopSnapshot) => void
  onCancel: () => void
}

export function NewWorkshopDialog({ defaultLanguage, onCreated, onCancel }: NewWorkshopDialogProps) {
  const { t } = useTranslation()
  const { api } = useApp()
  const { busy, error, run } = useCall()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [title, setTitle] = useState('')
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [template, setTemplate] = useState<Template>('blank')
  const [language, setLanguage] = useState<Language>(defaultLanguage)
  const [titleMissing, setTitleMissing] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') {
      setTitleMissing(true)
      document.getElementById(`${id}-title`)?.focus()
      return
    }
    const snapshot = await run(() =>
      api['workshop.create']({ title: title.trim(), place: place.trim(), facilitator: facilitator.trim(), template, language }),
    )
    if (snapshot) onCreated(snapshot)
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${id}-heading`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-heading`}>{t('newWorkshop.heading')}</h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('newWorkshop.title')}</label>
          <input
            id={`${id}-title`}
            value={title}
            maxLength={200}
            autoFocus
            aria-invalid={titleMissing}
            aria-describedby={titleMissing ? `${id}-title-error` : undefined}
            onChange={(event) => {
              setTitle(event.target.value)
              if (event.target.value.trim() !== '') setTitleMissing(false)
            }}
          />
          {titleMissing && (
            <p id={`${id}-title-error`} className="field-error" role="alert">
              {t('newWorkshop.titleRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('newWorkshop.place')}</label>
          <input id={`${id}-place`} value={place} maxLength={200} onChange={(event) => setPlace(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-facilitator`}>{t('newWorkshop.facilitator')}</label>
          <input
            id={`${id}-facilitator`}
            value={facilitator}
            maxLength={200}
            onChange={(event) => setFacilitator(event.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-template`}>{t('newWorkshop.template')}</label>
            <select
              id={`${id}-template`}
              value={template}
              onChange={(event) => setTemplate(Template.parse(event.target.value))}
            >
              {Template.options.map((option) => (
                <option key={option} value={option}>
                  {t(`templates.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-language`}>{t('newWorkshop.language')}</label>
            <select
              id={`${id}-language`}
              value={language}
              onChange={(event) => setLanguage(event.target.value === 'da' ? 'da' : 'en')}
            >
              {LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {t(`languages.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ErrorAlert error={error} />
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('newWorkshop.create')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
