// The Method panel beside the board: the facilitator's side of the evening, in seven tabs in one row (Setup,
// Agenda & timer, Themes, Voting, Projects, Sharing, Room). Every change goes through workshop.apply as an
// undoable, durable command and shows at once through the same document mirror the board draws from.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
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

/** Fired by the board (BoardStage, BoardItemsList) when a project card is double-clicked or chosen. */
export const OPEN_PROJECT_EVENT = 'handlekraft:open-project'

export function MethodPanel({
  mirror,
  commands,
  hidden,
}: {
  mirror: DocumentMirror
  commands: WorkshopCommands
  hidden: boolean
}) {
  const { t } = useTranslation()
  const state = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const [tab, setTab] = useState<MethodTab>('setup')
  const [error, setError] = useState<AppErrorShape | null>(null)
  /** A project card double-clicked on the board opens here; the counter remounts the section for each open. */
  const [opened, setOpened] = useState<{ id: string; count: number } | null>(null)
  useEffect(() => {
    const open = (event: Event) => {
      const id = (event as CustomEvent<{ id?: unknown }>).detail?.id
      if (typeof id !== 'string') return
      setTab('projects')
      setOpened((last) => ({ id, count: (last?.count ?? 0) + 1 }))
    }
    window.addEventListener(OPEN_PROJECT_EVENT, open)
    return () => window.removeEventListener(OPEN_PROJECT_EVENT, open)
  }, [])

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
          key={`${tab} ${opened?.count ?? 0}`}
          doc={state.doc}
          apply={apply}
          openProjectId={opened?.id ?? null}
          workshopId={state.workshopId}
        />
      </div>
    </aside>
  )
}
