// Opening a project card or an actor card from the board (a double-click on the canvas, Enter in the board's
// hidden lists) where it is edited: the Method panel unfolds on its Projects or Sharing tab. One typed
// callback from the app down to the board, instead of a window-wide event named by a string.
import { createContext, useContext } from 'react'

export type OpenItem = { kind: 'project' | 'actor'; id: string }

/** Without a provider (a view that edits nothing, such as a test page) opening does nothing. */
const OpenItemContext = createContext<(item: OpenItem) => void>(() => {})

export const OpenItemProvider = OpenItemContext.Provider

export function useOpenItem(): (item: OpenItem) => void {
  return useContext(OpenItemContext)
}
