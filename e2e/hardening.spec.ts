// The browser shell as an attacker would probe it: no Node in the page, a CSP that blocks injected
// scripts, an HttpOnly token cookie, and nothing served without the token.
import { request as playwrightRequest } from '@playwright/test'
import { expect, snap, test } from './fixtures'

test('the page has no Node, runs under the CSP, and keeps the token out of reach', async ({
  page,
  shell,
}, testInfo) => {
  const response = await page.goto(shell.url)
  expect(response?.status()).toBe(200)
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()

  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
  // HttpOnly: page scripts cannot read the token cookie. (Page code is given as text: this file is
  // type-checked without the DOM library.)
  expect(await page.evaluate('document.cookie')).not.toContain('hk_token')
  // Nor does the page keep the token anywhere else (it never receives it).
  expect(await page.evaluate('JSON.stringify(sessionStorage) + JSON.stringify(localStorage)')).not.toContain(
    shell.token,
  )
  // An injected inline script is refused by the CSP.
  const ran = await page.evaluate(`(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.body.append(script)
    await new Promise((resolve) => setTimeout(resolve, 100))
    return window.__injected === true
  })()`)
  expect(ran).toBe(false)
  await snap(page, testInfo, 'start')
})

test('the page keeps an event socket open to /events', async ({ page, shell }) => {
  const socket = page.waitForEvent('websocket', (ws) => new URL(ws.url()).pathname === '/events')
  await page.goto(shell.url)
  const ws = await socket
  expect(new URL(ws.url()).origin.replace(/^ws/, 'http')).toBe(shell.origin)
  // Refused upgrades close at once; an accepted one stays open.
  await page.waitForTimeout(500)
  expect(ws.isClosed()).toBe(false)
})

test('requests without the token get 401, with the token they work', async ({ shell }) => {
  // A fresh client: no cookie from the entry page.
  const stranger = await playwrightRequest.newContext()
  try {
    const page = await stranger.get(`${shell.origin}/`)
    expect(page.status()).toBe(401)
    const wrong = await stranger.get(`${shell.origin}/?code=not-a-code`)
    expect(wrong.status()).toBe(401)
    // The session token is never accepted in an address.
    for (const key of ['token', 'code']) {
      expect((await stranger.get(`${shell.origin}/?${key}=${shell.token}`)).status()).toBe(401)
    }
    const call = await stranger.post(`${shell.origin}/api/app.info`, { data: {} })
    expect(call.status()).toBe(401)
    expect(await call.json()).toEqual({ ok: false, error: { code: 'unauthorized', params: {} } })

    const allowed = await stranger.post(`${shell.origin}/api/app.info`, {
      data: {},
      headers: { 'X-Handlekraft-Token': shell.token },
    })
    expect(allowed.status()).toBe(200)
    expect(await allowed.json()).toMatchObject({ ok: true, value: { shell: 'browser', nativeDialogs: false } })
  } finally {
    await stranger.dispose()
  }
})

test('the shell prints exactly one line on stdout: the address with a one-time code, never the token', async ({
  shell,
}) => {
  expect(shell.output().stdout).toBe(`Handlekraft running at ${shell.url}\n`)
  expect(shell.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{43}$/)
  expect(shell.url).not.toContain(shell.token)
})

test('the printed address works once: a second browser with it is turned away, the first keeps its page', async ({
  browser,
  page,
  shell,
}) => {
  await page.goto(shell.url)
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  // The code is gone from the address bar; a reload runs on the session cookie.
  expect(page.url()).not.toContain('code=')
  await page.reload()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()

  const other = await browser.newContext()
  try {
    const second = await other.newPage()
    const response = await second.goto(shell.url)
    expect(response?.status()).toBe(401)
    await expect(second.getByText('already been used or has expired')).toBeVisible()
    const call = await other.request.post(`${shell.origin}/api/workshop.recent`, { data: {} })
    expect(call.status()).toBe(401)
  } finally {
    await other.close()
  }
})
