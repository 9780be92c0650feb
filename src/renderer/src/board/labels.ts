// What a zone says at its top. Templates store zones with an empty title and let the language decide:
// a category zone shows its category's name, the two template zones have built-in names.
import type { WorkshopDoc } from '@shared/model/document'
import type { Translate } from '@shared/i18n'
import type { Zone } from '@shared/model/records'

const BUILT_IN_ZONE_KEYS: Record<string, string> = {
  'zone-ideas': 'zones.ideas',
  'zone-projects': 'zones.projects',
}

export function categoryName(doc: WorkshopDoc, categoryId: string, t: Translate): string {
  const category = doc.category[categoryId]
  if (category?.name) return category.name
  return t(`categories.${categoryId}`)
}

export function zoneTitle(zone: Zone, doc: WorkshopDoc, t: Translate): string {
  if (zone.title.trim() !== '') return zone.title
  if (zone.categoryId) return categoryName(doc, zone.categoryId, t)
  const key = BUILT_IN_ZONE_KEYS[zone.id]
  if (key) return t(key)
  // The sharing templates' zones (issue 15): one per actor type, and the market's needs and offers.
  if (zone.id.startsWith('zone-actors-')) return t(`sharing.actorTypes.${zone.id.slice('zone-actors-'.length)}`, { defaultValue: '' })
  if (zone.id === 'zone-needs') return t('sharing.needsHeading')
  if (zone.id === 'zone-offers') return t('sharing.offersHeading')
  return ''
}
