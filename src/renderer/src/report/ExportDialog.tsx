// "Export report…" in the top bar: a dialog to choose the report's sections, whether names are shown, the
// paper and the language, and where to save; then the PDF is made (the elapsed time shows while Chromium
// prints) and the saved path is shown. Also the picture of the board as PNG at 1×, 2× or 4×.
// Failures are the API's typed errors, translated (no space, folder not writable, no browser, …).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES } from '@shared/i18n'
import { workshopOf, type WorkshopDoc } from '@shared/model/document'
import type { Language } from '@shared/model/records'
import {
  PAPER_SIZES,
  PNG_SCALES,
  REPORT_SECTIONS,
  type PaperSize,
  type PngScale,
  type ReportSection,
} from '@shared/report/reportOptions'
import type { DocumentMirror } from '../editor/documentMirror'
import { useApp } from '../panels/appContext'
import { ErrorAlert } from '../panels/ErrorAlert'
import { useCall } from '../panels/useCall'
import './exportDialog.css'

/** The workshop file's path with another extension: the natural place for its report. */
export function besideWorkshop(workshopPath: string, extension: string): string {
  return workshopPath.replace(/(\.handlekraft)?$/i, extension)
}

/** Who-shares-what and the market are offered only for a workshop that has actors, or needs and offers. */
function hasSection(doc: WorkshopDoc, section: ReportSection): boolean {
  if (section === 'sharing') return Object.keys(doc.actor).length > 0
  if (section === 'market') return Object.values(doc.note).some((note) => note.kind === 'need' || note.kind === 'offer')
  return true
}

function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    if (!running) return
    setSeconds(0)
    const started = Date.now()
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 250)
    return () => clearInterval(timer)
  }, [running])
  return seconds
}

function ExportForm({ mirror, onClose }: { mirror: DocumentMirror; onClose: () => void }) {
  const { t } = useTranslation()
  const { api } = useApp()
  const { doc, workshopId, path } = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const [sections, setSections] = useState<ReportSection[]>([...REPORT_SECTIONS])
  const [includeNames, setIncludeNames] = useState(false)
  const [paper, setPaper] = useState<PaperSize>('A4')
  const [language, setLanguage] = useState<Language>(workshopOf(doc).language)
  const [pdfPath, setPdfPath] = useState(besideWorkshop(path, '.pdf'))
  const [pngPath, setPngPath] = useState(besideWorkshop(path, '.png'))
  const [scale, setScale] = useState<PngScale>(2)
  const [replace, setReplace] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const call = useCall()
  const seconds = useElapsedSeconds(call.busy)

  const toggle = (section: ReportSection, on: boolean) =>
    setSections((current) => (on ? [...current, section] : current.filter((other) => other !== section)))

  const exportPdf = async () => {
    setDone(null)
    const result = await call.run(() =>
      api['workshop.exportPdf']({
        workshopId,
        path: pdfPath,
        replace,
        options: { language, paper, sections, includeNames },
      }),
    )
    if (result) setDone(t('report.dialog.done', { path: result.path, pages: result.pages }))
  }
  const exportPng = async () => {
    setDone(null)
    const result = await call.run(() =>
      api['workshop.exportPng']({ workshopId, path: pngPath, replace, options: { scale } }),
    )
    if (result) setDone(t('report.dialog.pngDone', { path: result.path, width: result.width, height: result.height }))
  }

  return (
    <form
      method="dialog"
      className="report-export"
      onSubmit={(event) => {
        event.preventDefault()
        void exportPdf()
      }}
    >
      <h2>{t('report.dialog.heading')}</h2>
      <fieldset>
        <legend>{t('report.dialog.sections')}</legend>
        {REPORT_SECTIONS.filter((section) => hasSection(doc, section)).map((section) => (
          <label key={section}>
            <input
              type="checkbox"
              checked={sections.includes(section)}
              onChange={(event) => toggle(section, event.target.checked)}
            />
            {t(`report.sectionNames.${section}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('report.dialog.names')}</legend>
        <label>
          <input type="checkbox" checked={includeNames} onChange={(event) => setIncludeNames(event.target.checked)} />
          {t('report.dialog.includeNames')}
        </label>
      </fieldset>
      <label>
        {t('report.dialog.paper')}
        <select value={paper} onChange={(event) => setPaper(event.target.value as PaperSize)}>
          {PAPER_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('report.dialog.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {LANGUAGES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`languages.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('report.dialog.path')}
        <input type="text" value={pdfPath} onChange={(event) => setPdfPath(event.target.value)} spellCheck={false} />
      </label>
      <label>
        <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
        {t('report.dialog.replace')}
      </label>
      {sections.length === 0 && <p className="alert">{t('report.dialog.chooseSection')}</p>}
      <div className="report-export-actions">
        <button type="submit" disabled={call.busy || sections.length === 0 || pdfPath.trim() === ''}>
          {t('report.dialog.exportPdf')}
        </button>
      </div>

      <fieldset>
        <legend>{t('report.dialog.png')}</legend>
        <label>
          {t('report.dialog.pngPath')}
          <input type="text" value={pngPath} onChange={(event) => setPngPath(event.target.value)} spellCheck={false} />
        </label>
        <label>
          {t('report.dialog.scale')}
          <select value={scale} onChange={(event) => setScale(Number(event.target.value) as PngScale)}>
            {PNG_SCALES.map((choice) => (
              <option key={choice} value={choice}>
                {choice}×
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={call.busy || pngPath.trim() === ''} onClick={() => void exportPng()}>
          {t('report.dialog.exportPng')}
        </button>
      </fieldset>

      {call.busy && (
        <p role="status" className="report-export-progress">
          <progress aria-label={t('report.dialog.working', { seconds })} />
          {t('report.dialog.working', { seconds })}
        </p>
      )}
      {done !== null && (
        <p role="status" className="report-export-done">
          {done}
        </p>
      )}
      {call.error?.code === 'file-exists' && !replace ? (
        // The report is made again at every meeting, to the same suggested path: say which box replaces it.
        <p className="alert" role="alert">
          {t('report.dialog.fileExists', { replace: t('report.dialog.replace') })}
        </p>
      ) : (
        <ErrorAlert error={call.error} />
      )}
      <div className="report-export-actions">
        <button type="button" onClick={onClose}>
          {t('report.dialog.close')}
        </button>
      </div>
    </form>
  )
}

/** The top-bar button and its modal dialog. */
export function ExportDialog({ mirror }: { mirror: DocumentMirror }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
    if (!open && dialog?.open) dialog.close()
  }, [open])
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('report.dialog.open')}
      </button>
      <dialog ref={dialogRef} aria-label={t('report.dialog.heading')} onClose={() => setOpen(false)}>
        {open && <ExportForm mirror={mirror} onClose={() => setOpen(false)} />}
      </dialog>
    </>
  )
}
