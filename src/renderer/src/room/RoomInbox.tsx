// "From phones": the notes phones sent, waiting for the facilitator: accept one, accept all, edit (text, kind
// and category, then accept), reject, or accept automatically from now on. Accepted notes become ordinary notes
// on the board (main places them tidily beside their category's zone or in the ideas area).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorkshopDoc } from '@shared/model/document'
import type { InboxEntry, RoomStatus } from '@shared/room/contract'
import { categoryName } from '../board/labels'
import type { Translate } from '@shared/i18n'
import type { RoomCall } from './roomApi'
import type { RunRoomCall } from './RoomSection'
import { RoomInboxEditor } from './RoomInboxEditor'

interface InboxProps {
  doc: WorkshopDoc
  status: RoomStatus
  workshopId: string
  call: RoomCall
  run: RunRoomCall
}

/** "Citizen Ida" or "Citizen": the facilitator sees the name a person typed; the role always. */
export function whoSent(t: Translate, entry: { role: InboxEntry['role']; name: string | null }): string {
  const role = t(`roles.${entry.role}`)
  return entry.name ? `${role} ${entry.name}` : role
}

export function RoomInbox({ doc, status, workshopId, call, run }: InboxProps) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  /** The box just clicked, shown at once while main applies it. */
  const [wantedAuto, setWantedAuto] = useState<boolean | null>(null)
  const { inbox } = status

  return (
    <section className="method-block room-inbox" aria-labelledby="room-inbox">
      <h3 id="room-inbox">
        {t('room.inbox.heading')}
        {inbox.length > 0 && <span className="method-badge">{inbox.length}</span>}
      </h3>
      <label className="room-check">
        <input
          type="checkbox"
          checked={wantedAuto ?? status.autoAccept}
          onChange={(event) => {
            const autoAccept = event.target.checked
            setWantedAuto(autoAccept)
            void run(call('room.setAutoAccept', { workshopId, autoAccept })).finally(() => setWantedAuto(null))
          }}
        />
        {t('room.inbox.autoAccept')}
      </label>
      {inbox.length === 0 ? (
        <p className="muted">{t('room.inbox.empty')}</p>
      ) : (
        <>
          <p className="muted" role="status">
            {t('room.inbox.waiting', { count: inbox.length })}
          </p>
          <div className="method-buttons">
            <button type="button" onClick={() => void run(call('room.acceptAll', { workshopId }))}>
              {t('room.inbox.acceptAll')}
            </button>
          </div>
          <ul className="room-entries">
            {inbox.map((entry) => {
              const who = whoSent(t as unknown as Translate, entry)
              const kind = t(entry.kind === 'strength' ? 'room.inbox.strength' : 'room.inbox.idea')
              const category = entry.categoryId ? categoryName(doc, entry.categoryId, t as unknown as Translate) : null
              const colour = entry.categoryId ? doc.category[entry.categoryId]?.color : undefined
              const label = t('room.inbox.item', { kind, who })
              return (
                <li
                  key={entry.entryId}
                  className="room-entry"
                  aria-label={label}
                  style={colour ? { borderLeftColor: colour } : undefined}
                >
                  <p className="room-entry-meta">
                    {kind}
                    {category && ` · ${category}`} · {who}
                  </p>
                  {editing === entry.entryId ? (
                    <RoomInboxEditor
                      doc={doc}
                      entry={entry}
                      who={who}
                      onCancel={() => setEditing(null)}
                      onSave={(edit) =>
                        void (async () => {
                          const edited = await run(
                            call('room.editEntry', { workshopId, entryId: entry.entryId, ...edit }),
                          )
                          if (!edited) return
                          setEditing(null)
                          await run(call('room.accept', { workshopId, entryIds: [entry.entryId] }))
                        })()
                      }
                    />
                  ) : (
                    <>
                      <p className="room-entry-text">{entry.text}</p>
                      <div className="method-buttons room-entry-buttons">
                        <button
                          type="button"
                          onClick={() => void run(call('room.accept', { workshopId, entryIds: [entry.entryId] }))}
                        >
                          {t('room.inbox.accept')}
                        </button>
                        <button type="button" onClick={() => setEditing(entry.entryId)}>
                          {t('room.inbox.edit')}
                        </button>
                        <button
                          type="button"
                          onClick={() => void run(call('room.reject', { workshopId, entryIds: [entry.entryId] }))}
                        >
                          {t('room.inbox.reject')}
                        </button>
                      </div>
                    </>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
