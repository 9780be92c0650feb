// Who shares what with whom (issue 15): per actor what it gives and receives, links per flow type, and the
// actors with no link at all (the opportunities the workshop looks for). Used by the panel, the report and info.
import { recordsOf, type WorkshopDoc } from '../model/document'
import { FLOW_TYPES, type Actor, type FlowType } from '../model/records'

export interface FlowWith {
  flow: FlowType
  /** The other actor's id. */
  otherId: string
  label: string
}
export interface ActorSharing {
  actor: Actor
  gives: FlowWith[]
  receives: FlowWith[]
}
export interface SharingSummary {
  actors: ActorSharing[]
  linkCount: number
  byFlow: Record<FlowType, number>
  unlinked: Actor[]
}

const byName = (a: Actor, b: Actor) => a.name.localeCompare(b.name, 'da') || (a.id < b.id ? -1 : 1)

export function sharingSummary(doc: WorkshopDoc): SharingSummary {
  const actors = recordsOf(doc, 'actor').sort(byName)
  const rows = new Map(actors.map((actor) => [actor.id, { actor, gives: [] as FlowWith[], receives: [] as FlowWith[] }]))
  const byFlow = Object.fromEntries(FLOW_TYPES.map((flow) => [flow, 0])) as Record<FlowType, number>
  let linkCount = 0
  for (const link of recordsOf(doc, 'connector')) {
    if (!link.flow) continue
    const from = rows.get(link.fromId)
    const to = rows.get(link.toId)
    if (!from || !to) continue
    linkCount++
    byFlow[link.flow]++
    from.gives.push({ flow: link.flow, otherId: link.toId, label: link.label })
    to.receives.push({ flow: link.flow, otherId: link.fromId, label: link.label })
    if (link.direction === 'both') {
      to.gives.push({ flow: link.flow, otherId: link.fromId, label: link.label })
      from.receives.push({ flow: link.flow, otherId: link.toId, label: link.label })
    }
  }
  const summary = [...rows.values()]
  return {
    actors: summary,
    linkCount,
    byFlow,
    unlinked: summary.filter((row) => row.gives.length === 0 && row.receives.length === 0).map((row) => row.actor),
  }
}
