// The app window: always the same sandboxed settings (webPreferences.ts), loading our renderer, optionally
// told which workshop to show via `?open=<path>` (the same convention the browser shell uses).
import { BrowserWindow } from 'electron'
import { rendererFileUrl, type RendererLocation } from './rendererLocation'
import { webPreferencesFor } from './webPreferences'

export { webPreferencesFor }

const ourWindows = new Set<BrowserWindow>()

export function isOurWindow(window: BrowserWindow | null): boolean {
  return window !== null && ourWindows.has(window)
}

export function allOurWindows(): BrowserWindow[] {
  return [...ourWindows].filter((window) => !window.isDestroyed())
}

export function rendererUrl(location: RendererLocation, workshopPath: string | null): string {
  const url = new URL(location.kind === 'file' ? rendererFileUrl(location) : location.url)
  if (workshopPath) url.searchParams.set('open', workshopPath)
  return url.toString()
}

/** Loads (or reloads) our page in `window`, showing `workshopPath` if given. */
export function showRenderer(window: BrowserWindow, location: RendererLocation, workshopPath: string | null): void {
  void window.loadURL(rendererUrl(location, workshopPath))
}

export function createAppWindow(
  location: RendererLocation,
  preloadPath: string,
  workshopPath: string | null,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Handlekraft',
    webPreferences: webPreferencesFor(preloadPath),
  })
  ourWindows.add(window)
  window.on('closed', () => ourWindows.delete(window))
  window.once('ready-to-show', () => window.show())
  showRenderer(window, location, workshopPath)
  return window
}
