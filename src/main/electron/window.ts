// The app window: always the same sandboxed settings (makeWindow below), loading our renderer, optionally
// told which workshop to show via `?open=<path>` (the same convention the browser shell uses).
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { rendererFileUrl, reportPageUrl, type RendererLocation } from './rendererLocation'

const ourWindows = new Set<BrowserWindow>()

export function isOurWindow(window: BrowserWindow | null): boolean {
  return window !== null && ourWindows.has(window)
}

export function allOurWindows(): BrowserWindow[] {
  return [...ourWindows].filter((window) => !window.isDestroyed())
}

export function rendererUrl(location: RendererLocation, workshopPath: string | null, view?: 'projector'): string {
  const url = new URL(location.kind === 'file' ? rendererFileUrl(location) : location.url)
  if (workshopPath) url.searchParams.set('open', workshopPath)
  if (view) url.searchParams.set('view', view) // the page shows the projector view (src/renderer/src/present)
  return url.toString()
}

/** Where and how a window opens; the projector window (projectorWindow.ts) uses it, the app window does not. */
export interface WindowPlacement {
  x?: number
  y?: number
  width?: number
  height?: number
  fullscreen?: boolean
  title?: string
  view?: 'projector'
}

/** Loads (or reloads) our page in `window`, showing `workshopPath` if given. */
export function showRenderer(
  window: BrowserWindow,
  location: RendererLocation,
  workshopPath: string | null,
  view?: 'projector',
): void {
  void window.loadURL(rendererUrl(location, workshopPath, view))
}

export function createAppWindow(
  location: RendererLocation,
  preloadPath: string,
  workshopPath: string | null,
  placement: WindowPlacement = {},
): BrowserWindow {
  const window = makeWindow(preloadPath, {
    width: placement.width ?? 1280,
    height: placement.height ?? 800,
    x: placement.x,
    y: placement.y,
    fullscreen: placement.fullscreen ?? false,
    minWidth: 800,
    minHeight: 560,
    title: placement.title ?? 'Handlekraft',
  })
  ourWindows.add(window)
  window.on('closed', () => ourWindows.delete(window))
  window.once('ready-to-show', () => window.show())
  showRenderer(window, location, workshopPath, placement.view)
  return window
}

/**
 * A window that is never shown, for printing the report (printReport.ts). It is not one of "our windows":
 * its page is report.html, not the app, so the IPC sender check refuses any API call from it.
 */
export function createHiddenReportWindow(location: RendererLocation, preloadPath: string): BrowserWindow {
  const window = makeWindow(preloadPath, { width: 1200, height: 1600 })
  void window.loadURL(reportPageUrl(location))
  return window
}

/**
 * The one place a BrowserWindow is made, always with the same sandboxed webPreferences. They are written out as a
 * literal object here (not built by a helper) so scanners such as electronegativity can read and confirm them;
 * a change here is a security change (pinned by __tests__/window.test.ts).
 */
function makeWindow(preloadPath: string, options: Omit<BrowserWindowConstructorOptions, 'webPreferences' | 'show'>) {
  const window = new BrowserWindow({
    ...options,
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // A middle click (auxclick) on a link would ask for a new window; new windows are denied anyway (security.ts).
      disableBlinkFeatures: 'Auxclick',
      preload: preloadPath,
    },
  })
  return window
}
