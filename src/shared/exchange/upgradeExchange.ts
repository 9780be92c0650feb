// Older exchange files still import: each version's file is converted to the next, up to the current one,
// before the strict check. Pure; works on the parsed JSON as it came.
//   1 -> 2: projects got `ownerName` (an owner not on the participants list, issue 10); '' in older files.

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const UPGRADES: Record<number, (file: Json) => Json> = {
  1: (file) => {
    const records = isObject(file.records) ? file.records : null
    const projects = records && Array.isArray(records.projects) ? records.projects : null
    if (!records || !projects) return { ...file, schemaVersion: 2 }
    const upgraded = projects.map((project) =>
      isObject(project) && !('ownerName' in project) ? { ...project, ownerName: '' } : project,
    )
    return { ...file, schemaVersion: 2, records: { ...records, projects: upgraded } }
  },
}

/** The oldest schema version that still imports. */
export const OLDEST_EXCHANGE_VERSION = 1

/** `file` (whose schemaVersion is between OLDEST_EXCHANGE_VERSION and `current`) as a version-`current` file. */
export function upgradeExchange(file: Json, current: number): Json {
  let upgraded = file
  for (let version = Number(file.schemaVersion); version < current; version++) upgraded = UPGRADES[version]!(upgraded)
  return upgraded
}
