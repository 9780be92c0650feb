// One local area's workshop as the commands its facilitator would have issued: who came, the strengths by
// asset category, ideas grouped into themes, dot voting, action projects with their strategy areas, and the
// day-50 and day-100 follow-ups that happened. The same commands the UI sends; seeded per area, so every run
// makes the same workshop.
import type { CommandArgs, CommandCall, CommandName } from '@shared/commands'
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import { hundredDaysAfter } from '@shared/model/defaults'
import type { Role } from '@shared/model/records'
import { seededRandom, type Random } from '@shared/random'
import { gridSlots, innerArea, splitColumns, type Area } from '../layout'
import type { AreaPlan } from './holbaekAreas'
import { SCENARIO_NAMES, SCENARIO_STRATEGY_AREAS, SCENARIO_STRENGTHS, SCENARIO_THEMES } from './scenarioTexts'

function call<N extends CommandName>(name: N, args: CommandArgs<N>): CommandCall {
  return { name, args } as CommandCall
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

function seedOf(text: string): number {
  let hash = 2166136261
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}

function pick<T>(items: readonly T[], count: number, random: Random): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy.slice(0, Math.min(count, copy.length))
}

export function areaWorkshopArgs(plan: AreaPlan) {
  return {
    title: `Lokalforum ${plan.place}: styrker og 100-dages handling`,
    place: plan.place,
    facilitator: 'Lokalområdekoordinator',
    language: 'da' as const,
    template: 'strengths-map' as const,
  }
}

interface Person {
  id: string
  name: string | null
  role: Role
}

function roster(plan: AreaPlan, random: Random): Person[] {
  const politicians = plan.participants >= 40 ? 4 : plan.participants >= 28 ? 3 : 2
  const staff = Math.max(2, Math.round(plan.participants * 0.12))
  const citizens = plan.participants - politicians - staff
  const names = pick(SCENARIO_NAMES, 8, random)
  const people: Person[] = []
  const add = (role: Role, count: number, named: number) => {
    for (let index = 0; index < count; index += 1) {
      const id = `p${String(people.length + 1).padStart(2, '0')}`
      people.push({ id, role, name: index < named ? (names.shift() ?? null) : null })
    }
  }
  add('citizen', citizens, 6)
  add('politician', politicians, 1)
  add('staff', staff, 1)
  return people
}

function zoneArea(
  doc: WorkshopDoc,
  find: (zone: { id: string; categoryId: string | null }) => boolean,
  fallback: Area,
) {
  return recordsOf(doc, 'zone').find(find) ?? fallback
}

/** The calls that fill a workshop created with areaWorkshopArgs(plan). `doc` is read for the template's zones. */
export function areaCommands(doc: WorkshopDoc, plan: AreaPlan): CommandCall[] {
  const random = seededRandom(seedOf(plan.key))
  const calls: CommandCall[] = []
  const people = roster(plan, random)
  const named = people.filter((person) => person.role === 'citizen' && person.name !== null)

  const sessionDates = {
    kickoff: plan.kickoff,
    day50: addDays(plan.kickoff, 50),
    day100: hundredDaysAfter(plan.kickoff),
  }
  const sessionTitles = { kickoff: 'Opstart', day50: 'Dag 50: opfølgning', day100: 'Dag 100: landing' }
  calls.push(call('addSession', { id: 'session-kickoff', title: sessionTitles.kickoff, date: sessionDates.kickoff }))
  calls.push(call('addParticipants', { participants: people.map(({ id, name, role }) => ({ id, name, role })) }))
  calls.push(call('updateWorkshop', { strategyAreas: [...(plan.strategyAreas ?? SCENARIO_STRATEGY_AREAS)] }))

  // Strengths: a bigger room writes more of them.
  const perCategory = Math.max(2, Math.round(plan.participants / 9))
  Object.entries(SCENARIO_STRENGTHS).forEach(([category, texts], index) => {
    const fallback = { x: (index % 3) * 960, y: Math.floor(index / 3) * 700, width: 900, height: 640 }
    const zone = zoneArea(doc, (candidate) => candidate.categoryId === category, fallback)
    const chosen = pick(texts, perCategory + Math.floor(random() * 3), random)
    const slots = gridSlots(innerArea(zone), chosen.length)
    calls.push(
      call('addNotes', {
        notes: chosen.map((text, slot) => ({
          id: `strength-${category}-${slot + 1}`,
          text,
          kind: 'strength' as const,
          categoryId: category,
          ...slots[slot]!,
          authorId: people[Math.floor(random() * people.length)]!.id,
          sessionId: 'session-kickoff',
        })),
      }),
    )
  })

  // Ideas, already grouped into one column per theme, then named.
  const ideasZone = innerArea(
    zoneArea(doc, (zone) => zone.id === 'zone-ideas', { x: 0, y: 1400, width: 2820, height: 640 }),
  )
  const columns = splitColumns(ideasZone, plan.themes.length)
  plan.themes.forEach(({ key, variant }, column) => {
    const texts = pick(SCENARIO_THEMES[key].ideas, 3 + Math.floor(random() * 4), random)
    const slots = gridSlots(columns[column]!, texts.length)
    const ids = texts.map((_, index) => `idea-${key}-${index + 1}`)
    calls.push(
      call('addNotes', {
        notes: texts.map((text, index) => ({
          id: ids[index]!,
          text,
          kind: 'idea' as const,
          ...slots[index]!,
          authorId: people[Math.floor(random() * people.length)]!.id,
          sessionId: 'session-kickoff',
        })),
      }),
    )
    calls.push(call('createTheme', { id: `theme-${key}`, noteIds: ids }))
    const names = SCENARIO_THEMES[key].names
    calls.push(call('renameTheme', { id: `theme-${key}`, name: names[variant % names.length]! }))
  })

  // Three dots each, at most two on one theme, then revealed.
  const themeIds = plan.themes.map(({ key }) => `theme-${key}`)
  calls.push(
    call('startVotingRound', {
      id: 'round-themes',
      title: 'Hvad skal vi arbejde med?',
      target: 'themes',
      optionIds: themeIds,
      dotsPerParticipant: 3,
      maxPerItem: 2,
      sessionId: 'session-kickoff',
    }),
  )
  for (const person of people) {
    const mine = new Map<string, number>()
    for (let dot = 0; dot < 3; dot += 1) {
      const open = themeIds.filter((id) => (mine.get(id) ?? 0) < 2)
      const theme = open[Math.floor(random() * open.length)]!
      mine.set(theme, (mine.get(theme) ?? 0) + 1)
    }
    const votes = [...mine].map(([itemId, count]) => ({
      id: `vote-${person.id}-${itemId}`,
      itemId,
      participantId: person.id,
      count,
    }))
    calls.push(call('recordVotes', { roundId: 'round-themes', votes }))
  }
  calls.push(call('setRoundStatus', { id: 'round-themes', status: 'revealed' }))

  // Action projects, owned by named citizens, each in its theme's strategy area (and any extra ones).
  plan.projects.forEach((project, index) => {
    const theme = SCENARIO_THEMES[project.theme]
    const title = theme.projects[project.variant % theme.projects.length]!
    const id = `project-${index + 1}`
    const owner = named[index % named.length]!
    const members = pick(
      people.filter((person) => person.id !== owner.id),
      2 + Math.floor(random() * 3),
      random,
    ).map((person) => person.id)
    calls.push(
      call('addProject', {
        id,
        title,
        goal: `Efter 100 dage kan alle i ${plan.place} se resultatet af "${title}".`,
        themeId: `theme-${project.theme}`,
        sessionId: 'session-kickoff',
        ownerId: owner.id,
        memberIds: members,
        firstStep: 'Gruppen mødes i forsamlingshuset og fordeler opgaverne.',
        strategyAreas: project.areas ?? [theme.area, ...(project.alsoIn ?? [])],
      }),
    )
  })

  // The follow-ups that have happened: a session each, one update per project that reports.
  for (const key of ['day50', 'day100'] as const) {
    if (!plan.followUps.includes(key)) continue
    calls.push(call('addSession', { id: `session-${key}`, title: sessionTitles[key], date: sessionDates[key] }))
    plan.projects.forEach((project, index) => {
      const report = project[key]
      if (!report) return
      calls.push(
        call('addProjectUpdate', {
          id: `update-${index + 1}-${key}`,
          projectId: `project-${index + 1}`,
          sessionId: `session-${key}`,
          status: report.status,
          text: FOLLOW_UP_TEXT[report.status],
          progress: report.progress,
        }),
      )
    })
  }
  return calls
}

const FOLLOW_UP_TEXT = {
  idea: 'Gruppen er ved at finde folk og har endnu ikke taget første skridt.',
  running: 'Gruppen er i gang, og første skridt er taget.',
  done: 'Målet er nået og blev vist frem for området.',
  paused: 'Sat på pause, indtil der er flere hænder.',
} as const


