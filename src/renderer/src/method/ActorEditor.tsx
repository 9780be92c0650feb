// One actor's name, type and contact in one form (issue 15), opened from its card on the board or the Edit
// button in the Sharing tab. Save is one command (one undo step); a new type moves a card that sat in its old
// type's area to the new type's area in that same step (placeRetypedActor). As in the project editor,
// nothing typed is lost: whenever the form goes away (Done editing, another actor, another tab, the actor
// changed elsewhere) what was typed and not yet saved is saved first.
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommandCall } from '@shared/commands'
import { placeRetypedActor } from '@shared/layout/placeActor'
import type { WorkshopDoc } from '@shared/model/document'
import { ACTOR_TYPES, type Actor, type ActorType } from '@shared/model/records'
import { ChoiceField } from './ChoiceField'

interface Draft {
  name: string
  type: ActorType
  contact: string
}

const draftOf = (actor: Actor): Draft => ({ name: actor.name, type: actor.type, contact: actor.contact })

/** The command that saves what changed, or null when nothing did. An empty name is never sent (the old stays). */
function saveCommand(doc: WorkshopDoc, actor: Actor, typed: Draft, saved: Draft): CommandCall | null {
  const changes: Partial<Draft> & { x?: number; y?: number } = {}
  if (typed.name.trim() !== '' && typed.name.trim() !== saved.name) changes.name = typed.name.trim()
  if (typed.contact !== saved.contact) changes.contact = typed.contact
  if (typed.type !== saved.type) {
    changes.type = typed.type
    Object.assign(changes, placeRetypedActor(doc, actor, typed.type))
  }
  return Object.keys(changes).length === 0 ? null : { name: 'updateActors', args: { actors: [{ id: actor.id, ...changes }] } }
}

export function ActorEditor({
  doc,
  apply,
  actor,
  onDone,
  onSaved,
  focusOnOpen,
}: {
  doc: WorkshopDoc
  apply: (command: CommandCall) => Promise<boolean>
  actor: Actor
  onDone: () => void
  /** After Save: the section says so (this form is rebuilt from the saved actor). */
  onSaved: (name: string) => void
  /** Opened from the board: the name field takes the focus, so the facilitator types at once. */
  focusOnOpen: boolean
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<Draft>(() => draftOf(actor))
  const [missingName, setMissingName] = useState(false)
  const nameField = useRef<HTMLInputElement>(null)
  // What the form holds now, for saving when it goes away (it is keyed by the actor's id and updatedAt, so it goes
  // away on Done, on closing the panel and when the actor changes elsewhere): nothing typed is lost.
  const unsaved = useRef({ draft, saved: draftOf(actor), apply, doc, actor })
  unsaved.current = { ...unsaved.current, draft, apply, doc, actor }
  const [focusFirst] = useState(focusOnOpen)
  useEffect(() => {
    if (focusFirst) nameField.current?.focus()
  }, [focusFirst])
  useEffect(() => {
    const form = unsaved
    return () => {
      const { draft: typed, saved, apply: send, doc: now, actor: shown } = form.current
      const command = saveCommand(now, shown, typed, saved)
      if (command) void send(command)
    }
  }, [])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value })

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (draft.name.trim() === '') {
      setMissingName(true)
      nameField.current?.focus()
      return
    }
    const command = saveCommand(doc, actor, draft, unsaved.current.saved)
    unsaved.current.saved = { ...draft, name: draft.name.trim() }
    if (command && (await apply(command))) onSaved(draft.name.trim())
  }

  const heading = t('sharing.editingActor', { name: actor.name })
  return (
    <form className="sharing-form actor-editor" aria-label={heading} onSubmit={(event) => void save(event)}>
      <h4>{heading}</h4>
      <label>
        {t('sharing.actorName')}
        <input
          ref={nameField}
          value={draft.name}
          maxLength={200}
          aria-invalid={missingName}
          aria-describedby={missingName ? `actor-name-missing-${actor.id}` : undefined}
          onChange={(event) => {
            setMissingName(false)
            set('name', event.target.value)
          }}
        />
      </label>
      {missingName && (
        <p role="alert" id={`actor-name-missing-${actor.id}`} className="field-error">
          {t('sharing.actorNameMissing')}
        </p>
      )}
      <ChoiceField
        label={t('sharing.actorType')}
        value={draft.type}
        onChange={(type) => set('type', type)}
        choices={ACTOR_TYPES.map((value) => ({ value, label: t(`sharing.actorTypes.${value}`) }))}
      />
      <label>
        {t('sharing.actorContact')}
        <input value={draft.contact} maxLength={500} onChange={(event) => set('contact', event.target.value)} />
      </label>
      <div className="method-buttons">
        <button type="submit">{t('sharing.saveActor')}</button>
        <button type="button" onClick={onDone}>
          {t('sharing.closeActor')}
        </button>
      </div>
    </form>
  )
}
