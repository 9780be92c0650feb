// All action projects with their status and how complete each one is, so the facilitator sees which still
// need an owner or a first step before people leave.
import { useTranslation } from 'react-i18next'
import type { MethodProps } from './methodProps'
import { projectRows } from './projectsModel'

export function ProjectList({ doc, editingId, onEdit }: Pick<MethodProps, 'doc'> & { editingId: string | null; onEdit: (id: string) => void }) {
  const { t } = useTranslation()
  const rows = projectRows(doc)
  return (
    <section className="method-block" aria-labelledby="method-project-list">
      <h3 id="method-project-list">{t('method.projects.list')}</h3>
      {rows.length === 0 && <p className="muted">{t('method.projects.none')}</p>}
      <ul className="method-projects" aria-label={t('method.projects.list')}>
        {rows.map(({ project, filled, all, fraction }) => {
          const name = project.title || t('method.projects.untitled')
          const complete = t('method.projects.complete', { filled, all })
          return (
            <li key={project.id} className={project.id === editingId ? 'method-project editing' : 'method-project'}>
              <div className="method-row">
                <strong>{name}</strong>
                <span className="method-badge">{t(`method.projects.status.${project.status}`)}</span>
              </div>
              <div className="method-row">
                <meter min={0} max={1} value={fraction} aria-label={t('method.projects.completenessOf', { name })}>
                  {complete}
                </meter>
                <span className="method-count">{complete}</span>
                {/* The name is in bold just above: the button shows only "Edit", so it stays one line in a
                    narrow panel; its accessible name keeps the project's name. */}
                <button
                  type="button"
                  onClick={() => onEdit(project.id)}
                  aria-pressed={project.id === editingId}
                  aria-label={t('method.projects.edit', { name })}
                >
                  {t('method.projects.editShort')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
