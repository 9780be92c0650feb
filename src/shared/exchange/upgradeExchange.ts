// Older exchange files still import: each step turns a file of version N into version N+1 before the strict
// check, so the strict schema only ever describes the newest version. Unknown fields are left in place, so
// the strict check still refuses them.

import { listWithAreas, splitLegacyStrategyArea } from '../model/legacyStrategyArea'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const listOf = (records: Json, name: string): unknown[] =>
  Array.isArray(records[name]) ? (records[name] as unknown[]) : []

/** Version 1 -> 2 (issue 15): notes gain who/category/exchange, connectors a flow and direction; actors and matches. */
function version1To2(file: Json): Json {
  const records = isObject(file.records) ? file.records : {}
  const notes = listOf(records, 'notes').map((note) =>
    isObject(note) ? { actorId: null, marketCategory: null, exchange: null, ...note } : note,
  )
  const connectors = listOf(records, 'connectors').map((connector) =>
    isObject(connector) ? { flow: null, direction: 'gives', ...connector } : connector,
  )
  const upgraded: Json = { ...records, notes, connectors, actors: [], matches: [] }
  return { ...file, schemaVersion: 2, records: isObject(file.records) ? upgraded : file.records }
}

/** Version 2 -> 3 (issue 10): projects gain ownerName, the owner typed by name when not on the participants list. */
function version2To3(file: Json): Json {
  const records = isObject(file.records) ? file.records : {}
  const projects = listOf(records, 'projects').map((project) =>
    isObject(project) ? { ownerName: '', ...project } : project,
  )
  return { ...file, schemaVersion: 3, records: isObject(file.records) ? { ...records, projects } : file.records }
}

/** Version 3 -> 4 (issue 13): participants say where they came from; every one before the room was added by hand. */
function version3To4(file: Json): Json {
  if (!isObject(file.records)) return { ...file, schemaVersion: 4 }
  const participants = listOf(file.records, 'participants').map((person) =>
    isObject(person) ? { source: 'facilitator', ...person } : person,
  )
  return { ...file, schemaVersion: 4, records: { ...file.records, participants } }
}

/**
 * Version 4 -> 5 (issue 14): a project's strategyArea text ("Klima; Samskabelse") becomes the list
 * strategyAreas, names the workshop's list lacks join that list, and follow-ups gain progress (null: not said).
 */
function version4To5(file: Json): Json {
  if (!isObject(file.records)) return { ...file, schemaVersion: 5 }
  const projectAreas: string[][] = []
  const projects = listOf(file.records, 'projects').map((project) => {
    if (!isObject(project) || typeof project.strategyArea !== 'string') return project
    const { strategyArea, ...rest } = project
    const areas = splitLegacyStrategyArea(strategyArea)
    projectAreas.push(areas)
    return { ...rest, strategyAreas: areas }
  })
  const projectUpdates = listOf(file.records, 'projectUpdates').map((update) =>
    isObject(update) ? { progress: null, ...update } : update,
  )
  // A list that is not all text is left as it is, for the strict check to refuse.
  const list = isObject(file.workshop) ? file.workshop.strategyAreas : undefined
  const workshop =
    Array.isArray(list) && list.every((area) => typeof area === 'string')
      ? { ...(file.workshop as Json), strategyAreas: listWithAreas(list, projectAreas) }
      : file.workshop
  return { ...file, schemaVersion: 5, workshop, records: { ...file.records, projects, projectUpdates } }
}

const STEPS: Record<number, (file: Json) => Json> = { 1: version1To2, 2: version2To3, 3: version3To4, 4: version4To5 }

/** Brings a parsed file of an older, known version up to date; anything else is returned unchanged. */
export function upgradeExchange(file: Json): Json {
  let current = file
  for (;;) {
    const step = typeof current.schemaVersion === 'number' ? STEPS[current.schemaVersion] : undefined
    if (!step) return current
    current = step(current)
  }
}
