// The Method panel beside the board: the facilitator's side of the evening, in seven tabs in one row (Setup,
// Agenda & timer, Themes, Voting, Projects, Sharing, Room). Every change goes through workshop.apply as an
// undoable, durable command and shows at once through the same document mirror the board draws from.
import { memo, useCallback, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import type { CommandCall } from '@shared/commands'
import type { DocumentMirror } from '../editor/documentMirror'
import type { WorkshopCommands } from '../editor/workshopCommands'
import { ErrorAlert } from '../panels/ErrorAlert'
import { AgendaSection } from './AgendaSection'
import type { MethodProps } from './methodProps'
import { ProjectsSection } from './ProjectsSection'
import { SetupSection } from './SetupSection'
import { SharingSection } from './SharingSection'
import { MethodTabIcon } from './MethodTabIcon'
import { ThemesSection } from './ThemesSection'
import { VotingSection } from './VotingSection'
import { RoomSection } from '../room/RoomSection'
import type { AppErrorShape } from '@shared/errors'
import '../styles/method.css'
import type { OpenItem } from '../workshop/OpenItemContext'

export const METHOD_TABS = ['setup', 'agenda', 'themes', 'voting', 'projects', 'sharing', 'room'] as const
export type MethodTab = (typeof METHOD_TABS)[number]

const SECTIONS: Record<MethodTab, (props: MethodProps) => React.ReactNode> = {
  setup: SetupSection,
  agenda: AgendaSection,
  themes: ThemesSection,
  voting: VotingSection,
  projects: ProjectsSection,
  sharing: SharingSection,
  room: RoomSection,
}

/** A card opened from the board (OpenItemContext); `count` tells two openings of the same card apart. */
export interface OpenRequest {
  item: OpenItem
  count: number
}

/**
 * Memoised: the panel follows the document itself (the mirror), so it has nothing to do when App renders again
 * for other reasons, e.g. right after a workshop opens, when the top bar's slots for the workshop's title and
 * buttons arrive (about a third of the second render of a 10,000-note open).
 */
export const MethodPanel = memo(MethodPanelContent)

function MethodPanelContent({
  mirror,
  commands,
  hidden,
  openRequest = null,
}: {
  mirror: DocumentMirror
  commands: WorkshopCommands
  hidden: boolean
  openRequest?: OpenRequest | null
}) {
  const { t } = useTranslation()
  const state = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const [tab, setTab] = useState<MethodTab>('setup')
  const [error, setError] = useState<AppErrorShape | null>(null)
  // A card opened from the board shows here: a project in the Projects tab's editor (the count remounts the
  // section for each opening), an actor in the Sharing tab. Followed during render, as React advises for
  // state that follows a prop.
  const [followed, setFollowed] = useState<OpenRequest | null>(openRequest)
  if (openRequest !== followed) {
    setFollowed(openRequest)
    if (openRequest) setTab(openRequest.item.kind === 'project' ? 'projects' : 'sharing')
  }
  const opened = openRequest?.item.kind === 'project' ? openRequest : null
  const openedActor = openRequest?.item.kind === 'actor' ? openRequest : null

  // No control waits for a save: commands queue (WorkshopCommands), so every click counts.
  const apply = useCallback(
    async (command: CommandCall): Promise<boolean> => {
      setError(null)
      const sent = await commands.send(command)
      if (!sent.ok) setError(sent.error)
      return sent.ok
    },
    [commands],
  )

  const Section = SECTIONS[tab]
  // The Room tab's name lives with the room's texts (room.ts), one word in both languages.
  const tabName = (id: MethodTab) => (id === 'room' ? t('room.tab') : t(`method.tabs.${id}`))
  const moveTab = (step: number) => {
    const next = METHOD_TABS[(METHOD_TABS.indexOf(tab) + step + METHOD_TABS.length) % METHOD_TABS.length]!
    setTab(next)
    document.getElementById(`method-tab-${next}`)?.focus()
  }

  return (
    <aside id="method-panel" className="method-panel" aria-label={t('method.panel')} hidden={hidden}>
      <div
        role="tablist"
        aria-label={t('method.sections')}
        className="method-tabs"
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight' || event.key === 'ArrowDown') moveTab(1)
          else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') moveTab(-1)
          else return
          event.preventDefault()
        }}
      >
        {METHOD_TABS.map((id) => (
          <button
            key={id}
            id={`method-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls="method-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            aria-label={tabName(id)}
            title={tabName(id)}
          >
            <MethodTabIcon tab={id} />
            <span className="method-tab-label">{id === 'room' ? t('room.tab') : t(`stage.methodTab.${id}`)}</span>
          </button>
        ))}
      </div>
      <ErrorAlert error={error} />
      <div id="method-tabpanel" role="tabpanel" aria-labelledby={`method-tab-${tab}`} className="method-body">
        {/* Keyed by tab so every section starts from the document as it is now. */}
        <Section
          key={`${tab} ${opened?.count ?? 0} ${openedActor?.count ?? 0}`}
          doc={state.doc}
          apply={apply}
          openProjectId={opened?.item.id ?? null}
          openActorId={openedActor?.item.id ?? null}
          workshopId={state.workshopId}
        />
      </div>
    </aside>
  )
}
