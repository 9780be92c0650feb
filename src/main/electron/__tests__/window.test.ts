// The settings every window gets, read from what window.ts really passes to BrowserWindow (Electron itself is
// replaced by a recorder: its binary cannot run on the build machines).
import { describe, expect, it, vi } from 'vitest'

const made = vi.hoisted(() => [] as { webPreferences?: Record<string, unknown>; show?: boolean }[])

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      made.push(options)
    }
    loadURL() {
      return Promise.resolve()
    }
    on() {}
    once() {}
  },
}))

const { createAppWindow, createHiddenReportWindow } = await import('../window')

describe('every window', () => {
  it('isolates and sandboxes the page, with Node off, web security on and middle-click windows off', () => {
    const location = { kind: 'file', indexPath: '/opt/handlekraft/out/renderer/index.html' } as const
    createAppWindow(location, '/x/preload/index.js', null)
    createHiddenReportWindow(location, '/x/preload/index.js')
    expect(made).toHaveLength(2)
    for (const options of made) {
      expect(options.show).toBe(false)
      expect(options.webPreferences).toEqual({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        disableBlinkFeatures: 'Auxclick',
        preload: '/x/preload/index.js',
      })
    }
  })
})
