// The rules a workshop keeps, in one place: what every command keeps true and what every import (and, later,
// what phones send) is checked against before anything is written. Each problem names its record, so a
// refusal can say which one: "the voting round 'Runde 1'", "the action project 'Skolevej'".
//   votes.ts     dots per participant, per item, per role (DOMAIN.md step 4)
//   projects.ts  a project's status follows its newest follow-up
//   names.ts     a theme's name has no stray or doubled spaces
//   strategyAreas.ts  a project's strategy areas are on the workshop's list
import { recordsOf, type WorkshopDoc } from '../model/document'
import { WORKSHOP_ID } from '../model/records'
import { isTidyName } from './names'
import { projectStatusProblems } from './projects'
import { unknownStrategyAreas } from './strategyAreas'
import { allVoteProblems, type VoteProblemReason } from './votes'

export type InvariantRule = VoteProblemReason | 'project-status' | 'untidy-theme-name' | 'unknown-strategy-area'

export interface InvariantProblem {
  rule: InvariantRule
  /** The record that breaks the rule: a voting round, an action project, a theme. */
  kind: 'votingRound' | 'project' | 'theme'
  id: string
  /** What the message needs: the record's own name, the numbers, who. */
  params: Record<string, string | number>
}

/** Every rule the document breaks, votes first; empty when it keeps them all. */
export function documentProblems(doc: WorkshopDoc): InvariantProblem[] {
  const participants = recordsOf(doc, 'participant')
  const nameOf = (id: string) => doc.participant[id]?.name || id
  const itemName = (id: string) => doc.theme[id]?.name || doc.note[id]?.text.slice(0, 60) || id
  const problems: InvariantProblem[] = allVoteProblems(
    recordsOf(doc, 'votingRound'),
    recordsOf(doc, 'vote'),
    participants,
  ).map(({ reason, roundId, subject, params }) => ({
    rule: reason,
    kind: 'votingRound',
    id: roundId,
    params: {
      ...params,
      round: doc.votingRound[roundId]?.title || roundId,
      ...(subject.startsWith('participant:') ? { participant: nameOf(subject.slice('participant:'.length)) } : {}),
      ...(typeof params.itemId === 'string' ? { item: itemName(params.itemId) } : {}),
    },
  }))
  for (const { project, latest } of projectStatusProblems(recordsOf(doc, 'project'), recordsOf(doc, 'projectUpdate'))) {
    problems.push({
      rule: 'project-status',
      kind: 'project',
      id: project.id,
      params: { project: project.title || project.id, status: project.status, latest: latest.status },
    })
  }
  const workshopAreas = doc.workshop[WORKSHOP_ID]?.strategyAreas ?? []
  for (const { project, area } of unknownStrategyAreas(recordsOf(doc, 'project'), workshopAreas)) {
    problems.push({ rule: 'unknown-strategy-area', kind: 'project', id: project.id, params: { project: project.title || project.id, area } })
  }
  for (const theme of recordsOf(doc, 'theme')) {
    if (!isTidyName(theme.name)) {
      problems.push({ rule: 'untidy-theme-name', kind: 'theme', id: theme.id, params: { name: theme.name } })
    }
  }
  return problems
}
