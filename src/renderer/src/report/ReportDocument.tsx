// The printed report: the chosen sections in a fixed order. Everything is plain React text, so whatever
// people wrote on their notes is printed as text and can never become markup (no dangerouslySetInnerHTML).
import { sectionsInOrder, type ReportOptions } from '@shared/report/reportOptions'
import type { BoardImage } from './renderBoardImage'
import type { ReportModel, Translate } from './reportModel'
import { NotesSection, ParticipantsSection } from './sections/AppendixSections'
import { BoardSection } from './sections/BoardSection'
import { ProjectPages } from './sections/ProjectPages'
import { StrengthsSection } from './sections/StrengthsSection'
import { ThemesSection } from './sections/ThemesSection'
import { TitlePage } from './sections/TitlePage'

export interface ReportDocumentProps {
  model: ReportModel
  options: ReportOptions
  boardImage: BoardImage | null
  madeOn: string
  t: Translate
}

export function ReportDocument({ model, options, boardImage, madeOn, t }: ReportDocumentProps) {
  const sections = sectionsInOrder(options.sections)
  return (
    <main className={`report paper-${options.paper.toLowerCase()}`}>
      {sections.map((section) => {
        switch (section) {
          case 'title':
            return <TitlePage key={section} model={model} madeOn={madeOn} sections={sections} t={t} />
          case 'board':
            return <BoardSection key={section} model={model} image={boardImage} t={t} />
          case 'strengths':
            return <StrengthsSection key={section} model={model} t={t} />
          case 'themes':
            return <ThemesSection key={section} model={model} t={t} />
          case 'projects':
            return <ProjectPages key={section} model={model} t={t} />
          case 'participants':
            return <ParticipantsSection key={section} model={model} t={t} />
          case 'notes':
            return <NotesSection key={section} model={model} t={t} />
        }
      })}
    </main>
  )
}
