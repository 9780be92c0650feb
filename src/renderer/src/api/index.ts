// Which transport the renderer talks through: the Electron preload's object when it is there, otherwise
// the web bridge of the browser shell. Everything above this file sees one HandlekraftApi.
import type { HandlekraftApi } from '@shared/api/contract'
import { takeLaunchParams } from './launchParams'
import { createWebBridge } from './webBridge'

declare global {
  interface Window {
    /** Set by the Electron preload (src/preload/index.ts); absent in the browser shell. */
    handlekraft?: HandlekraftApi
  }
}

export interface ApiConnection {
  api: HandlekraftApi
  /** Fires each time the event channel opens, the first time too: events broadcast before it opened, or while it
   *  was down, reached nobody here, so a listener re-syncs (browser shell only; IPC has no channel to open). */
  onOpen(listener: () => void): () => void
  /** A workshop file the shell asked us to show first (`?open=<path>`), or null. */
  openPath: string | null
  /** Present: 'projector' when this page is the projector window (`?view=projector`). */
  view: 'facilitator' | 'projector'
}

export function connectApi(win: Window = window): ApiConnection {
  const { openPath } = takeLaunchParams({ location: win.location, history: win.history })
  const view = new URL(win.location.href).searchParams.get('view') === 'projector' ? 'projector' : 'facilitator'
  // In Electron main knows the projector window by itself and filters for it; the page's word is not needed.
  if (win.handlekraft) return { api: win.handlekraft, onOpen: () => () => {}, openPath, view }
  const bridge = createWebBridge({
    origin: win.location.origin,
    fetch: win.fetch.bind(win),
    openSocket: (url) => new WebSocket(url),
    ...(view === 'projector' ? { view } : {}),
  })
  return { api: bridge, onOpen: (listener) => bridge.onOpen(listener), openPath, view }
}

export type { HandlekraftApi }
