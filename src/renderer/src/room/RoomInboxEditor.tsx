// Editing one note from a phone before accepting it: the text, and whether it is a strength (with its asset
// category) or an idea. A participant who wrote an idea while the room was collecting strengths, or picked the
// wrong category on a small screen, is set right here, and the note lands in the right zone.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { categoriesInOrder } from '@shared/analysis/recordCounts'
import type { WorkshopDoc } from '@shared/model/document'
import type { InboxEntry } from '@shared/room/contract'
import type { Translate } from '@shared/i18n'
import { categoryName } from '../board/labels'

export interface EntryEdit {
  text: string
  kind: InboxEntry['kind']
  categoryId: string | null
}

interface EditorProps {
  doc: WorkshopDoc
  entry: InboxEntry
  who: string
  onSave(edit: EntryEdit): void
  onCancel(): void
}

export function RoomInboxEditor({ doc, entry, who, onSave, onCancel }: EditorProps) {
  const { t } = useTranslation()
  const [edit, setEdit] = useState<EntryEdit>({ text: entry.text, kind: entry.kind, categoryId: entry.categoryId })
  const categories = categoriesInOrder(doc)

  return (
    <form
      className="method-form room-entry-editor"
      onSubmit={(event) => {
        event.preventDefault()
        const text = edit.text.trim()
        if (text === '') return
        onSave({ ...edit, text, categoryId: edit.kind === 'strength' ? edit.categoryId : null })
      }}
    >
      <label>
        {t('room.inbox.editText', { who })}
        <textarea
          rows={3}
          maxLength={280}
          value={edit.text}
          onChange={(event) => setEdit({ ...edit, text: event.target.value })}
        />
      </label>
      <label>
        {t('room.inbox.editKind')}
        <select
          value={edit.kind}
          onChange={(event) => setEdit({ ...edit, kind: event.target.value as EntryEdit['kind'] })}
        >
          <option value="strength">{t('room.inbox.strength')}</option>
          <option value="idea">{t('room.inbox.idea')}</option>
        </select>
      </label>
      {edit.kind === 'strength' && (
        <label>
          {t('room.inbox.editCategory')}
          <select
            value={edit.categoryId ?? ''}
            onChange={(event) => setEdit({ ...edit, categoryId: event.target.value || null })}
          >
            <option value="">{t('board.noCategory')}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {categoryName(doc, category.id, t as unknown as Translate)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="method-buttons">
        <button type="submit">{t('room.inbox.save')}</button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
