// What every panel needs from the app: the API and what the shell told us about itself.
import { createContext, useContext } from 'react'
import type { ApiOutput, HandlekraftApi } from '@shared/api/contract'

export type AppInfo = ApiOutput<'app.info'>

export interface AppContextValue {
  api: HandlekraftApi
  /** Null until app.info answered; panels assume the browser shell's behaviour (no native dialogs) meanwhile. */
  info: AppInfo | null
}

export const AppContext = createContext<AppContextValue | null>(null)

export function useApp(): AppContextValue {
  const value = useContext(AppContext)
  if (!value) throw new Error('useApp outside AppContext')
  return value
}
