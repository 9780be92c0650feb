// What a shell (Electron or the browser host) gives the API, and what it gets back.
import type { ApiEvent, ApiMethod, ApiResult } from '@shared/api/contract'
import type { ReportPrinter } from '../report/types'
import type { RoomController, RoomNetworkOptions } from '../room/roomController'
import type { ViewRole } from './viewFilter'

export interface ShellServices {
  shell: 'electron' | 'browser'
  /** Where recent.json and other app state live (Electron: app.getPath('userData')). */
  appDataDir: string
  /** Default folder for new workshops and the demo. */
  workshopsFolder: string
  /** The OS locale, e.g. "da-DK". */
  locale: string
  /** Prints the report to PDF and draws the board to PNG (src/main/report); absent where no Chromium is found. */
  reportPrinter?: ReportPrinter
  /** Shows a finished export in the file manager (Electron); the browser shell shows the path instead. */
  revealFile?: (path: string) => void
  /** Native file dialog; absent in the browser shell, where the UI asks for a path. */
  chooseWorkshop?: (purpose: 'open' | 'save' | 'folder', suggestedName?: string) => Promise<string | null>
  /** Native dialog for export/import files (a JSON file, a CSV folder); absent in the browser shell. */
  chooseExchangeFile?: (
    purpose: 'export-json' | 'export-csv' | 'import-json',
    suggestedName?: string,
  ) => Promise<string | null>
  /** Where the room (participants' phones) may listen and what it serves; absent: the room is not offered. */
  room?: RoomNetworkOptions
  /** Electron: opens (or shows) the projector window for a workshop file; absent in the browser shell. */
  openProjector?: (workshopPath: string) => Promise<boolean>
  /** Browser shell: a projector address for a workshop file with a fresh short-lived one-time entry code. */
  projectorAddress?: (workshopPath: string) => { address: string; expiresInMs: number }
}

export interface Api {
  /**
   * Validates the input, runs the handler and always answers with a result or a typed error. `view` is
   * who asks: a projector window gets documents without private notes or hidden dots (viewFilter.ts).
   */
  call(method: string, input: unknown, view?: ViewRole): Promise<ApiResult<ApiMethod>>
  /** Events as `view` (default the facilitator) may receive them. */
  onEvent(listener: (event: ApiEvent) => void, view?: ViewRole): () => void
  /** Closes every open workshop file (shutdown), and the room with them. */
  closeAll(): void
  /** The room's controller, for the shells' `--room` start option. */
  readonly room?: RoomController
}
