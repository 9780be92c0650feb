// What a shell (Electron or the browser host) gives the API, and what it gets back.
import type { ApiEvent, ApiMethod, ApiResult } from '@shared/api/contract'

export interface ShellServices {
  shell: 'electron' | 'browser'
  /** Where recent.json and other app state live (Electron: app.getPath('userData')). */
  appDataDir: string
  /** Default folder for new workshops and the demo. */
  workshopsFolder: string
  /** The OS locale, e.g. "da-DK". */
  locale: string
  /** Native file dialog; absent in the browser shell, where the UI asks for a path. */
  chooseWorkshop?: (purpose: 'open' | 'save', suggestedName?: string) => Promise<string | null>
}

export interface Api {
  /** Validates the input, runs the handler and always answers with a result or a typed error. */
  call(method: string, input: unknown): Promise<ApiResult<ApiMethod>>
  onEvent(listener: (event: ApiEvent) => void): () => void
  /** Closes every open workshop file (shutdown). */
  closeAll(): void
}
