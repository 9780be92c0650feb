// `handlekraft demo DIR --scenario holbaek|vejle|kalundborg|rudersdal`: the workshops of a scenario written
// into a folder through the real store, command by command. Holbæk also gets a `bad/` folder with files the
// overview must refuse (a damaged one, one from a newer version, one that is no workshop at all), each with its
// reason. A one-workshop scenario given a path ending in .handlekraft writes exactly that file. Nothing
// existing is overwritten: the store refuses an existing file, and a scenario that fails removes what it made.
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { SCHEMA_VERSION } from '../../core/fileFormat'
import { WorkshopStore } from '../../core/workshopStore'
import { areaCommands, areaWorkshopArgs } from './areaCommands'
import { HOLBAEK_AREAS, type AreaPlan } from './holbaekAreas'
import { KALUNDBORG } from './kalundborgMap'
import { RUDERSDAL } from './rudersdalMarket'
import type { ScenarioWorkshop } from './scenarioWorkshop'
import { VEJLE_AREA } from './vejlePlan'

export const SCENARIOS = ['holbaek', 'vejle', 'kalundborg', 'rudersdal'] as const
export type Scenario = (typeof SCENARIOS)[number]

export interface ScenarioResult {
  workshops: string[]
  bad: string[]
}

/** A local area's plan (Holbæk, Vejle) as a scenario workshop. */
function areaWorkshop(plan: AreaPlan): ScenarioWorkshop {
  return { key: plan.key, args: areaWorkshopArgs(plan), commands: (doc) => areaCommands(doc, plan) }
}

function workshopsOf(scenario: Scenario): ScenarioWorkshop[] {
  switch (scenario) {
    case 'holbaek':
      return HOLBAEK_AREAS.map(areaWorkshop)
    case 'vejle':
      return [areaWorkshop(VEJLE_AREA)]
    case 'kalundborg':
      return [KALUNDBORG]
    case 'rudersdal':
      return [RUDERSDAL]
  }
}

export function writeWorkshop(file: string, workshop: ScenarioWorkshop): string {
  const store = WorkshopStore.create(file, workshop.args)
  try {
    for (const command of workshop.commands(store.doc)) store.apply(command)
  } finally {
    store.close()
  }
  return file
}

export function writeArea(folder: string, plan: AreaPlan): string {
  return writeWorkshop(path.join(folder, `${plan.key}.handlekraft`), areaWorkshop(plan))
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

export function writeScenario(target: string, scenario: Scenario): ScenarioResult {
  const workshops = workshopsOf(scenario)
  const oneFile = workshops.length === 1 && /\.handlekraft$/i.test(target)
  const folder = oneFile ? path.dirname(target) : target
  fs.mkdirSync(folder, { recursive: true })
  const written: string[] = []
  try {
    for (const workshop of workshops)
      written.push(writeWorkshop(oneFile ? target : path.join(folder, `${workshop.key}.handlekraft`), workshop))
    const bad = scenario === 'holbaek' ? writeBadFiles(path.join(folder, 'bad')) : []
    return { workshops: written.slice(), bad }
  } catch (error) {
    for (const file of written)
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true })
    throw error
  }
}
