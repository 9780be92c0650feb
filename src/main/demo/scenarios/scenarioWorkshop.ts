// One workshop of a demo scenario: the file's name, how it is created, and the commands that fill it (read
// from the new workshop's document, for its template's zones). The same commands the app sends, seeded.
import type { CommandCall } from '@shared/commands'
import type { WorkshopDoc } from '@shared/model/document'
import type { Template } from '@shared/model/records'

export interface ScenarioWorkshop {
  key: string
  args: { title: string; place: string; facilitator: string; language: 'da' | 'en'; template: Template }
  commands(doc: WorkshopDoc): CommandCall[]
}
