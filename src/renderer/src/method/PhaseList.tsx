// The agenda: ordered phases with a title and minutes each, editable in place; one of them is "now".
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { liveStateOf } from '@shared/commands/liveState'
import { newId } from '../editor/ids'
import { phaseName, phasesInOrder, totalMinutes } from './agendaModel'
import { CommitField } from './CommitField'
import type { MethodProps } from './methodProps'
import { EditLockGroup, useEditLock } from '../panels/editLock'

export function PhaseList({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const phases = phasesInOrder(doc)
  const currentId = liveStateOf(doc).currentPhaseId
  const [title, setTitle] = useState('')
  const [minutes, setMinutes] = useState('10')
  /** A read-only workshop: the agenda cannot change, but choosing the current phase is presenting. */
  const { locked, reason } = useEditLock()

  const add = async (event: FormEvent) => {
    event.preventDefault()
    const duration = Number(minutes)
    if (title.trim() === '' || !(duration >= 1)) return
    if (await apply({ name: 'addPhase', args: { id: newId('phase'), title, durationMinutes: Math.round(duration) } })) setTitle('')
  }

  return (
    <section className="method-block" aria-labelledby="method-agenda">
      <h3 id="method-agenda">{t('method.agenda.heading')}</h3>
      <ol className="method-list method-phases" aria-label={t('method.agenda.phases')}>
        {phases.map((phase, index) => {
          const name = phaseName(phase, t)
          const current = phase.id === currentId
          return (
            <li key={phase.id} className={current ? 'method-phase current' : 'method-phase'} aria-current={current ? 'step' : undefined}>
              <EditLockGroup>
                <div className="method-row">
                  {current && <span className="method-badge">{t('method.agenda.current')}</span>}
                  <CommitField
                    label={t('method.agenda.phaseTitle', { name })}
                    value={name}
                    onCommit={(value) =>
                      // Typing the built-in name (or nothing) keeps the phase translated.
                      void apply({ name: 'updatePhase', args: { id: phase.id, title: value.trim() === t(`method.phases.${phase.kind}`) ? '' : value } })
                    }
                  />
                  <CommitField
                    type="number"
                    min={1}
                    max={600}
                    className="method-minutes"
                    label={t('method.agenda.phaseMinutes', { name })}
                    value={String(phase.durationMinutes)}
                    onCommit={(value) => {
                      const duration = Math.round(Number(value))
                      if (duration >= 1 && duration <= 600) void apply({ name: 'updatePhase', args: { id: phase.id, durationMinutes: duration } })
                    }}
                  />
                </div>
              </EditLockGroup>
              <div className="method-buttons">
                {/* "Start" under the phase's own name field; the accessible name says which phase. */}
                <button
                  type="button"
                  disabled={current}
                  aria-label={t('method.agenda.makeCurrent', { name })}
                  onClick={() => void apply({ name: 'setCurrentPhase', args: { phaseId: phase.id } })}
                >
                  {t('method.agenda.makeCurrentShort')}
                </button>
                <button
                  type="button"
                  disabled={locked || index === 0}
                  {...reason}
                  aria-label={t('method.agenda.moveUp', { name })}
                  onClick={() => void apply({ name: 'updatePhase', args: { id: phase.id, position: index - 1 } })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={locked || index === phases.length - 1}
                  {...reason}
                  aria-label={t('method.agenda.moveDown', { name })}
                  onClick={() => void apply({ name: 'updatePhase', args: { id: phase.id, position: index + 1 } })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  disabled={locked || current}
                  {...reason}
                  aria-label={t('method.agenda.deletePhase', { name })}
                  onClick={() => void apply({ name: 'deletePhase', args: { id: phase.id } })}
                >
                  ✕
                </button>
              </div>
            </li>
          )
        })}
      </ol>
      <p className="method-count">{t('method.agenda.total', { count: totalMinutes(phases) })}</p>
      <EditLockGroup>
        <form className="method-form method-inline" onSubmit={(event) => void add(event)} aria-label={t('method.agenda.addPhase')}>
          <label>
            {t('method.agenda.newPhase')}
            <input value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          <label>
            {t('method.agenda.newPhaseMinutes')}
            <input type="number" min={1} max={600} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
          </label>
          <button type="submit" disabled={title.trim() === ''}>
            {t('method.agenda.addPhase')}
          </button>
        </form>
      </EditLockGroup>
    </section>
  )
}
