// The printed report: the chosen sections in a fixed order. Everything is plain React text, so whatever
// people wrote on their notes is printed as text and can never become markup (no dangerouslySetInnerHTML).
import { sectionsInOrder, type ReportOptions, type ReportSection } from '@shared/report/reportOptions'
import type { BoardImage } from './renderBoardImage'
import type { ReportModel, Translate } from './reportModel'
import { NotesSection, ParticipantsSection } from './sections/AppendixSections'
import { BoardSection } from './sections/BoardSection'
import { MarketReportSection } from './sections/MarketSection'
import { SharingReportSection } from './sections/SharingSection'
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

/**
 * A symbiosis map's and a market's sections only where the workshop has them; and such a workshop, when no
 * strength or idea was written, gets no pages of empty asset categories and themes. The contents list agrees.
 */
function worthPrinting(model: ReportModel, section: ReportSection): boolean {
  if (section === 'sharing') return model.sharing !== null
  if (section === 'market') return model.market !== null
  const sharingWorkshop = model.sharing !== null || model.market !== null
  if (section === 'strengths') return !sharingWorkshop || model.strengthsTotal > 0
  if (section === 'themes') return !sharingWorkshop || model.themes.length > 0 || model.ideasTotal > 0 || model.rounds.length > 0
  return true
}

export function ReportDocument({ model, options, boardImage, madeOn, t }: ReportDocumentProps) {
  const sections = sectionsInOrder(options.sections).filter((section) => worthPrinting(model, section))
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
          case 'sharing':
            return <SharingReportSection key={section} model={model} t={t} />
          case 'market':
            return <MarketReportSection key={section} model={model} t={t} />
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
