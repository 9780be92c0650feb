// What a shell gives the API for exports: something that prints the report page to PDF and draws the
// board to PNG. The browser shell and the CLI use the system Chromium (pipePrinter.ts); Electron uses a
// hidden window and webContents.printToPDF. Both write the file the same way (writeAtomically.ts).
import type { WorkshopDoc } from '@shared/model/document'
import type { PngOptions, ReportOptions } from '@shared/report/reportOptions'
import type { Overview } from '@shared/overview/buildOverview'
import type { Language } from '@shared/model/records'

export interface PdfJob {
  doc: WorkshopDoc
  options: ReportOptions
  /** Where the PDF goes; written beside it under a temporary name first, then renamed. */
  out: string
  /** The date on the title page (YYYY-MM-DD); today when absent. */
  madeOn?: string
}

export interface PdfResult {
  path: string
  pages: number
  bytes: number
}

export interface PngJob {
  doc: WorkshopDoc
  options: PngOptions
  out: string
}

export interface PngResult {
  path: string
  width: number
  height: number
  bytes: number
}

/** The overview of many workshops as a PDF (issue 14). */
export interface OverviewPdfJob {
  overview: Overview
  language: Language
  out: string
  madeOn?: string
}

export interface ReportPrinter {
  pdf(job: PdfJob): Promise<PdfResult>
  /** Absent where a shell cannot print it; the API then says no browser was found. Both printers have it. */
  overviewPdf?(job: OverviewPdfJob): Promise<PdfResult>
  png(job: PngJob): Promise<PngResult>
  /** Ends any browser kept for later exports. */
  close(): Promise<void>
}
