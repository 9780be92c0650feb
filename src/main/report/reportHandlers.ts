// The API handlers of the PDF report and the board picture, spread into the handler table by handlers.ts.
// The shell's printer does the work (the system Chromium over its DevTools pipe, or Electron's printToPDF); without one
// the facilitator is told that no browser was found. A file already at the path is replaced only when the
// facilitator confirmed it (the dialog asks), like "Save a copy".
import fs from 'node:fs'
import path from 'node:path'
import type { ApiOutput, ApiParsedInput } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import type { OpenWorkshops } from '../api/openWorkshops'
import type { ShellServices } from '../api/types'

type ReportMethod = 'workshop.exportPdf' | 'workshop.exportPng'
type ReportHandlers = { [M in ReportMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> }

export interface ReportHandlerDeps {
  services: ShellServices
  workshops: OpenWorkshops
}

function refuseExisting(target: string, replace: boolean): string {
  const resolved = path.resolve(target)
  if (!replace && fs.existsSync(resolved)) throw new AppError('file-exists', { file: resolved })
  return resolved
}

export function reportHandlers({ services, workshops }: ReportHandlerDeps): ReportHandlers {
  const printer = () => {
    if (!services.reportPrinter) throw new AppError('no-browser')
    return services.reportPrinter
  }
  return {
    'workshop.exportPdf': async ({ workshopId, path: target, options, replace }) => {
      const out = refuseExisting(target, replace)
      // The snapshot is taken now: edits made while Chromium prints do not tear the report.
      const doc = workshops.get(workshopId).doc
      const result = await printer().pdf({ doc, options, out })
      services.revealFile?.(result.path)
      return result
    },
    'workshop.exportPng': async ({ workshopId, path: target, options, replace }) => {
      const out = refuseExisting(target, replace)
      const doc = workshops.get(workshopId).doc
      const result = await printer().png({ doc, options, out })
      services.revealFile?.(result.path)
      return result
    },
  }
}
