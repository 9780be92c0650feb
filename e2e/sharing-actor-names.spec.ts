// Issue 15: who is who stays readable when the whole symbiosis map is shown. At "Show everything" on the
// Kalundborg demo at 1280x720 (about 23 %) an actor card's own name would be ~5 px tall; the board draws each
// name in a pill at least as tall as zone titles (13 px on screen) instead, the laptop's board and the
// projector's alike. Read from what each drawing says it wrote (data-drawn's `actorNames`: names drawn whole
// and readable) and from the pixels (the pills' white over the cards).
import type { Page } from '@playwright/test'
import { board } from './boardSupport'
import { expect, snap, test } from './fixtures'
import { drawnOn, openKalundborgDemo } from './sharingSupport'

test.use({ viewport: { width: 1280, height: 720 } })

const scaleOf = async (page: Page) => Number(await board(page).getAttribute('data-scale'))

test('actor names are drawn readable at Show everything, on the laptop and the projector', async ({ page, shell }, testInfo) => {
  test.setTimeout(180_000)
  await openKalundborgDemo(page, shell)
  await page.getByRole('button', { name: 'Show everything' }).click()
  await expect.poll(() => scaleOf(page), { message: 'zoomed out far: a card name would be under 6 px' }).toBeLessThan(0.27)

  const drawn = await drawnOn(board(page))
  const inView = (drawn.actors ?? []).length
  expect(inView, 'the demo has at least 15 actors, all in view').toBeGreaterThanOrEqual(15)
  await expect
    .poll(async () => ((await drawnOn(board(page))) as { actorNames?: string[] }).actorNames?.length ?? 0, {
      message: 'every actor in view has its name drawn whole',
    })
    .toBe(inView)
  const names = ((await drawnOn(board(page))) as { actorNames?: string[] }).actorNames!
  for (const name of ['Biblioteket i Kalundborg', 'Kalundborg Kommune, Teknik og Miljø', 'Erhvervsskolen, procesoperatør'])
    expect(names).toContain(name)
  await snap(page, testInfo, 'actor names at show everything')

  // The projector, following that view, names them too.
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  const menu = page.getByRole('button', { name: 'Projector', exact: true })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Open projector window' }).click()
  const projector = await popup
  await projector.setViewportSize({ width: 1280, height: 720 })
  const room = projector.getByRole('img', { name: 'Tavlen, som salen ser den' }) // the demo is a Danish workshop
  await expect(room).toHaveAttribute('data-moving', 'false')
  await expect
    .poll(async () => ((await drawnOn(room)) as { actorNames?: string[] }).actorNames?.length ?? 0)
    .toBeGreaterThanOrEqual(15)
  await snap(projector, testInfo, 'projector actor names at show everything')
})
