// The demo workshop as the list of commands a facilitator would have issued over four months, in order:
// map strengths, link them, brainstorm ideas, cluster and name themes, dot-vote, plan action projects and
// follow them up at day 50 and day 100. The same commands the UI sends, so the demo exercises the real path.
import type { CommandArgs, CommandCall, CommandName } from '@shared/commands'
import type { createWorkshop } from '@shared/commands'
import { recordsOf, type WorkshopDoc } from '@shared/model/document'
import type { Language, ProjectStatus } from '@shared/model/records'
import type { z } from 'zod'
import { DEMO_TEXTS } from './content'
import { FOLLOW_UP_TEXTS } from './content/followUps'
import { gridSlots, innerArea, splitColumns, type Area } from './layout'
import { seededRandom, weightedIndex, type Random } from '@shared/random'
import { demoRoster, type RosterEntry } from './roster'
import {
  CONNECTORS,
  DEMO_SEED,
  DOTS_PER_PARTICIPANT,
  MAX_DOTS_PER_THEME,
  PROJECTS,
  SESSIONS,
  STRENGTH_KEYS,
  THEME_KEYS,
  VOTE_LEANING,
  type CategoryKey,
  type SessionKey,
  type StrengthKey,
  type ThemeKey,
} from './structure'

export type CreateWorkshopArgs = z.input<typeof createWorkshop.args>

/** What to pass to WorkshopStore.create for the demo; the strengths-map template gives the category zones. */
export function demoWorkshopArgs(language: Language): CreateWorkshopArgs {
  const texts = DEMO_TEXTS[language].workshop
  return { ...texts, language, template: 'strengths-map' }
}

function call<N extends CommandName>(name: N, args: CommandArgs<N>): CommandCall {
  return { name, args } as CommandCall
}

export const demoIds = {
  session: (key: SessionKey) => `session-${key}`,
  strength: (key: StrengthKey) => `strength-${key}`,
  idea: (theme: ThemeKey, index: number) => `idea-${theme}-${String(index + 1).padStart(2, '0')}`,
  theme: (key: ThemeKey) => `theme-${key}`,
  round: 'round-themes',
  project: (theme: ThemeKey) => `project-${theme}`,
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}

/**
 * Each participant places their dots one at a time, leaning towards the themes their role cares about and
 * never putting more than the round's maximum on one theme.
 */
export function demoDots(roster: readonly RosterEntry[], random: Random): Map<string, Map<ThemeKey, number>> {
  const dots = new Map<string, Map<ThemeKey, number>>()
  for (const person of roster) {
    const mine = new Map<ThemeKey, number>()
    for (let dot = 0; dot < DOTS_PER_PARTICIPANT; dot += 1) {
      const weights = THEME_KEYS.map((theme) =>
        (mine.get(theme) ?? 0) >= MAX_DOTS_PER_THEME ? 0 : VOTE_LEANING[person.role][theme],
      )
      const theme = THEME_KEYS[weightedIndex(random, weights)]!
      mine.set(theme, (mine.get(theme) ?? 0) + 1)
    }
    dots.set(person.id, mine)
  }
  return dots
}

/**
 * The command calls that turn a freshly created demo file (see demoWorkshopArgs) into the full demo.
 * `doc` is read only for the template's zones, so the notes land inside them (at their wall size, see zoneArea).
 */
export function demoCommands(doc: WorkshopDoc, language: Language): CommandCall[] {
  const texts = DEMO_TEXTS[language]
  const random = seededRandom(DEMO_SEED)
  const roster = demoRoster()
  const idOf = (key: string) => roster.find((person) => person.key === key)!.id
  const anyone = () => roster[Math.floor(random() * roster.length)]!.id
  const calls: CommandCall[] = []
  // The demo lays its notes out by hand on the template's areas at their full wall size (900 × 640), as a
  // room fills a wall; once the evening's board stands, the areas are fitted to what they hold (fitZones).
  // Without the template's areas the notes go where those areas would be.
  const zoneArea = (find: (zone: { id: string; categoryId: string | null }) => boolean, wall: Area): Area => {
    const zone = recordsOf(doc, 'zone').find(find)
    if (zone) calls.push(call('updateZones', { zones: [{ id: zone.id, ...wall }] }))
    return wall
  }
  const session = (key: SessionKey) => {
    const { date } = SESSIONS.find((entry) => entry.key === key)!
    calls.push(call('addSession', { id: demoIds.session(key), title: texts.sessions[key], date }))
  }

  // Kick-off: who is here, and what is strong in the village, one batch of notes per asset category.
  session('kickoff')
  calls.push(call('addParticipants', { participants: roster.map(({ id, name, role }) => ({ id, name, role })) }))
  const categories = Object.keys(STRENGTH_KEYS) as CategoryKey[]
  categories.forEach((category, index) => {
    const fallback = { x: (index % 3) * 960, y: Math.floor(index / 3) * 700, width: 900, height: 640 }
    const zone = zoneArea((candidate) => candidate.categoryId === category, fallback)
    const keys = STRENGTH_KEYS[category]
    const slots = gridSlots(innerArea(zone), keys.length)
    const notes = keys.map((key, slot) => ({
      id: demoIds.strength(key),
      text: texts.strengths[key],
      kind: 'strength' as const,
      categoryId: category,
      ...slots[slot]!,
      authorId: anyone(),
      sessionId: demoIds.session('kickoff'),
    }))
    calls.push(call('addNotes', { notes }))
  })
  for (const connector of CONNECTORS) {
    calls.push(
      call('addConnector', {
        id: `connector-${connector.from}-${connector.to}`,
        fromId: demoIds.strength(connector.from),
        toId: demoIds.strength(connector.to),
        label: texts.connectorLabels[connector.label],
      }),
    )
  }

  // Dream evening: ideas written in silence land all over the ideas zone, then get dragged into clusters,
  // and only when the clusters stand are they named (DOMAIN.md, step 3).
  session('dreams')
  const ideasZone = innerArea(
    zoneArea((zone) => zone.id === 'zone-ideas', { x: 0, y: 1400, width: 2820, height: 640 }),
  )
  const ideas = THEME_KEYS.flatMap((theme) => texts.ideas[theme].map((text, index) => ({ theme, index, text })))
  const brainstorm = shuffled(ideas, random)
  const scattered = gridSlots(ideasZone, brainstorm.length)
  calls.push(
    call('addNotes', {
      notes: brainstorm.map((idea, slot) => ({
        id: demoIds.idea(idea.theme, idea.index),
        text: idea.text,
        kind: 'idea' as const,
        ...scattered[slot]!,
        authorId: anyone(),
        sessionId: demoIds.session('dreams'),
      })),
    }),
  )
  const clusters = splitColumns(ideasZone, THEME_KEYS.length)
  THEME_KEYS.forEach((theme, column) => {
    const slots = gridSlots(clusters[column]!, texts.ideas[theme].length)
    const notes = texts.ideas[theme].map((_, index) => ({ id: demoIds.idea(theme, index), ...slots[index]! }))
    calls.push(call('updateNotes', { notes }))
  })
  for (const theme of THEME_KEYS) {
    const noteIds = texts.ideas[theme].map((_, index) => demoIds.idea(theme, index))
    calls.push(call('createTheme', { id: demoIds.theme(theme), noteIds }))
  }
  for (const theme of THEME_KEYS)
    calls.push(call('renameTheme', { id: demoIds.theme(theme), name: texts.themes[theme] }))

  // Priorities: four dots each over the six themes, recorded per person, then revealed.
  session('priorities')
  calls.push(
    call('startVotingRound', {
      id: demoIds.round,
      title: texts.votingRoundTitle,
      target: 'themes',
      optionIds: THEME_KEYS.map(demoIds.theme),
      dotsPerParticipant: DOTS_PER_PARTICIPANT,
      maxPerItem: MAX_DOTS_PER_THEME,
      sessionId: demoIds.session('priorities'),
    }),
  )
  for (const [participantId, mine] of demoDots(roster, random)) {
    const votes = [...mine].map(([theme, count]) => ({
      id: `vote-${participantId}-${theme}`,
      itemId: demoIds.theme(theme),
      participantId,
      count,
    }))
    calls.push(call('recordVotes', { roundId: demoIds.round, votes }))
  }
  calls.push(call('setRoundStatus', { id: demoIds.round, status: 'revealed' }))

  // One action project per theme: the core written on the evening, the rest of the sheet filled in before
  // people went home; members include unnamed people from the room, owners are named citizens.
  const projectsZone = innerArea(
    zoneArea((zone) => zone.id === 'zone-projects', { x: 0, y: 2100, width: 2820, height: 640 }),
  )
  const projectColumns = splitColumns(projectsZone, PROJECTS.length)
  const taken = new Set<string>(PROJECTS.flatMap((plan) => [plan.owner, ...plan.members].map(idOf)))
  const unnamedOf = (role: string) => roster.filter((person) => person.role === role && person.name === null)
  // The workshop's list of strategy areas is the one the projects choose from.
  calls.push(
    call('updateWorkshop', {
      strategyAreas: [...new Set(PROJECTS.map((plan) => texts.projects[plan.theme].strategyArea))],
    }),
  )
  PROJECTS.forEach((plan, column) => {
    const project = texts.projects[plan.theme]
    const anonymous = plan.anonymousMembers.flatMap(({ role, count }) =>
      shuffled(
        unnamedOf(role).filter((person) => !taken.has(person.id)),
        random,
      )
        .slice(0, count)
        .map((person) => person.id),
    )
    anonymous.forEach((id) => taken.add(id))
    calls.push(
      call('addProject', {
        id: demoIds.project(plan.theme),
        title: project.title,
        goal: project.goal,
        themeId: demoIds.theme(plan.theme),
        sessionId: demoIds.session('priorities'),
        ownerId: idOf(plan.owner),
        memberIds: [...plan.members.map(idOf), ...anonymous],
        firstStep: project.firstStep,
        strengthIds: plan.strengths.map(demoIds.strength),
        ideaIds: plan.ideas.map((index) => demoIds.idea(plan.theme, index)),
        x: projectColumns[column]!.x,
        y: projectColumns[column]!.y,
      }),
    )
    calls.push(
      call('updateProject', {
        id: demoIds.project(plan.theme),
        resourcesNeeded: project.resourcesNeeded,
        resourcesOffered: project.resourcesOffered,
        barriers: project.barriers,
        successMeasure: project.successMeasure,
        strategyAreas: [project.strategyArea],
      }),
    )
  })
  calls.push(call('fitZones', {}))

  // Day 50: projects that have started report "running"; day 100: each lands where its plan says. Each
  // report is a follow-up update in that session, which also moves the project's status.
  const followUp = (theme: ThemeKey, key: 'day50' | 'day100', status: ProjectStatus) =>
    calls.push(
      call('addProjectUpdate', {
        id: `update-${theme}-${key}`,
        projectId: demoIds.project(theme),
        sessionId: demoIds.session(key),
        status,
        text: FOLLOW_UP_TEXTS[language][key][status] ?? '',
      }),
    )
  session('day50')
  for (const plan of PROJECTS) if (plan.status !== 'idea') followUp(plan.theme, 'day50', 'running')
  session('day100')
  for (const plan of PROJECTS) if (plan.status !== 'idea') followUp(plan.theme, 'day100', plan.status)

  return calls
}
