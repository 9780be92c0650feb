// A new action project: from a theme (its name, ideas and strengths come along), or empty. The deadline
// defaults to 100 days after the current session (or today).
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { liveStateOf } from '@shared/commands/liveState'
import { newId } from '../editor/ids'
import type { MethodProps } from './methodProps'
import { linksFromNotes } from './projectsModel'
import { themeName, themesWithNotes } from './themesModel'

export function CreateProject({ doc, apply, onCreated }: MethodProps & { onCreated: (projectId: string) => void }) {
  const { t } = useTranslation()
  const themes = themesWithNotes(doc)
  const [themeId, setThemeId] = useState('')
  const unnamed = (number: number) => t('method.themes.unnamed', { number })
  const sessionId = liveStateOf(doc).currentSessionId
  const chosen = themes.find((entry) => entry.theme.id === themeId) ?? themes[0]

  const create = async (fromTheme: boolean) => {
    const id = newId('project')
    const args = fromTheme && chosen
      ? { id, sessionId, themeId: chosen.theme.id, title: themeName(doc, chosen.theme.id, unnamed), ...linksFromNotes(doc, chosen.notes.map((note) => note.id)) }
      : { id, sessionId }
    if (await apply({ name: 'addProject', args })) onCreated(id)
  }

  return (
    <section className="method-block" aria-labelledby="method-create-project">
      <h3 id="method-create-project">{t('method.projects.create')}</h3>
      {themes.length > 0 && (
        <div className="method-inline">
          <label>
            {t('method.projects.fromTheme')}
            <select value={chosen?.theme.id ?? ''} onChange={(event) => setThemeId(event.target.value)}>
              {themes.map((entry) => (
                <option key={entry.theme.id} value={entry.theme.id}>
                  {themeName(doc, entry.theme.id, unnamed)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={!chosen} onClick={() => void create(true)}>
            {t('method.projects.createFromTheme')}
          </button>
        </div>
      )}
      <button type="button" onClick={() => void create(false)}>
        {t('method.projects.createEmpty')}
      </button>
    </section>
  )
}
