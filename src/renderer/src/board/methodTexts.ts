// The method's words on the board (theme labels, stack counts, project cards), translated from the document.
// One function for every place that draws or lists the board: the laptop (through useMethodTexts), the
// projector, the PNG and the report, so all four say the same. Names come from the Method panel's models.
import { projectCompleteness } from '@shared/analysis/projectCompleteness'
import { FILLABLE_PROJECT_FIELDS } from '@shared/commands/projectFields'
import { ownerLabel } from '@shared/commands/projectOwner'
import type { Translate } from '@shared/i18n'
import type { WorkshopDoc } from '@shared/model/document'
import type { Actor, Project } from '@shared/model/records'
import { revealedThemeDots } from '../editor/methodBoard'
import { numberedParticipants, participantLabel } from '../method/participantsModel'
import { themeName } from '../method/themesModel'
import type { ProjectCardText } from './shapes'

export interface MethodTexts {
  /** The theme's name, or "Unnamed theme 2". */
  themeName: (themeId: string) => string
  /** The name with its dots once a round on themes is revealed: "Traffic · 23 dots". */
  themeLabel: (themeId: string) => string
  /** Dots of the latest revealed round on themes, or null before any is revealed. */
  themeDots: (themeId: string) => number | null
  stackBadge: (count: number) => string
  /** An actor's type as a word: "Firm", "Virksomhed". */
  actorType: (actor: Actor) => string
  projectText: (project: Project) => ProjectCardText
}

/** What the method's words on the board read from the document (a narrower input lets callers memoise on it). */
export type MethodTextsInput = Pick<WorkshopDoc, 'theme' | 'vote' | 'votingRound' | 'participant'>

export function methodTexts(doc: MethodTextsInput, t: Translate): MethodTexts {
  const dots = revealedThemeDots(doc)
  const owners = new Map<string, string>()
  for (const entry of numberedParticipants(doc)) {
    owners.set(
      entry.participant.id,
      participantLabel(entry, (role) => t(`roles.${role}`)),
    )
  }
  const nameOf = (themeId: string) => themeName(doc, themeId, (number) => t('method.themes.unnamed', { number }))
  const themeDots = (themeId: string) => (dots.size > 0 ? (dots.get(themeId) ?? null) : null)
  return {
    themeName: nameOf,
    themeDots,
    themeLabel: (themeId) => {
      const count = themeDots(themeId)
      return count === null ? nameOf(themeId) : `${nameOf(themeId)} · ● ${t('boardMethod.dots', { count })}`
    },
    stackBadge: (count) => t('boardMethod.stackBadge', { count }),
    actorType: (actor) => t(`sharing.actorTypes.${actor.type}`),
    projectText: (project) => {
      const { filled, fraction } = projectCompleteness(project)
      const owner = ownerLabel(project, (id) => owners.get(id) ?? null)
      return {
        title: project.title.trim() || t('method.projects.untitled'),
        owner: owner ? t('boardMethod.owner', { name: owner }) : t('boardMethod.noOwner'),
        status: t(`method.projects.status.${project.status}`),
        complete: `${filled.length}/${FILLABLE_PROJECT_FIELDS.length}`,
        fraction,
      }
    },
  }
}
