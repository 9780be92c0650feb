// The projector window (issue 6, Present): full screen on the external display when there is one (the
// display that is not the primary one, as a laptop plugged into a projector shows it), else an ordinary
// second window. One projector window at a time; asking again shows it and points it at the workshop.
// Its page is our renderer with `?view=projector`; main knows the window's role from here, so it filters
// what that window receives (ipc.ts) without trusting the page to say who it is.
import { screen, type BrowserWindow, type Display } from 'electron'
import type { RendererLocation } from './rendererLocation'
import { createAppWindow, showRenderer } from './window'

let projector: BrowserWindow | null = null

export function isProjectorWindow(window: BrowserWindow | null): boolean {
  return window !== null && projector !== null && window === projector && !window.isDestroyed()
}

/** The display for the room: any display other than the primary one; null when the laptop is alone. */
export function externalDisplay(displays: readonly Display[], primary: Display): Display | null {
  return displays.find((display) => display.id !== primary.id) ?? null
}

export function openProjectorWindow(location: RendererLocation, preloadPath: string, workshopPath: string): boolean {
  if (projector && !projector.isDestroyed()) {
    showRenderer(projector, location, workshopPath, 'projector')
    projector.show()
    return true
  }
  const external = externalDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay())
  const bounds = external?.bounds
  const window = createAppWindow(location, preloadPath, workshopPath, {
    view: 'projector',
    title: 'Handlekraft — projector',
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, fullscreen: true } : {}),
  })
  projector = window
  // Closing it loses nothing: everything it shows lives in the workshop file and the facilitator's window.
  window.on('closed', () => {
    if (projector === window) projector = null
  })
  return true
}
