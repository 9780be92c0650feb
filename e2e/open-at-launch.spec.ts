// `npm start -- path/to/file.handlekraft`: the app starts with that workshop on screen.
import { expect, snap, startShell, test } from './fixtures'

test('a workshop path given to start.ts is shown when the page opens', async ({ page }, testInfo) => {
  const title = 'Dag 50 i Vesterby'
  // First launch: make the file through the API, as the UI would.
  const first = await startShell({ locale: 'en-GB' })
  let path: string
  try {
    const created = await page.request.post(`${first.shell.origin}/api/workshop.create`, {
      data: { title, language: 'en' },
      headers: { 'X-Handlekraft-Token': first.shell.token },
    })
    const body = (await created.json()) as { ok: boolean; value: { path: string } }
    expect(body.ok).toBe(true)
    path = body.value.path
  } finally {
    expect(await first.shell.stop()).toBe(0)
  }

  // Second launch with the path: the page opens it by itself, and the address no longer shows it.
  const second = await startShell({ locale: 'en-GB', args: [path], baseDir: first.baseDir })
  try {
    expect(second.shell.url).toContain(`&open=${encodeURIComponent(path)}`)
    await page.goto(second.shell.url)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(page.url()).not.toContain('open=')
    expect(page.url()).not.toContain('token=')
    expect(page.url()).not.toContain('code=')
    await snap(page, testInfo, 'opened')
    expect(second.shell.output().stderr).not.toContain('Could not open')
  } finally {
    expect(await second.shell.stop()).toBe(0)
    second.cleanup()
  }
})

test('a path that is not a workshop is reported in the terminal and on the page', async ({ page }, testInfo) => {
  const started = await startShell({ locale: 'en-GB', args: ['/nonexistent/folder/missing.handlekraft'] })
  try {
    expect(started.shell.output().stderr).toContain('Could not open /nonexistent/folder/missing.handlekraft: not-found')
    await page.goto(started.shell.url)
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
    await snap(page, testInfo, 'refused')
  } finally {
    expect(await started.shell.stop()).toBe(0)
    started.cleanup()
  }
})
