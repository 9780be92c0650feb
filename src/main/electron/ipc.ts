// The one IPC entry point: every API call from a page arrives on IPC_CALL_CHANNEL, is checked to come from
// our own top frame, and goes to api.call (which validates the input). Events go to every window of ours.
import { BrowserWindow, ipcMain } from 'electron'
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '@shared/api/methodNames'
import type { Api } from '../api/types'
import type { RendererLocation } from './rendererLocation'
import { isTrustedSender } from './senderCheck'
import { allOurWindows, isOurWindow } from './window'
import { isProjectorWindow } from './projectorWindow'

export function registerApiIpc(api: Api, location: RendererLocation): () => void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender)
    if (!isTrustedSender(event.senderFrame, isOurWindow(window), location)) {
      return { ok: false, error: { code: 'forbidden', params: {} } }
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'unknown-method', params: {} } }
    // The window's role comes from main (projectorWindow.ts), never from the page: the projector gets a filtered view.
    return api.call(method, input, isProjectorWindow(window) ? 'projector' : 'facilitator')
  })

  const toFacilitators = api.onEvent((apiEvent) => {
    for (const window of allOurWindows()) {
      if (!isProjectorWindow(window)) window.webContents.send(IPC_EVENT_CHANNEL, apiEvent)
    }
  })
  const toProjector = api.onEvent((apiEvent) => {
    for (const window of allOurWindows()) {
      if (isProjectorWindow(window)) window.webContents.send(IPC_EVENT_CHANNEL, apiEvent)
    }
  }, 'projector')
  return () => {
    toFacilitators()
    toProjector()
    ipcMain.removeHandler(IPC_CALL_CHANNEL)
  }
}
