// People in the room: many of one role at once ("35 citizens") or one person with a name, and the count
// per role, which the voting results are split by.
import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { participantsByRole } from '@shared/analysis/recordCounts'
import { ROLES, type Role } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { ParticipantList } from './ParticipantList'
import { numberedParticipants, participantLabel, participantsBatch } from './participantsModel'

export function ParticipantsEditor({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const [count, setCount] = useState('1')
  const [role, setRole] = useState<Role>('citizen')
  const [name, setName] = useState('')
  const counts = participantsByRole(doc)
  const everyone = numberedParticipants(doc)
  const named = everyone.filter((entry) => entry.participant.name)

  /** Set when the person changes a field: a failed save then leaves what they typed since alone. */
  const editedSinceSubmit = useRef(false)

  const add = async (event: FormEvent) => {
    event.preventDefault()
    const batch = participantsBatch(Number(count), role, () => newId('person'), name)
    if (batch.length === 0) return
    // The fields are cleared as the form is sent, not when the save lands: a person typing the next count
    // meanwhile would otherwise have it overwritten under their fingers ("10" became "110").
    const sent = { count, name }
    setName('')
    setCount('1')
    editedSinceSubmit.current = false
    const saved = await apply({ name: 'addParticipants', args: { participants: batch } })
    if (!saved && !editedSinceSubmit.current) {
      setCount(sent.count)
      setName(sent.name)
    }
  }
  const edit = (set: (value: string) => void) => (event: React.ChangeEvent<HTMLInputElement>) => {
    editedSinceSubmit.current = true
    set(event.target.value)
  }

  return (
    <section className="method-block" aria-labelledby="method-participants">
      <h3 id="method-participants">{t('method.setup.participants')}</h3>
      <p className="method-count">{t('method.setup.totalParticipants', { count: everyone.length })}</p>
      <ul className="method-role-counts" aria-label={t('method.setup.participantCounts')}>
        {ROLES.map((r) => (
          <li key={r}>
            <span>{t(`roles.${r}`)}</span> <strong>{counts[r]}</strong>
          </li>
        ))}
      </ul>
      <form
        className="method-form method-inline"
        onSubmit={(event) => void add(event)}
        aria-label={t('method.setup.addMany')}
      >
        <label>
          {t('method.setup.addCount')}
          <input type="number" min={1} max={1000} value={count} onChange={edit(setCount)} />
        </label>
        <label>
          {t('method.setup.addRole')}
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('method.setup.personName')}
          <input value={name} disabled={count !== '1'} onChange={edit(setName)} />
        </label>
        <button type="submit" disabled={!(Number(count) >= 1)}>
          {t('method.setup.addMany')}
        </button>
      </form>
      {named.length > 0 && (
        <ul className="method-names" aria-label={t('method.setup.namedPeople')}>
          {named.map((entry) => (
            <li key={entry.participant.id}>{participantLabel(entry, (r) => t(`roles.${r}`))}</li>
          ))}
        </ul>
      )}
      <ParticipantList doc={doc} apply={apply} />
    </section>
  )
}
