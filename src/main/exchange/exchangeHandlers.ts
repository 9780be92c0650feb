// The API handlers of the data exports and the JSON import, spread into the handler table by handlers.ts.
import path from 'node:path'
import type { ApiOutput, ApiParsedInput, WorkshopSnapshot } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import { newWorkshopPath } from '../core/newWorkshopPath'
import { WorkshopStore } from '../core/workshopStore'
import type { OpenWorkshops } from '../api/openWorkshops'
import type { ShellServices } from '../api/types'
import { exportCsv, exportJson } from './exportWorkshop'
import { readImport, writeImportedWorkshop } from './importWorkshop'

type ExchangeMethod = 'workshop.exportJson' | 'workshop.exportCsv' | 'workshop.importJson' | 'dialog.chooseExchangeFile'
type ExchangeHandlers = {
  [M in ExchangeMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M>
}

export interface ExchangeHandlerDeps {
  services: ShellServices
  version: string
  workshops: OpenWorkshops
  /** Puts an opened workshop on the Recent list and answers its snapshot (handlers.ts's `remember`). */
  remember(handle: string): WorkshopSnapshot
}

export function exchangeHandlers({ services, version, workshops, remember }: ExchangeHandlerDeps): ExchangeHandlers {
  return {
    'workshop.exportJson': ({ workshopId, path: target, replace }) =>
      exportJson(workshops.get(workshopId).doc, target, { replace, exportedBy: `Handlekraft ${version}` }),
    'workshop.exportCsv': ({ workshopId, folder, replace }) => {
      const result = exportCsv(workshops.get(workshopId).doc, folder, { replace })
      return { folder: result.folder, files: result.files.map((file) => file.path) }
    },
    // Checked completely before anything is written; the new file is named after the workshop's title in
    // the workshops folder unless the person chose a path.
    'workshop.importJson': ({ path: source, target }) => {
      const { doc, title } = readImport(path.resolve(source))
      const destination = target ? path.resolve(target) : newWorkshopPath(services.workshopsFolder, title)
      return remember(workshops.add(WorkshopStore.open(writeImportedWorkshop(doc, destination))))
    },
    'dialog.chooseExchangeFile': async ({ purpose, suggestedName }) => {
      if (!services.chooseExchangeFile) throw new AppError('invalid-input', {}, 'no native dialogs in this shell')
      return { path: await services.chooseExchangeFile(purpose, suggestedName) }
    },
  }
}
