// Setup: the workshop's details, the people, the sessions, the asset categories, strategy areas, and a quick
// way to type in notes from paper.
import { workshopOf } from '@shared/model/document'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'
import { sessionsInOrder } from './projectsModel'
import { CategoriesEditor } from './CategoriesEditor'
import { ParticipantsEditor } from './ParticipantsEditor'
import { QuickAddNotes } from './QuickAddNotes'
import { SessionsEditor } from './SessionsEditor'
import { StrategyAreasEditor } from './StrategyAreasEditor'
import { WorkshopDetailsForm } from './WorkshopDetailsForm'

export function SetupSection(props: MethodProps) {
  return (
    <EditLockGroup>
      {/* Keyed by what it shows, so an undo or another window refreshes the form. */}
      <WorkshopDetailsForm key={`${workshopOf(props.doc).updatedAt} ${sessionsInOrder(props.doc)[0]?.date}`} {...props} />
      <ParticipantsEditor {...props} />
      <SessionsEditor {...props} />
      <CategoriesEditor {...props} />
      <QuickAddNotes {...props} />
      <StrategyAreasEditor {...props} />
    </EditLockGroup>
  )
}
