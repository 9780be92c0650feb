// What the printing side hands the report page: the workshop as it is now plus the facilitator's choices.
// The page parses it with these schemas before drawing anything, so a malformed payload is refused, not printed.
import { z } from 'zod'
import { WorkshopDocSchema } from '../model/document'
import { IsoDate } from '../model/records'
import { PngOptions, ReportOptions } from './reportOptions'

export const ReportPayload = z.object({
  doc: WorkshopDocSchema,
  options: ReportOptions,
  /** The day printed on the title page ("Report made on …"), chosen by main so tests can fix it. */
  madeOn: IsoDate,
})
export type ReportPayload = z.infer<typeof ReportPayload>
export type ReportPayloadInput = z.input<typeof ReportPayload>

export const PngPayload = z.object({ doc: WorkshopDocSchema, options: PngOptions })
export type PngPayloadInput = z.input<typeof PngPayload>

export interface PngResult {
  /** The PNG, base64 (what canvas.toDataURL gives, without the data: prefix). */
  base64: string
  width: number
  height: number
}

/** What the report page puts on `window` for the printer (Playwright page.evaluate or Electron executeJavaScript). */
export interface ReportPageHooks {
  /** Renders the report; resolves once fonts and the board picture are in, i.e. ready to print. */
  render(payload: unknown): Promise<{ pages: 'ready' }>
  png(payload: unknown): Promise<PngResult | null>
  /** Renders the overview of many workshops (issue 14; payload: shared/overview/overviewSchema.ts). */
  overview(payload: unknown): Promise<{ pages: 'ready'; title: string }>
}

/** The name of the hooks object on `window`, and of the flag set when the page's script has loaded. */
export const REPORT_HOOKS = '__handlekraftReport'
export const REPORT_READY_FLAG = '__reportReady'
