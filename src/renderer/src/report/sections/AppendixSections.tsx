// The appendix: participants (by role; names only when the facilitator chose to show them) and every note.
import { ROLES } from '@shared/model/records'
import type { ReportModel, Translate } from '../reportModel'
import { Swatch } from './common'

export function ParticipantsSection({ model, t }: { model: ReportModel; t: Translate }) {
  const roles = ROLES.filter((role) => role !== 'other' || model.participants.byRole.other > 0)
  return (
    <section className="section appendix" aria-labelledby="section-participants">
      <h1 id="section-participants">{t('report.sectionNames.participants')}</h1>
      <table className="data counts-table narrow">
        <thead>
          <tr>
            <th scope="col">{t('report.role')}</th>
            <th scope="col" className="num">
              {t('report.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr key={role}>
              <th scope="row">{t(`roles.${role}`)}</th>
              <td className="num">{model.participants.byRole[role]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.total')}</th>
            <td className="num">{model.participants.total}</td>
          </tr>
        </tfoot>
      </table>
      {!model.includeNames ? (
        <p className="muted">{t('report.people.namesHidden')}</p>
      ) : model.namedPeople.length === 0 ? (
        <p className="muted">{t('report.people.noNames')}</p>
      ) : (
        <>
          <h2>{t('report.people.named')}</h2>
          <ul className="note-list three-columns">
            {model.namedPeople.map((label, index) => (
              <li key={index}>{label}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

export function NotesSection({ model, t }: { model: ReportModel; t: Translate }) {
  return (
    <section className="section appendix" aria-labelledby="section-notes">
      <h1 id="section-notes">{t('report.sectionNames.notes')}</h1>
      <p className="intro">{t('report.notes.intro')}</p>
      <table className="data notes-table">
        <thead>
          <tr>
            <th scope="col" className="kind-col">
              {t('report.notes.kind')}
            </th>
            <th scope="col">{t('report.notes.text')}</th>
            <th scope="col" className="where-col">
              {t('report.notes.where')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.notes.map((note, index) => (
            <tr key={index}>
              <td className="kind-col">
                <Swatch colour={note.colour} />
                {t(`board.kinds.${note.kind}`)}
              </td>
              <td>{note.text.trim() === '' ? <span className="empty">{t('report.notes.empty')}</span> : note.text}</td>
              <td className="where-col">{note.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
