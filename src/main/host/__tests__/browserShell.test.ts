// startBrowserShell with the real Api: one line on stdout, the workshop path handed to the page, a refusal
// reported as a notice, and close() releasing everything.
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBrowserShell, type BrowserShell } from '../browserShell'
import { fakeRenderer, send } from './helpers'

let shell: BrowserShell | null = null
afterEach(async () => {
  await shell?.close()
  shell = null
})

function folders() {
  const base = mkdtempSync(join(tmpdir(), 'hk-shell-test-'))
  return { HANDLEKRAFT_HOME: join(base, 'home'), HANDLEKRAFT_WORKSHOPS: join(base, 'workshops'), LANG: 'da_DK.UTF-8' }
}

/** A shell on a free port that opens no window and serves a fake renderer; collects what it warns. */
async function quietShell(options: Partial<Parameters<typeof startBrowserShell>[0]> = {}) {
  const warned: string[] = []
  const started = await startBrowserShell({
    port: 0,
    open: false,
    env: folders(),
    rendererDir: fakeRenderer(),
    say: () => {},
    warn: (line) => warned.push(line),
    ...options,
  })
  return { started, warned }
}

/** A workshop made by an earlier launch in the same folders (closed again); answers its path. */
async function workshopFromEarlierLaunch(env: ReturnType<typeof folders>): Promise<string> {
  const { started } = await quietShell({ env })
  const created = await started.api.call('workshop.create', { title: 'Kick-off', language: 'da' })
  await started.close()
  if (!created.ok) throw new Error(created.error.code)
  return (created.value as { path: string }).path
}

describe('startBrowserShell', () => {
  it('says exactly one line, the address with a one-time code (not the token), and serves the Api behind it', async () => {
    const said: string[] = []
    const { started, warned } = await quietShell({ say: (line) => said.push(line) })
    shell = started
    expect(said).toEqual([`Handlekraft running at ${shell.url}`])
    expect(warned).toEqual([])
    expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43}$/)
    expect(shell.url).not.toContain(shell.token)
    const url = new URL(shell.url)
    const entry = await send(Number(url.port), { path: `/?${url.searchParams}` })
    expect(entry.status).toBe(200)
    const cookie = String(entry.headers['set-cookie']).split(';')[0]!
    const res = await send(Number(url.port), {
      path: '/api/app.info',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', cookie },
    })
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      value: { shell: 'browser', locale: 'da-DK', nativeDialogs: false },
    })
  })

  it('opens a given workshop first and names it in the address', async () => {
    const env = folders()
    const path = await workshopFromEarlierLaunch(env)
    const { started, warned } = await quietShell({ env, workshopPath: path })
    shell = started
    expect(new URL(shell.url).searchParams.get('open')).toBe(path)
    expect(warned).toEqual([])
    // The page's own workshop.open gets the handle the shell already holds.
    const opened = await shell.api.call('workshop.open', { path })
    expect(opened.ok).toBe(true)
  })

  it('reports a workshop it cannot open, and still starts', async () => {
    const { started, warned } = await quietShell({ workshopPath: '/nonexistent/x.handlekraft' })
    shell = started
    expect(warned).toEqual([expect.stringContaining('Could not open /nonexistent/x.handlekraft: not-found')])
    expect(shell.url).toContain('&open=%2Fnonexistent%2Fx.handlekraft')
  })

  it('stops serving after close()', async () => {
    shell = (await quietShell()).started
    const port = Number(new URL(shell.url).port)
    await shell.close()
    shell = null
    await expect(send(port, { path: '/' })).rejects.toThrow()
  })
})

describe('the token file (--token-file) for scripts', () => {
  it('holds the session token in a new file only this user can read, and is removed on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hk-token-file-'))
    const tokenFile = join(dir, 'session.token')
    shell = (await quietShell({ tokenFile })).started
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600)
    const token = readFileSync(tokenFile, 'utf8').trim()
    expect(token).toBe(shell.token)
    const res = await send(Number(new URL(shell.url).port), {
      path: '/api/app.info',
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', 'x-handlekraft-token': token },
    })
    expect(res.status).toBe(200)
    await shell.close()
    shell = null
    expect(existsSync(tokenFile)).toBe(false)
  })

  it('refuses a path that already exists or is a symlink another user could have planted, and starts nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hk-token-file-'))
    const planted = join(dir, 'planted')
    writeFileSync(planted, 'theirs')
    const link = join(dir, 'link')
    symlinkSync(join(dir, 'target-of-link'), link)
    for (const tokenFile of [planted, link]) {
      await expect(quietShell({ tokenFile })).rejects.toThrow(/cannot write the token file/)
    }
    expect(readFileSync(planted, 'utf8')).toBe('theirs')
    expect(existsSync(join(dir, 'target-of-link'))).toBe(false)
  })
})

describe('a workshop path on the command line', () => {
  it('is resolved against the folder the user started npm in (INIT_CWD), not the app folder npm runs in', async () => {
    const env = folders()
    const path = await workshopFromEarlierLaunch(env)
    const { started, warned } = await quietShell({
      env: { ...env, INIT_CWD: dirname(path) },
      workshopPath: basename(path),
    })
    shell = started
    expect(warned).toEqual([])
    expect(new URL(shell.url).searchParams.get('open')).toBe(path)
  })
})
