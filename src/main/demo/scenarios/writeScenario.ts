// `handlekraft demo DIR --scenario holbaek|vejle`: the workshops of a scenario written into a folder through
// the real store, command by command. Holbæk also gets a `bad/` folder with files the overview must refuse
// (a damaged one, one from a newer version, one that is no workshop at all), each with its reason. Nothing
// existing is overwritten: the store refuses an existing file, and a scenario that fails removes what it made.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { SCHEMA_VERSION } from '../../core/fileFormat'
import { WorkshopStore } from '../../core/workshopStore'
import { areaCommands, areaWorkshopArgs } from './areaCommands'
import { HOLBAEK_AREAS, type AreaPlan } from './holbaekAreas'
import { VEJLE_AREA } from './vejlePlan'

export const SCENARIOS = ['holbaek', 'vejle'] as const
export type Scenario = (typeof SCENARIOS)[number]

export interface ScenarioResult {
  workshops: string[]
  bad: string[]
}

export function writeArea(folder: string, plan: AreaPlan): string {
  const file = path.join(folder, `${plan.key}.handlekraft`)
  const store = WorkshopStore.create(file, areaWorkshopArgs(plan))
  try {
    for (const command of areaCommands(store.doc, plan)) store.apply(command)
  } finally {
    store.close()
  }
  return file
}

/** A small workshop turned into each kind of file the overview refuses. */
export function writeBadFiles(folder: string): string[] {
  fs.mkdirSync(folder, { recursive: true })
  const damaged = path.join(folder, 'skadet.handlekraft')
  const newer = path.join(folder, 'fra-nyere-version.handlekraft')
  const notWorkshop = path.join(folder, 'ikke-en-workshop.handlekraft')
  for (const file of [damaged, newer]) {
    WorkshopStore.create(file, { title: 'Lokalforum Testby', language: 'da', template: 'blank' }).close()
  }
  const bytes = fs.readFileSync(damaged)
  bytes.writeUInt16BE(3, 16) // an impossible page size: SQLite calls the file damaged
  fs.writeFileSync(damaged, bytes)
  const db = new Database(newer)
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
  db.close()
  fs.writeFileSync(notWorkshop, 'Referat fra lokalforum, ikke en workshop.\n', { flag: 'wx' })
  return [damaged, newer, notWorkshop]
}

export function writeScenario(folder: string, scenario: Scenario): ScenarioResult {
  fs.mkdirSync(folder, { recursive: true })
  const written: string[] = []
  try {
    const plans = scenario === 'holbaek' ? HOLBAEK_AREAS : [VEJLE_AREA]
    for (const plan of plans) written.push(writeArea(folder, plan))
    const bad = scenario === 'holbaek' ? writeBadFiles(path.join(folder, 'bad')) : []
    return { workshops: written.slice(), bad }
  } catch (error) {
    for (const file of written)
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
    throw error
  }
}
