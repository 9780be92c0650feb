// The only bridge between the sandboxed page and main: one function per API method, generated from the
// shared name list, plus an event subscription. The page never sees ipcRenderer or an IPC event object,
// so it cannot send on other channels or reach the sender. Imports only electron and the name list:
// a sandboxed preload can require nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { API_METHOD_NAMES, IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL } from '@shared/api/methodNames'

type Call = (input: unknown) => Promise<unknown>

const methods: Record<string, Call> = {}
for (const method of API_METHOD_NAMES) {
  // Main validates `input` against the contract; here it is only passed through.
  methods[method] = (input: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input)
}

function onEvent(listener: (event: unknown) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onEvent needs a function')
  const forward = (_ipcEvent: IpcRendererEvent, payload: unknown) => listener(payload)
  ipcRenderer.on(IPC_EVENT_CHANNEL, forward)
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward)
  }
}

contextBridge.exposeInMainWorld('handlekraft', Object.freeze({ ...methods, onEvent }))
