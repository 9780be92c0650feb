// The method's words on the board, translated once per document change and shared by the canvas (theme
// labels, stack counts, project cards) and the hidden lists (names for keyboards and screen readers), so
// both say the same. Names come from the Method panel's models and texts: the board and the panel agree.
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { projectCompleteness } from '@shared/analysis/projectCompleteness'
import { FILLABLE_PROJECT_FIELDS } from '@shared/commands/projectFields'
import type { WorkshopDoc } from '@shared/model/document'
import type { Project } from '@shared/model/records'
import type { ProjectCardText } from '../board/shapes'
import { revealedThemeDots } from '../editor/methodBoard'
import { numberedParticipants, participantLabel } from '../method/participantsModel'
import { themeName } from '../method/themesModel'

export interface MethodTexts {
  /** The theme's name, or "Unnamed theme 2". */
  themeName: (themeId: string) => string
  /** The name with its dots once a round on themes is revealed: "Traffic · 23 dots". */
  themeLabel: (themeId: string) => string
  /** Dots of the latest revealed round on themes, or null before any is revealed. */
  themeDots: (themeId: string) => number | null
  stackBadge: (count: number) => string
  projectText: (project: Project) => ProjectCardText
}

export function useMethodTexts(doc: WorkshopDoc): MethodTexts {
  const { t } = useTranslation()
  const dots = useMemo(() => revealedThemeDots(doc), [doc.vote, doc.votingRound]) // eslint-disable-line react-hooks/exhaustive-deps
  const owners = useMemo(() => {
    const names = new Map<string, string>()
    for (const entry of numberedParticipants(doc)) {
      names.set(
        entry.participant.id,
        participantLabel(entry, (role) => t(`roles.${role}`)),
      )
    }
    return names
  }, [doc.participant, t]) // eslint-disable-line react-hooks/exhaustive-deps

  const nameOf = useCallback(
    (themeId: string) => themeName(doc, themeId, (number) => t('method.themes.unnamed', { number })),
    [doc.theme, t], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const themeDots = useCallback((themeId: string) => (dots.size > 0 ? (dots.get(themeId) ?? null) : null), [dots])
  const themeLabel = useCallback(
    (themeId: string) => {
      const count = themeDots(themeId)
      return count === null ? nameOf(themeId) : `${nameOf(themeId)} · ● ${t('boardMethod.dots', { count })}`
    },
    [nameOf, themeDots, t],
  )
  const stackBadge = useCallback((count: number) => t('boardMethod.stackBadge', { count }), [t])
  const projectText = useCallback(
    (project: Project): ProjectCardText => {
      const { filled, fraction } = projectCompleteness(project)
      const owner = project.ownerId ? owners.get(project.ownerId) : undefined
      return {
        title: project.title.trim() || t('method.projects.untitled'),
        owner: owner ? t('boardMethod.owner', { name: owner }) : t('boardMethod.noOwner'),
        status: t(`method.projects.status.${project.status}`),
        complete: `${filled.length}/${FILLABLE_PROJECT_FIELDS.length}`,
        fraction,
      }
    },
    [owners, t],
  )
  return useMemo(
    () => ({ themeName: nameOf, themeLabel, themeDots, stackBadge, projectText }),
    [nameOf, themeLabel, themeDots, stackBadge, projectText],
  )
}
