// The Electron app itself. It runs only where the Electron binary is installed (checked from files, the
// same way `npm start` does); elsewhere it is skipped with the reason, never reported as passed.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron } from 'playwright-core'
import { electronMainEntry, findElectronBinary } from '../src/main/shellPaths'
import { expect, test } from '@playwright/test'
import { ROOT } from './fixtures'

const electron = findElectronBinary(ROOT)

test('the Electron app opens its start screen in a sandboxed window', async () => {
  if (!electron.found) {
    const reason = `Electron is not installed on this machine (${electron.reason}): the Electron shell was NOT run`
    // The list reporter does not show skip reasons; say it on the test's output too.
    console.log(`SKIPPED: ${reason}`)
    test.skip(true, reason)
    return
  }
  const base = mkdtempSync(join(tmpdir(), 'hk-electron-e2e-'))
  const app = await _electron.launch({
    executablePath: electron.path,
    args: [electronMainEntry(ROOT)],
    env: { ...process.env, HANDLEKRAFT_HOME: join(base, 'home'), HANDLEKRAFT_WORKSHOPS: join(base, 'workshops') },
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('button', { name: /New workshop|Ny workshop/ })).toBeVisible()
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await window.evaluate('typeof window.handlekraft')).toBe('object')
    const info = await window.evaluate("window.handlekraft['app.info']({})")
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', nativeDialogs: true } })
  } finally {
    await app.close()
  }
})
