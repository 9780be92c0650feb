// Electron main: one instance per user, one window showing the renderer, the shared Api behind one IPC
// handler. A .handlekraft file given on the command line, by a second launch, or by macOS (open-file)
// is shown in the running window.
import { join } from 'node:path'
import { app, BrowserWindow, shell } from 'electron'
import { createApi } from '../api/createApi'
import type { Api } from '../api/types'
import { createChooseExchangeFile, createChooseWorkshop } from './dialogs'
import { registerApiIpc } from './ipc'
import { openProjectorWindow } from './projectorWindow'
import { workshopPathFromArgv } from './launchArgs'
import { preloadPath, rendererLocation } from './rendererLocation'
import { hardenApp } from './security'
import { createElectronReportPrinter } from './printReport'
import { allOurWindows, createAppWindow, createHiddenReportWindow, showRenderer } from './window'
import { openRoomAtStart } from '../roomAtStart'
import { roomStartFromArgv } from '../startArgs'

// The dev server URL is only honoured in development; a packaged app always loads its own files.
const location = rendererLocation(__dirname, app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL)

function startApp(): void {
  let api: Api | null = null
  let pendingPath = workshopPathFromArgv(process.argv, process.cwd())
  // `npm start -- --room [--room-host A] [--room-port N]` (or the same switches given to the app): as in the
  // browser shell. A bad value is said on stderr and the app starts without the room.
  const roomStart = roomStartFromArgv(process.argv.slice(1))
  if (!roomStart.ok) console.error(roomStart.message)
  const room = roomStart.ok ? roomStart.value : { open: false, port: 0 }

  const showWorkshop = (path: string): void => {
    if (!app.isReady()) {
      pendingPath = path // macOS sends open-file before ready when a file launches the app
      return
    }
    const window = allOurWindows()[0]
    if (!window) {
      createAppWindow(location, preloadPath(__dirname), path)
      return
    }
    if (window.isMinimized()) window.restore()
    window.focus()
    showRenderer(window, location, path)
  }

  app.on('open-file', (event, path) => {
    event.preventDefault()
    showWorkshop(path)
  })

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = workshopPathFromArgv(argv, workingDirectory)
    if (path) return showWorkshop(path)
    const window = allOurWindows()[0]
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  // Every command is already durable; this only releases the files and their locks.
  app.on('will-quit', () => api?.closeAll())

  void app.whenReady().then(() => {
    hardenApp(location)
    // The same overrides as the browser shell, so tests (and careful users) can point the app at fresh folders.
    const workshopsFolder = process.env.HANDLEKRAFT_WORKSHOPS || join(app.getPath('documents'), 'Handlekraft')
    api = createApi({
      shell: 'electron',
      appDataDir: process.env.HANDLEKRAFT_HOME || app.getPath('userData'),
      workshopsFolder,
      locale: app.getLocale(),
      chooseWorkshop: createChooseWorkshop(workshopsFolder),
      reportPrinter: createElectronReportPrinter({
        openHiddenWindow: () => createHiddenReportWindow(location, preloadPath(__dirname)),
      }),
      revealFile: (path) => shell.showItemInFolder(path),
      chooseExchangeFile: createChooseExchangeFile(workshopsFolder),
      openProjector: async (workshopPath) => openProjectorWindow(location, preloadPath(__dirname), workshopPath),
      // The room serves the built participant page (out/renderer beside out/main) to phones on the hall's network.
      room: { rendererDir: join(__dirname, '..', 'renderer'), host: room.host, port: room.port },
    })
    registerApiIpc(api, location)
    if (room.open) openRoomAtStart(api, pendingPath, (line) => console.log(line), (line) => console.error(line))
    createAppWindow(location, preloadPath(__dirname), pendingPath)
    pendingPath = null

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createAppWindow(location, preloadPath(__dirname), null)
    })
  })
}

if (app.requestSingleInstanceLock()) startApp()
else app.quit()
