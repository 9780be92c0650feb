// Everyone in the room, to rename ("Citizen 12" becomes "Ida Holm", or back) or remove. Removing someone who
// placed dots asks first: keep the dots as their role's paper dots (they were cast) or remove them too.
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MethodProps } from './methodProps'
import { CommitField } from './CommitField'
import { numberedParticipants, participantLabel, type ParticipantLabel } from './participantsModel'

export function ParticipantList({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  // Held here so the list stays open while people are renamed and removed one after another.
  const [open, setOpen] = useState(false)
  const everyone = numberedParticipants(doc)
  const labelOf = (entry: ParticipantLabel) =>
    participantLabel({ ...entry, participant: { ...entry.participant, name: null } }, (r) => t(`roles.${r}`))
  const votes = doc.vote
  const dotsByParticipant = useMemo(() => {
    const dots = new Map<string, number>()
    for (const vote of Object.values(votes)) {
      if (vote.participantId) dots.set(vote.participantId, (dots.get(vote.participantId) ?? 0) + vote.count)
    }
    return dots
  }, [votes])
  const dotsOf = (id: string) => dotsByParticipant.get(id) ?? 0

  const remove = async (entry: ParticipantLabel, dots: 'keep' | 'remove') => {
    const label = participantLabel(entry, (r) => t(`roles.${r}`))
    setAsking(null)
    if (await apply({ name: 'removeParticipant', args: { id: entry.participant.id, dots } }))
      setStatus(t('votes.people.removed', { label }))
  }

  if (everyone.length === 0) return null
  return (
    <details className="method-people" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('votes.people.edit', { count: everyone.length })}</summary>
      {status && <p role="status">{status}</p>}
      {/* Built only while open: a closed list shows nothing, and a room of phones re-renders it on every edit. */}
      {open && (
        <ul aria-label={t('votes.people.list')}>
          {everyone.map((entry) => {
            const { participant } = entry
            const label = participantLabel(entry, (r) => t(`roles.${r}`))
            const dots = dotsOf(participant.id)
            return (
              <li key={participant.id}>
                <span className="method-person-number">{labelOf(entry)}</span>
                <CommitField
                  label={t('votes.people.nameOf', { label: labelOf(entry) })}
                  value={participant.name ?? ''}
                  onCommit={(name) => void apply({ name: 'renameParticipant', args: { id: participant.id, name } })}
                />
                <button
                  type="button"
                  onClick={() => {
                    setStatus(null)
                    if (dots > 0) setAsking(participant.id)
                    else void remove(entry, 'remove')
                  }}
                >
                  {t('votes.people.remove', { label })}
                </button>
                {asking === participant.id && (
                  <div role="alertdialog" aria-label={t('votes.people.askTitle', { label })} className="method-ask">
                    <p>{t('votes.people.ask', { label, count: dots })}</p>
                    <div className="method-buttons">
                      <button type="button" onClick={() => void remove(entry, 'keep')}>
                        {t('votes.people.keep', { roleDots: t(`votes.roleDots.${participant.role}`) })}
                      </button>
                      <button type="button" onClick={() => void remove(entry, 'remove')}>
                        {t('votes.people.drop')}
                      </button>
                      <button type="button" onClick={() => setAsking(null)} autoFocus>
                        {t('votes.people.cancel', { label })}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </details>
  )
}
