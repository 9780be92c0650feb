// Every field of one action project in one form; Save is one command (one undo step). The form starts from
// the project as it is now and is rebuilt when the project changes (its key includes updatedAt).
// Nothing typed is lost: whenever the form goes away (Done editing, another project, another tab, the
// project changed elsewhere) what was typed and not yet saved is saved first.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FILLABLE_PROJECT_FIELDS } from '@shared/commands/projectFields'
import { recordsOf, workshopOf } from '@shared/model/document'
import type { Catalog } from '@shared/i18n'
import { ProjectStatus, type Project, type Role } from '@shared/model/records'
import { DateField } from './DateField'
import { StrategyAreaChoice } from './StrategyAreaChoice'
import type { MethodProps } from './methodProps'
import { numberedParticipants, participantLabel } from './participantsModel'
import { notesInOrder } from './themesModel'

type Draft = Omit<Project, 'id' | 'createdAt' | 'updatedAt' | 'x' | 'y' | 'themeId' | 'sessionId'>

/** The form edits the fields a person fills in, plus the status. */
const DRAFT_FIELDS = [...FILLABLE_PROJECT_FIELDS, 'ownerName', 'status'] as const
/** The owner list's value for "someone not on the list": no participant id looks like this. */
const NOT_LISTED = ':not-listed'
const draftOf = (project: Project): Draft =>
  Object.fromEntries(DRAFT_FIELDS.map((field) => [field, project[field]])) as Draft

const TEXT_FIELDS = ['goal', 'firstStep', 'resourcesNeeded', 'resourcesOffered', 'barriers', 'successMeasure'] as const

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Only the fields typed since the form opened: a follow-up saved meanwhile changed the status, and sending
 * the form's old status back would contradict it (the command refuses that, and the typed text with it).
 */
const changedFields = (typed: Draft, saved: Draft): Partial<Draft> =>
  Object.fromEntries(
    DRAFT_FIELDS.filter((field) => JSON.stringify(typed[field]) !== JSON.stringify(saved[field])).map((field) => [field, typed[field]]),
  )

const selectedValues = (select: HTMLSelectElement) => [...select.selectedOptions].map((option) => option.value)

export function ProjectEditor({ doc, apply, project, onDone }: MethodProps & { project: Project; onDone: () => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => draftOf(project))
  const unsaved = useRef({ draft, saved: draftOf(project), apply })
  unsaved.current = { ...unsaved.current, draft, apply }
  useEffect(
    () => () => {
      const { draft: typed, saved, apply: send } = unsaved.current
      if (!sameDraft(typed, saved)) void send({ name: 'updateProject', args: { id: project.id, ...changedFields(typed, saved) } })
    },
    [project.id],
  )
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value })
  /** The owner is typed by name (someone not on the participants list) rather than picked. */
  const [typingOwner, setTypingOwner] = useState(() => project.ownerId === null && project.ownerName !== '')
  const people = numberedParticipants(doc)
  const roleName = (role: Role) => t(`roles.${role}`)
  const notes = recordsOf(doc, 'note').sort(notesInOrder)
  const strengths = notes.filter((note) => note.kind === 'strength')
  const ideas = notes.filter((note) => note.kind !== 'strength')
  const areas = workshopOf(doc).strategyAreas
  const name = project.title || t('method.projects.untitled')
  const field = (key: keyof Catalog['method']['projects']['field']) => t(`method.projects.field.${key}`)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    unsaved.current.saved = draft
    await apply({ name: 'updateProject', args: { id: project.id, ...draft } })
  }

  return (
    <form
      className="method-form method-block method-project-form"
      onSubmit={(event) => void save(event)}
      aria-label={t('method.projects.editing', { name })}
    >
      <h3>{t('method.projects.editing', { name })}</h3>
      <label>
        {field('title')}
        <input value={draft.title} onChange={(event) => set('title', event.target.value)} />
      </label>
      <label>
        {field('goal')}
        <textarea rows={2} value={draft.goal} onChange={(event) => set('goal', event.target.value)} />
      </label>
      <div className="method-inline">
        <label>
          {field('ownerId')}
          <select
            value={draft.ownerId ?? (typingOwner ? NOT_LISTED : '')}
            onChange={(event) => {
              const value = event.target.value
              setTypingOwner(value === NOT_LISTED)
              // Picking someone from the list (or nobody) replaces a typed name: one owner, never two.
              if (value !== NOT_LISTED) setDraft({ ...draft, ownerId: value || null, ownerName: '' })
            }}
          >
            <option value="">{t('method.projects.noOwner')}</option>
            {people.map((entry) => (
              <option key={entry.participant.id} value={entry.participant.id}>
                {participantLabel(entry, roleName)}
              </option>
            ))}
            <option value={NOT_LISTED}>{t('projectOwner.notListed')}</option>
          </select>
        </label>
        {typingOwner && (
          <label>
            {t('projectOwner.name')}
            <input
              value={draft.ownerName}
              maxLength={200}
              onChange={(event) => setDraft({ ...draft, ownerId: null, ownerName: event.target.value })}
            />
          </label>
        )}
        <label>
          {field('status')}
          <select value={draft.status} onChange={(event) => set('status', event.target.value as Project['status'])}>
            {ProjectStatus.options.map((status) => (
              <option key={status} value={status}>
                {t(`method.projects.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {field('memberIds')}
        <select
          multiple
          size={5}
          value={draft.memberIds}
          onChange={(event) => set('memberIds', selectedValues(event.target))}
        >
          {people.map((entry) => (
            <option key={entry.participant.id} value={entry.participant.id}>
              {participantLabel(entry, roleName)}
            </option>
          ))}
        </select>
      </label>
      {TEXT_FIELDS.filter((key) => key !== 'goal').map((key) => (
        <label key={key}>
          {field(key)}
          <textarea rows={2} value={draft[key]} onChange={(event) => set(key, event.target.value)} />
        </label>
      ))}
      <div className="method-inline">
        <label>
          {field('deadline')}
          <DateField
            label={field('deadline')}
            value={draft.deadline ?? ''}
            onChange={(iso) => iso !== null && set('deadline', iso || null)}
          />
        </label>
      </div>
      <StrategyAreaChoice
        areas={areas}
        chosen={draft.strategyAreas}
        legend={field('strategyAreas')}
        onChange={(chosen) => set('strategyAreas', chosen)}
      />
      <label>
        {field('strengthIds')}
        <select
          multiple
          size={5}
          value={draft.strengthIds}
          onChange={(event) => set('strengthIds', selectedValues(event.target))}
        >
          {strengths.map((note) => (
            <option key={note.id} value={note.id}>
              {note.text || t('board.emptyNote')}
            </option>
          ))}
        </select>
      </label>
      <label>
        {field('ideaIds')}
        <select
          multiple
          size={5}
          value={draft.ideaIds}
          onChange={(event) => set('ideaIds', selectedValues(event.target))}
        >
          {ideas.map((note) => (
            <option key={note.id} value={note.id}>
              {note.text || t('board.emptyNote')}
            </option>
          ))}
        </select>
      </label>
      <div className="method-buttons">
        {/* Short visible text (the project's name heads the form); the accessible name keeps it. */}
        <button type="submit" aria-label={t('method.projects.save', { name })}>
          {t('method.projects.saveShort')}
        </button>
        <button type="button" onClick={onDone}>
          {t('method.projects.closeEditor')}
        </button>
      </div>
    </form>
  )
}
