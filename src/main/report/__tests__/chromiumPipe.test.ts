// The piped Chromium of the report printer: where its throwaway profile goes, that close() removes it, and that
// a browser that cannot start fails every waiting command instead of hanging.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../host/findChromium'
import { ChromiumGone, launchChromiumPipe, profileParent } from '../chromiumPipe'

const chromium = findChromium(process.env) ?? findChromium({ PATH: '/usr/bin' })

describe('the throwaway profile', () => {
  it('goes to a folder in memory on Linux when there is one, else to the temporary folder', () => {
    const ram = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-ram-'))
    try {
      expect(profileParent('linux', ram)).toBe(ram)
      expect(profileParent('linux', path.join(ram, 'missing'))).toBe(os.tmpdir())
      expect(profileParent('darwin', ram)).toBe(os.tmpdir())
      expect(profileParent('win32', ram)).toBe(os.tmpdir())
    } finally {
      fs.rmSync(ram, { recursive: true, force: true })
    }
  })
})

describe('a piped Chromium', () => {
  it('that cannot start rejects what waits for it, and still removes its profile', async () => {
    const browser = launchChromiumPipe('/bin/false')
    await expect(browser.ready).rejects.toBeInstanceOf(ChromiumGone)
    await expect(browser.send('Browser.getVersion')).rejects.toBeInstanceOf(ChromiumGone)
    await browser.close()
    expect(fs.existsSync(browser.profile)).toBe(false)
  })

  it.skipIf(chromium === null)(
    'answers over the pipe, then closes and leaves no profile behind',
    async () => {
      const browser = launchChromiumPipe(chromium!)
      await browser.ready
      expect(fs.existsSync(browser.profile)).toBe(true)
      const version = await browser.send<{ product: string }>('Browser.getVersion')
      expect(version.product).toMatch(/Chrome\//)
      await browser.close()
      expect(fs.existsSync(browser.profile)).toBe(false)
    },
    60_000,
  )
})
