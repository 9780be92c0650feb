// Every theme with its notes (duplicates stacked with a count), a rename field, notes in and out, ungroup.
import { useTranslation } from 'react-i18next'
import { CommitField } from './CommitField'
import type { Checked } from './MakeTheme'
import type { MethodProps } from './methodProps'
import { themeName, themesWithNotes } from './themesModel'

export function ThemeList({ doc, apply, checked }: MethodProps & { checked: Checked }) {
  const { t } = useTranslation()
  const entries = themesWithNotes(doc)
  const free = [...checked.ids].filter((id) => doc.note[id] && doc.note[id].themeId === null)
  const unnamed = (number: number) => t('method.themes.unnamed', { number })

  return (
    <section className="method-block" aria-labelledby="method-theme-list">
      <h3 id="method-theme-list">{t('method.themes.list')}</h3>
      {entries.length === 0 && <p className="muted">{t('method.themes.none')}</p>}
      <ul className="method-themes">
        {entries.map(({ theme, notes, stacks }) => {
          const name = themeName(doc, theme.id, unnamed)
          return (
            <li key={theme.id} className="method-theme" style={{ borderColor: theme.color }}>
              <div className="method-row">
                <span className="method-swatch" style={{ background: theme.color }} aria-hidden="true" />
                <CommitField
                  label={t('method.themes.rename', { name })}
                  value={theme.name}
                  onCommit={(value) => void apply({ name: 'renameTheme', args: { id: theme.id, name: value } })}
                />
                <span className="method-count">{t('method.themes.noteCount', { count: notes.length })}</span>
              </div>
              <ul className="method-theme-notes" aria-label={t('method.themes.themeNotes', { name })}>
                {stacks.map((stack) => (
                  <li key={stack.notes[0]!.id}>
                    <span>{stack.text || t('board.emptyNote')}</span>
                    {stack.notes.length > 1 && (
                      <span className="method-stack" title={t('method.themes.duplicatesTitle', { count: stack.notes.length })}>
                        {t('method.themes.duplicates', { count: stack.notes.length })}
                      </span>
                    )}
                    <button
                      type="button"
                      className="method-small"
                     
                      aria-label={t('method.themes.takeOut', { text: stack.text })}
                      onClick={() =>
                        void apply({ name: 'updateNotes', args: { notes: stack.notes.map((note) => ({ id: note.id, themeId: null })) } })
                      }
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
              <div className="method-buttons">
                <button
                  type="button"
                  disabled={free.length === 0}
                  onClick={async () => {
                    if (await apply({ name: 'addToTheme', args: { themeId: theme.id, noteIds: free } })) checked.set(new Set())
                  }}
                >
                  {t('method.themes.addTo', { name })}
                </button>
                <button type="button" onClick={() => void apply({ name: 'deleteTheme', args: { id: theme.id } })}>
                  {t('method.themes.ungroup', { name })}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
