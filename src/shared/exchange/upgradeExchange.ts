// Older exchange files still import: each step turns a file of version N into version N+1 before the strict
// check, so the strict schema only ever describes the newest version. Unknown fields are left in place, so
// the strict check still refuses them.

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

const STEPS: Record<number, (file: Json) => Json> = { 1: version1To2, 2: version2To3, 3: version3To4 }

/** Brings a parsed file of an older, known version up to date; anything else is returned unchanged. */
export function upgradeExchange(file: Json): Json {
  let current = file
  for (;;) {
    const step = typeof current.schemaVersion === 'number' ? STEPS[current.schemaVersion] : undefined
    if (!step) return current
    current = step(current)
  }
}
