// Which sharing-link types the board hides ("filter links by type"). A view setting of this window, not
// part of the workshop: hiding energy links to talk about premises changes nothing anyone else sees.
import { useSyncExternalStore } from 'react'
import type { FlowType } from '@shared/model/records'

let hidden: ReadonlySet<FlowType> = new Set()
const listeners = new Set<() => void>()

function set(next: ReadonlySet<FlowType>): void {
  hidden = next
  for (const listener of listeners) listener()
}

export const linkFilter = {
  hidden: (): ReadonlySet<FlowType> => hidden,
  toggle(flow: FlowType): void {
    const next = new Set(hidden)
    if (next.has(flow)) next.delete(flow)
    else next.add(flow)
    set(next)
  },
  showAll(): void {
    set(new Set())
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export function useHiddenFlows(): ReadonlySet<FlowType> {
  return useSyncExternalStore(linkFilter.subscribe, linkFilter.hidden)
}
