// Title, place, facilitator, language and date of the workshop. The date is the first session's date (the
// file keeps dates on sessions, because the group meets several times); saving a date with no session yet
// makes the kick-off session.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopOf } from '@shared/model/document'
import type { Language } from '@shared/model/records'
import { newId } from '../editor/ids'
import { DateField } from './DateField'
import type { MethodProps } from './methodProps'
import { sessionsInOrder } from './projectsModel'

export function WorkshopDetailsForm({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const workshop = workshopOf(doc)
  const firstSession = sessionsInOrder(doc)[0]
  const [title, setTitle] = useState(workshop.title)
  const [place, setPlace] = useState(workshop.place)
  const [facilitator, setFacilitator] = useState(workshop.facilitator)
  const [language, setLanguage] = useState<Language>(workshop.language)
  /** The ISO day; null while the typed text is not a date (nothing is saved then). */
  const [date, setDate] = useState<string | null>(firstSession?.date ?? '')

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '' || date === null) return
    const saved = await apply({ name: 'updateWorkshop', args: { title, place, facilitator, language } })
    if (!saved || date === '' || date === firstSession?.date) return
    if (firstSession) await apply({ name: 'updateSession', args: { id: firstSession.id, date } })
    else {
      const id = newId('session')
      if (await apply({ name: 'addSession', args: { id, title: t('method.setup.kickOff'), date } })) {
        await apply({ name: 'setCurrentSession', args: { sessionId: id } })
      }
    }
  }

  return (
    <form className="method-form" onSubmit={(event) => void save(event)} aria-label={t('method.setup.workshop')}>
      <h3>{t('method.setup.workshop')}</h3>
      <label>
        {t('method.setup.title')}
        <input value={title} required onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        {t('method.setup.place')}
        <input value={place} onChange={(event) => setPlace(event.target.value)} />
      </label>
      <label>
        {t('method.setup.date')}
        <DateField label={t('method.setup.date')} value={firstSession?.date ?? ''} onChange={setDate} />
      </label>
      <label>
        {t('method.setup.facilitator')}
        <input value={facilitator} onChange={(event) => setFacilitator(event.target.value)} />
      </label>
      <label>
        {t('method.setup.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="da">{t('languages.da')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </label>
      <button type="submit">
        {t('method.setup.saveWorkshop')}
      </button>
    </form>
  )
}
