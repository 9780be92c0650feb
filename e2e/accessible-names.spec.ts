// Every control has an accessible name (the standard behind e2e/NAMES.md): a facilitator using a screen reader, and
// every test that finds controls by role and name, needs one. This walks each screen of the app as a facilitator
// reaches it — start page, New workshop, the demo workshop with every Method tab and every fold-out panel, the
// export dialog, the projector window, the room with a phone joined, the overview — and asks Chromium's own
// accessibility tree for controls whose computed name is empty. A control added without a name fails here with
// its role, its place and its HTML.
import type { CDPSession, Page } from '@playwright/test'
import { expect, startShell, test } from './fixtures'
import { openProjector } from './projectorSupport'

test.use({ locale: 'da-DK' })

/** Roles a person operates; each must be named. */
const CONTROL_ROLES = new Set([
  'button',
  'checkbox',
  'combobox',
  'link',
  'listbox',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
])

interface AxNode {
  nodeId: string
  ignored: boolean
  role?: { value: string }
  name?: { value: string }
  backendDOMNodeId?: number
}

/** Controls on the page without an accessible name, as "role: <html…>" lines. */
async function unnamedControls(page: Page, cdp: CDPSession): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] }
  const unnamed: string[] = []
  for (const node of nodes) {
    const role = node.role?.value ?? ''
    if (node.ignored || !CONTROL_ROLES.has(role)) continue
    if ((node.name?.value ?? '').trim() !== '') continue
    let html = '?'
    if (node.backendDOMNodeId !== undefined) {
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as {
        object: { objectId?: string }
      }
      if (object.objectId) {
        const result = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: 'function () { return this.outerHTML ? this.outerHTML.slice(0, 160) : String(this) }',
          returnByValue: true,
        })) as { result: { value: string } }
        html = result.result.value
      }
    }
    unnamed.push(`${role}: ${html}`)
  }
  return unnamed
}

/** Checks one screen; collects what is unnamed under the screen's name so one run reports every screen. */
function checker(found: Map<string, string[]>) {
  const sessions = new WeakMap<Page, CDPSession>()
  return async (page: Page, where: string) => {
    let cdp = sessions.get(page)
    if (!cdp) {
      cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('Accessibility.enable')
      sessions.set(page, cdp)
    }
    const unnamed = await unnamedControls(page, cdp)
    if (unnamed.length > 0) found.set(where, unnamed)
  }
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const METHOD_TABS = ['Opsætning', 'Dagsorden og ur', 'Temaer', 'Afstemning', 'Projekter', 'Deling', 'Rummet']

test('every control on every screen has an accessible name (Danish, 1280x720)', async ({ page, browser }) => {
  test.setTimeout(240_000)
  const { shell, cleanup } = await startShell({
    locale: 'da-DK',
    args: ['--room-host', '127.0.0.1', '--room-port', '0'],
  })
  const found = new Map<string, string[]>()
  const check = checker(found)
  try {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.goto(shell.url)
    await expect(page.getByRole('button', { name: 'Ny workshop' })).toBeVisible()
    await check(page, 'start page')

    await page.getByRole('button', { name: 'Ny workshop' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(page, 'New workshop dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: 'Åbn demo-workshop' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const method = page.getByRole('button', { name: 'Metode', exact: true })
    if ((await method.getAttribute('aria-expanded')) !== 'true') await method.click()
    await expect(panel(page)).toBeVisible()
    for (const name of METHOD_TABS) {
      await panel(page).getByRole('tab', { name, exact: true }).click()
      await expect(panel(page).getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
      await check(page, `Method tab ${name}`)
    }

    // The fold-out panels of the top bar and the board tools, one at a time.
    for (const name of ['Fil', 'Mere', 'Seddel']) {
      const button = page.getByRole('button', { name, exact: true })
      await button.click()
      await expect(button).toHaveAttribute('aria-expanded', 'true')
      await check(page, `${name} panel`)
      await page.keyboard.press('Escape')
    }

    // A note open for editing (double-click on its entry in the board's list opens the same editor).
    await page.getByRole('button', { name: 'Søg', exact: true }).click()
    await check(page, 'Find on the board')
    await page.keyboard.press('Escape')

    // The export dialog from the File menu.
    await page.getByRole('button', { name: 'Fil', exact: true }).click()
    await page.getByRole('button', { name: 'Eksportér rapport…' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await check(page, 'Export report dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    // Presenting, the Projector panel and the projector window.
    const projector = await openProjector(page)
    await check(page, 'presenting, Projector panel open')
    await check(projector, 'projector window')

    // The room: open it, a phone joins, the facilitator's Room tab with a waiting note.
    await page.getByRole('button', { name: 'Stop præsentation' }).click()
    if ((await method.getAttribute('aria-expanded')) !== 'true') await method.click()
    await panel(page).getByRole('tab', { name: 'Rummet', exact: true }).click()
    await panel(page).getByRole('button', { name: 'Åbn rummet' }).click()
    const joinLink = await panel(page).getByRole('textbox', { name: 'Adgangslink' }).inputValue()
    await panel(page).getByRole('radio', { name: 'Skrive idéer' }).check()
    const phoneContext = await browser.newContext({
      locale: 'da-DK',
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
    try {
      const phone = await phoneContext.newPage()
      await phone.goto(joinLink)
      await expect(phone.getByRole('heading', { name: 'Hvem er du her i aften?' })).toBeVisible()
      await check(phone, 'phone: join')
      await phone.getByRole('radio', { name: 'Borger' }).tap()
      await phone.getByRole('button', { name: 'Fortsæt' }).tap()
      await expect(phone.getByRole('heading', { name: 'Skriv en idé' })).toBeVisible()
      await phone.getByRole('textbox', { name: 'Din seddel' }).fill('Bænk ved havnen')
      await phone.getByRole('button', { name: 'Send', exact: true }).tap()
      await expect(phone.getByRole('region', { name: 'Dine sedler' })).toContainText('Bænk ved havnen')
      await check(phone, 'phone: writing ideas')
      await expect(panel(page).getByRole('listitem', { name: 'Idé fra Borger' })).toBeVisible()
      await check(page, 'Room tab with a waiting note')
      await panel(page).getByRole('listitem', { name: 'Idé fra Borger' }).getByRole('button', { name: 'Ret' }).click()
      await check(page, 'Room tab editing a note from a phone')
    } finally {
      await phoneContext.close()
    }

    // The overview of workshops (from the start page).
    await page.getByRole('button', { name: 'Luk workshop' }).click()
    await page.getByRole('button', { name: 'Overblik over workshops…' }).click()
    await page.getByRole('textbox', { name: /Mappe eller workshopfiler/ }).fill(shell.workshopsDir)
    await page.getByRole('button', { name: 'Læs workshops' }).click()
    await expect(page.getByRole('table', { name: 'Workshops' })).toBeVisible({ timeout: 60_000 })
    await check(page, 'overview')

    expect(Object.fromEntries(found), 'controls without an accessible name, by screen').toEqual({})
  } finally {
    await shell.stop()
    cleanup()
  }
})
