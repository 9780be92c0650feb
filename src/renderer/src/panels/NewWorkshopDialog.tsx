// The "new workshop" form in a modal dialog: title (required), place, facilitator, template, language, and
// the folder the file is saved in (the workshops folder unless the facilitator picks another: typed in the
// browser shell, the system's folder dialog in Electron). A folder that is not there is refused by main with a
// message, and nothing is made.
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
  const { api, info } = useApp()
  const { busy, error, run } = useCall()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [title, setTitle] = useState('')
  const [place, setPlace] = useState('')
  const [facilitator, setFacilitator] = useState('')
  const [template, setTemplate] = useState<Template>('blank')
  const [language, setLanguage] = useState<Language>(defaultLanguage)
  const [titleMissing, setTitleMissing] = useState(false)
  /** Null: the workshops folder (shown from app.info); a string: the folder the facilitator chose or typed. */
  const [folder, setFolder] = useState<string | null>(null)
  const shownFolder = folder ?? info?.workshopsFolder ?? ''

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
    const chosen = folder?.trim()
    const snapshot = await run(() =>
      api['workshop.create']({
        title: title.trim(),
        place: place.trim(),
        facilitator: facilitator.trim(),
        template,
        language,
        ...(chosen ? { folder: chosen } : {}),
      }),
    )
    if (snapshot) onCreated(snapshot)
  }

  const chooseFolder = async () => {
    const picked = await run(() => api['dialog.chooseWorkshop']({ purpose: 'folder' }))
    if (picked?.path) setFolder(picked.path)
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
        {/* Two per row, so the dialog with its folder fits a 1280x720 screen, Opret in sight. */}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-place`}>{t('newWorkshop.place')}</label>
            <input
              id={`${id}-place`}
              value={place}
              maxLength={200}
              onChange={(event) => setPlace(event.target.value)}
            />
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
        <div className="field">
          <label htmlFor={`${id}-folder`}>{t('stage.newFolder')}</label>
          {info?.nativeDialogs ? (
            <div className="folder-choice">
              <output id={`${id}-folder`} className="folder-path" title={shownFolder}>
                {shownFolder}
              </output>
              <button type="button" onClick={() => void chooseFolder()}>
                {t('stage.changePlace')}
              </button>
            </div>
          ) : (
            <input
              id={`${id}-folder`}
              value={shownFolder}
              spellCheck={false}
              aria-describedby={`${id}-folder-hint`}
              onChange={(event) => setFolder(event.target.value)}
            />
          )}
          <p id={`${id}-folder-hint`} className="muted field-hint">
            {t('stage.newPathHint')}
          </p>
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
