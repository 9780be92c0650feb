// Shared steps of the projector specs (issue 10, helper "projector"): a new Danish workshop, and the projector
// window opened from the presenter controls. Screenshots go to /tmp/projector-shots (outside git).
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, type Shell } from './fixtures'

export const PROJECTOR_SHOTS = '/tmp/projector-shots'

export async function projectorShot(page: Page, name: string): Promise<void> {
  mkdirSync(PROJECTOR_SHOTS, { recursive: true })
  await page.screenshot({ path: join(PROJECTOR_SHOTS, `${name}.png`) })
}

/** A new workshop made through the Danish dialog. */
export async function nyWorkshop(page: Page, shell: Shell, title: string, template = 'strengths-map'): Promise<void> {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill(title)
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption(template)
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Tavle' })).toHaveAttribute('data-scale', /\d/)
}

/** Presents and opens the projector window from the Projektor menu; the window is 1280x720. */
export async function openProjector(page: Page): Promise<Page> {
  await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Stop præsentation' })).toBeVisible()
  const menu = page.getByRole('button', { name: 'Projektor', exact: true })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  const popup = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Åbn projektorvindue' }).click()
  const projector = await popup
  await projector.setViewportSize({ width: 1280, height: 720 })
  await expect(projector.locator('.projector')).toHaveAttribute('data-presenting', 'true')
  return projector
}

export const tavle = (page: Page) => page.getByRole('region', { name: 'Tavle' })

/** Where the centre of a board item is on the page now (from the board's published view). */
export async function midtAf(page: Page, item: { x: number; y: number; width: number; height: number }) {
  const element = tavle(page)
  const box = (await element.boundingBox())!
  const [scale, x, y] = await Promise.all(
    ['data-scale', 'data-x', 'data-y'].map(async (a) => Number(await element.getAttribute(a))),
  )
  return { x: box.x + x! + (item.x + item.width / 2) * scale!, y: box.y + y! + (item.y + item.height / 2) * scale! }
}
