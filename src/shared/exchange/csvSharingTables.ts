// The CSV files for sharing and the market (issue 15): actors (with what each gives and receives),
// sharing links, and matches between needs and offers. Same conventions as csvTables.ts: headers and
// values in the workshop's language, ids in the first column.
import { recordsOf, type WorkshopDoc } from '../model/document'
import type { Note } from '../model/records'
import type { Translate } from '../i18n'
import { csvDocument, csvTimestamp, type CsvValue } from './csvFormat'

export const SHARING_CSV_FILE_NAMES = ['actors.csv', 'links.csv', 'matches.csv'] as const
export type SharingCsvFiles = Record<(typeof SHARING_CSV_FILE_NAMES)[number], string>

const byName = <T extends { id: string }>(name: (record: T) => string) => (a: T, b: T) =>
  name(a).localeCompare(name(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function buildSharingCsvFiles(doc: WorkshopDoc, t: Translate, timeZone?: string): SharingCsvFiles {
  const h = (key: string) => t(`sharing.csv.${key}`)
  const time = (iso: string) => csvTimestamp(iso, timeZone)
  const endName = (id: string) =>
    doc.actor[id]?.name ?? doc.note[id]?.text ?? doc.zone[id]?.title ?? t('exchange.csv.missing')
  const flow = (value: string | null) => (value ? t(`sharing.flows.${value}`) : '')
  const links = recordsOf(doc, 'connector').sort(byName((c) => `${endName(c.fromId)}\u0000${endName(c.toId)}`))

  const flowsOf = (actorId: string, side: 'gives' | 'receives') =>
    links
      .filter((link) =>
        link.direction === 'both'
          ? link.fromId === actorId || link.toId === actorId
          : side === 'gives'
            ? link.fromId === actorId
            : link.toId === actorId,
      )
      .map((link) => {
        const other = link.fromId === actorId ? link.toId : link.fromId
        return `${flow(link.flow) || t('sharing.csv.plainLine')}: ${endName(other)}`
      })
      .join(' | ')

  const actors = recordsOf(doc, 'actor')
    .sort(byName((actor) => actor.name))
    .map((actor): CsvValue[] => [
      actor.id,
      actor.name,
      t(`sharing.actorTypes.${actor.type}`),
      actor.contact,
      flowsOf(actor.id, 'gives'),
      flowsOf(actor.id, 'receives'),
      time(actor.createdAt),
    ])

  const linkRows = links.map((link): CsvValue[] => [
    link.id,
    endName(link.fromId),
    endName(link.toId),
    flow(link.flow),
    t(`sharing.directions.${link.direction}`),
    link.label,
  ])

  const who = (note: Note | undefined) => {
    if (!note) return ''
    if (note.actorId) return doc.actor[note.actorId]?.name ?? ''
    if (note.authorId) return doc.participant[note.authorId]?.name ?? t('exchange.csv.unnamedPerson')
    return ''
  }
  const category = (note: Note | undefined) => (note?.marketCategory ? t(`sharing.marketCategories.${note.marketCategory}`) : '')
  const matches = recordsOf(doc, 'match')
    .sort(byName((match) => doc.note[match.needId]?.text ?? ''))
    .map((match): CsvValue[] => {
      const need = doc.note[match.needId]
      const offer = doc.note[match.offerId]
      return [
        match.id,
        t(`sharing.matchStatuses.${match.status}`),
        need?.text ?? t('exchange.csv.missing'),
        who(need),
        category(need),
        offer?.text ?? t('exchange.csv.missing'),
        who(offer),
        category(offer),
        offer?.exchange ? t(`sharing.exchanges.${offer.exchange}`) : '',
        match.projectId ? (doc.project[match.projectId]?.title ?? t('exchange.csv.missing')) : '',
        time(match.createdAt),
        time(match.updatedAt),
      ]
    })

  return {
    'actors.csv': csvDocument(['id', 'name', 'type', 'contact', 'gives', 'receives', 'created'].map(h), actors),
    'links.csv': csvDocument(['id', 'from', 'to', 'flow', 'direction', 'label'].map(h), linkRows),
    'matches.csv': csvDocument(
      ['id', 'status', 'need', 'needBy', 'needCategory', 'offer', 'offerBy', 'offerCategory', 'exchange', 'project', 'created', 'updated'].map(h),
      matches,
    ),
  }
}
