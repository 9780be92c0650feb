// Paper dots counted on the wall for one role. The role's budget stays in view while typing ("105 of 105
// citizen dots"); what breaks the rules is refused here with the same sentence the API would give. A role
// recorded before starts from its recorded counts, and recording it again is a correction that replaces them.
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage, type Translate } from '@shared/i18n'
import { ROLES, type Role, type VotingRound } from '@shared/model/records'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { checkPaperDots, recordedPaperCounts, typedDots } from './paperDotsModel'
import { DotGrid } from './DotGrid'

export function PaperDotsFields({ doc, apply, round }: MethodProps & { round: VotingRound }) {
  const { t } = useTranslation()
  const [role, setRole] = useState<Role>('citizen')
  const [drafts, setDrafts] = useState<Partial<Record<Role, Record<string, string>>>>({})
  const [refusal, setRefusal] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const recorded = recordedPaperCounts(doc, round, role)
  const recordedTotal = Object.values(recorded).reduce((sum, count) => sum + Number(count), 0)
  const counts = drafts[role] ?? recorded
  const { budget, problem } = checkPaperDots(doc, round, role, counts)
  const roleDots = t(`votes.roleDots.${role}`)
  const roleName = t(`roles.${role}`)
  const correcting = recordedTotal > 0

  const record = async (event: FormEvent) => {
    event.preventDefault()
    setDone(null)
    if (problem) {
      setRefusal(errorMessage(t as unknown as Translate, { code: 'command-rejected', params: { reason: problem.reason, ...problem.params } }))
      return
    }
    setRefusal(null)
    const dots = typedDots(round, counts).map((entry) => ({ id: newId('vote'), ...entry }))
    if (dots.length === 0 && !correcting) return
    if (!(await apply({ name: 'recordPaperDots', args: { roundId: round.id, role, dots } }))) return
    const after = dots.reduce((sum, entry) => sum + entry.count, 0)
    setDone(
      correcting
        ? t('votes.corrected', { roleDots: capitalise(roleDots), before: recordedTotal, after })
        : t('votes.recordedPaper', { count: after, roleDots }),
    )
    setDrafts(({ [role]: _recorded, ...others }) => others)
  }

  return (
    // noValidate: a number over the limit gets our sentence in the user's language, not the browser's bubble.
    <form className="method-form" onSubmit={(event) => void record(event)} noValidate>
      <label>
        {t('method.voting.role')}
        <select
          value={role}
          onChange={(event) => {
            setRole(event.target.value as Role)
            setRefusal(null)
            setDone(null)
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {budget.people === 0 ? (
        <p className="method-count">{t('votes.noPeople', { rolePeople: t(`votes.rolePeople.${role}`, { count: 0 }) })}</p>
      ) : (
        <p className={budget.used > budget.dots ? 'method-count method-over' : 'method-count'} aria-live="polite">
          <strong>
            {budget.used > budget.dots
              ? t('votes.budgetOver', { used: budget.used, max: budget.dots, roleDots, over: budget.used - budget.dots })
              : t('votes.budget', { used: budget.used, max: budget.dots, roleDots })}
          </strong>{' '}
          <span className="muted">
            (
            {t('votes.budgetPeople', {
              people: budget.people,
              rolePeople: t(`votes.rolePeople.${role}`, { count: budget.people }),
              dots: round.dotsPerParticipant,
              perItem: budget.perItem,
            })}
            )
          </span>
        </p>
      )}
      {correcting && <p className="method-note">{t('votes.alreadyRecorded', { roleDots: capitalise(roleDots), count: recordedTotal })}</p>}
      <DotGrid
        doc={doc}
        round={round}
        counts={counts}
        max={budget.perItem}
        onChange={(itemId, value) => {
          setDrafts({ ...drafts, [role]: { ...counts, [itemId]: value } })
          setRefusal(null)
          setDone(null)
        }}
      />
      {refusal && (
        <p className="alert" role="alert">
          {refusal}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit">
        {correcting ? t('votes.correct', { role: roleName }) : t('method.voting.recordForRole', { role: roleName })}
      </button>
    </form>
  )
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)
