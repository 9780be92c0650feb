// Agenda & timer: the current phase with its timer and private notes, then the whole agenda.
import { useTranslation } from 'react-i18next'
import { liveStateOf } from '@shared/commands/liveState'
import { phaseName } from './agendaModel'
import { CommitField } from './CommitField'
import { FacilitatorTimer } from './FacilitatorTimer'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'
import { PhaseList } from './PhaseList'

export function AgendaSection(props: MethodProps) {
  const { t } = useTranslation()
  const live = liveStateOf(props.doc)
  const phase = live.currentPhaseId ? props.doc.phase[live.currentPhaseId] : undefined
  const name = phase ? phaseName(phase, t) : t('method.none')
  return (
    <>
      <p className="method-now">
        {t('method.agenda.current')}: <strong>{name}</strong>
      </p>
      <FacilitatorTimer live={live} phaseName={name} apply={props.apply} />
      {phase && (
        <EditLockGroup>
          <label className="method-block">
            {t('method.agenda.notes', { name })} <span className="muted">({t('method.agenda.notesHelp')})</span>
            <CommitField
              multiline
              label={t('method.agenda.notes', { name })}
              value={phase.facilitatorNotes}
              onCommit={(value) => void props.apply({ name: 'updatePhase', args: { id: phase.id, facilitatorNotes: value } })}
            />
          </label>
        </EditLockGroup>
      )}
      <PhaseList {...props} />
    </>
  )
}
