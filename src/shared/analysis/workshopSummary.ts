// One overview of a workshop: what `handlekraft info --json` prints and what the UI can show on a
// summary panel. Built from the document alone, so it is the same in main, the CLI and the renderer.
//
// Shape (keys always in this order; arrays sorted as stated):
// {
//   "title": string, "language": "da"|"en", "template": string, "place": string, "facilitator": string,
//   "participants": { "total": n, "named": n, "byRole": { "citizen": n, "politician": n, "staff": n, "other": n } },
//   "sessions": [ { "id", "title", "date" } ]                               // by position
//   "notes": { "total": n, "byKind": { "strength": n, "idea": n, "other": n, "need": n, "offer": n },
//              "byCategory": { "<categoryId>": n, ... },                     // board order, every category
//              "withoutCategory": n },
//   "connectors": n,
//   "themes": [ { "id", "name", "notes": n,
//                 "votes": null | { "roundId", "total": n, "byRole": {…} } } ],   // by creation; votes from the
//                                                                               // latest round offering the theme
//   "votingRounds": [ { "id", "title", "target", "status", "dotsPerParticipant", "maxPerItem", "voters": n,
//                       "total": n, "byRole": {…} } ],                       // by creation
//   "votes": { "total": n, "byRole": {…} },                                  // every dot in the file
//   "projects": [ { "id", "title", "status", "owner": string|null, "themeId": string|null,
//                   "filled": [field…], "missing": [field…], "completeness": 0..1 } ]   // by creation
//   "sharing": { "actors": n, "byActorType": { "institution": n, "education": n, "firm": n, "association": n,
//                "citizen-group": n, "authority": n, "other": n }, "links": n,          // links: connectors with a flow
//                "linksByFlow": { "premises": n, "labour": n, "knowledge": n, "materials": n, "energy": n,
//                                 "equipment": n, "money": n, "other": n },
//                "actorsWithoutLinks": [name…] },                                        // by name
//   "market": { "needs": n, "offers": n, "matchesByStatus": { "proposed": n, "agreed": n, "done": n },
//               "needsWithoutMatch": n, "participantsWithAgreedMatch": n,
//               "shareWithAgreedMatch": 0..1 | null }   // of all participants; a done match counts as agreed
// }
import { marketSummary } from './marketSummary'
import { sharingSummary } from './sharingSummary'
import { recordsOf, workshopOf, type WorkshopDoc } from '../model/document'
import { ACTOR_TYPES, type Language, type ProjectStatus, type RoundStatus } from '../model/records'
import { projectCompleteness, type FillableProjectField } from './projectCompleteness'
import { notesByCategory, notesByKind, notesPerTheme, participantsByRole, type KindCounts } from './recordCounts'
import { allDots, latestRoundWith, roundsInOrder, tallyRound, type DotCount, type RoleCounts } from './voteTallies'

export interface ThemeSummary {
  id: string
  name: string
  notes: number
  votes: ({ roundId: string } & DotCount) | null
}

export interface RoundSummary extends DotCount {
  id: string
  title: string
  target: 'themes' | 'notes'
  status: RoundStatus
  dotsPerParticipant: number
  maxPerItem: number
  voters: number
}

export interface ProjectSummary {
  id: string
  title: string
  status: ProjectStatus
  /** The owner's name (typed, for one not on the participants list); "" for an unnamed participant; null: none. */
  owner: string | null
  themeId: string | null
  filled: FillableProjectField[]
  missing: FillableProjectField[]
  completeness: number
}

export interface WorkshopSummary {
  title: string
  language: Language
  template: string
  place: string
  facilitator: string
  participants: { total: number; named: number; byRole: RoleCounts }
  sessions: { id: string; title: string; date: string }[]
  notes: { total: number; byKind: KindCounts; byCategory: Record<string, number>; withoutCategory: number }
  connectors: number
  themes: ThemeSummary[]
  votingRounds: RoundSummary[]
  votes: DotCount
  projects: ProjectSummary[]
  /** Actors and sharing links (issue 15). */
  sharing: {
    actors: number
    byActorType: Record<string, number>
    links: number
    linksByFlow: Record<string, number>
    /** Names of actors with no sharing link: the opportunities. */
    actorsWithoutLinks: string[]
  }
  /** The needs-and-offers market (issue 15). */
  market: {
    needs: number
    offers: number
    matchesByStatus: Record<string, number>
    needsWithoutMatch: number
    participantsWithAgreedMatch: number
    /** 0..1 of all participants; null without participants. A done match counts as agreed. */
    shareWithAgreedMatch: number | null
  }
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

export function summarizeWorkshop(doc: WorkshopDoc): WorkshopSummary {
  const workshop = workshopOf(doc)
  const participants = recordsOf(doc, 'participant')
  const notes = recordsOf(doc, 'note')
  const themeNoteCounts = notesPerTheme(doc)
  const categories = notesByCategory(doc)

  const themes = recordsOf(doc, 'theme')
    .sort(byCreation)
    .map((theme): ThemeSummary => {
      const round = latestRoundWith(doc, theme.id)
      const item = round ? tallyRound(doc, round).items.find((entry) => entry.itemId === theme.id) : undefined
      return {
        id: theme.id,
        name: theme.name,
        notes: themeNoteCounts.get(theme.id) ?? 0,
        votes: round && item ? { roundId: round.id, total: item.total, byRole: item.byRole } : null,
      }
    })

  const votingRounds = roundsInOrder(doc).map((round): RoundSummary => {
    const tally = tallyRound(doc, round)
    return {
      id: round.id,
      title: round.title,
      target: round.target,
      status: round.status,
      dotsPerParticipant: round.dotsPerParticipant,
      maxPerItem: round.maxPerItem,
      voters: tally.voters,
      total: tally.total,
      byRole: tally.byRole,
    }
  })

  const projects = recordsOf(doc, 'project')
    .sort(byCreation)
    .map((project): ProjectSummary => {
      const completeness = projectCompleteness(project)
      const listed = project.ownerId ? doc.participant[project.ownerId] : undefined
      const owner = listed ? (listed.name ?? '') : project.ownerName === '' ? null : project.ownerName
      return {
        id: project.id,
        title: project.title,
        status: project.status,
        owner,
        themeId: project.themeId,
        filled: completeness.filled,
        missing: completeness.missing,
        completeness: completeness.fraction,
      }
    })

  return {
    title: workshop.title,
    language: workshop.language,
    template: workshop.template,
    place: workshop.place,
    facilitator: workshop.facilitator,
    participants: {
      total: participants.length,
      named: participants.filter((participant) => participant.name !== null).length,
      byRole: participantsByRole(doc),
    },
    sessions: recordsOf(doc, 'session')
      .sort((a, b) => a.position - b.position)
      .map((session) => ({ id: session.id, title: session.title, date: session.date })),
    notes: {
      total: notes.length,
      byKind: notesByKind(doc),
      byCategory: categories.byCategory,
      withoutCategory: categories.withoutCategory,
    },
    connectors: recordsOf(doc, 'connector').length,
    themes,
    votingRounds,
    votes: allDots(doc),
    projects,
    ...sharingAndMarket(doc),
  }
}

function sharingAndMarket(doc: WorkshopDoc): Pick<WorkshopSummary, 'sharing' | 'market'> {
  const sharing = sharingSummary(doc)
  const market = marketSummary(doc)
  const byActorType = Object.fromEntries(ACTOR_TYPES.map((type) => [type, 0]))
  for (const actor of recordsOf(doc, 'actor')) byActorType[actor.type]! += 1
  return {
    sharing: {
      actors: sharing.actors.length,
      byActorType,
      links: sharing.linkCount,
      linksByFlow: sharing.byFlow,
      actorsWithoutLinks: sharing.unlinked.map((actor) => actor.name),
    },
    market: {
      needs: market.needs,
      offers: market.offers,
      matchesByStatus: market.matchesByStatus,
      needsWithoutMatch: market.needsWithoutMatch.length,
      participantsWithAgreedMatch: market.participantsWithAgreedMatch,
      shareWithAgreedMatch: market.shareWithAgreedMatch,
    },
  }
}
