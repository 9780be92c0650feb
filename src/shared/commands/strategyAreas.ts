// A project's strategy areas are chosen from the workshop's own list (Vejle reports everything by its four),
// so the report and the overview can count projects per area without guessing at spellings. A name not on
// the list is refused with that name; the list a project keeps follows the workshop's order.
import { recordsOf, workshopOf, type WorkshopDoc } from '../model/document'
import { reject } from './command'

export function chosenStrategyAreas(doc: WorkshopDoc, chosen: readonly string[]): string[] {
  const list = workshopOf(doc).strategyAreas
  for (const area of chosen) if (!list.includes(area)) reject('unknown-strategy-area', { area })
  return list.filter((area) => chosen.includes(area))
}

/**
 * A new list for the workshop keeps every area a project still belongs to: taking one away would leave the
 * project in an area nobody can see or choose. The facilitator takes it off the projects first.
 */
export function checkStrategyAreasKept(doc: WorkshopDoc, next: readonly string[]): void {
  for (const project of recordsOf(doc, 'project')) {
    const gone = project.strategyAreas.find((area) => !next.includes(area))
    if (gone !== undefined) reject('strategy-area-in-use', { area: gone, project: project.title || project.id })
  }
}
