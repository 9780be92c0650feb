// Helpers for the Method panel specs: the panel, its tabs, and typing many notes through Quick add.
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export const methodPanel = (page: Page) => page.getByRole('complementary', { name: 'Method' })

export async function openTab(page: Page, name: 'Setup' | 'Agenda & timer' | 'Themes' | 'Voting' | 'Projects') {
  const tab = methodPanel(page).getByRole('tab', { name, exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
}

export async function addParticipants(page: Page, count: number, role: string, name = '') {
  const form = methodPanel(page).getByRole('form', { name: 'Add participants' })
  await form.getByRole('spinbutton', { name: 'How many' }).fill(String(count))
  await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: role })
  if (name) await form.getByRole('textbox', { name: 'Name (optional)' }).fill(name)
  await form.getByRole('button', { name: 'Add participants' }).click()
}

export async function quickAdd(page: Page, lines: string[], kind: 'Strength' | 'Idea', category?: string) {
  const form = methodPanel(page).getByRole('form', { name: 'Quick add notes' })
  await form.getByRole('combobox', { name: 'Kind of the notes' }).selectOption({ label: kind })
  if (category) await form.getByRole('combobox', { name: 'Category of the notes' }).selectOption({ label: category })
  await form.getByRole('textbox', { name: 'Notes, one per line' }).fill(lines.join('\n'))
  await form.getByRole('button', { name: 'Add notes' }).click()
  await expect(form.getByRole('status')).toHaveText(`${lines.length} notes added.`)
}

/**
 * Opens the Danish demo workshop (the start page's own button) at the current viewport with the Method panel
 * (Metode) unfolded beside the board; returns the panel.
 */
export async function openDemoWithMethodPanel(page: Page, url: string) {
  await page.goto(url)
  await page.getByRole('button', { name: 'Åbn demo-workshop' }).click()
  const method = page.getByRole('button', { name: 'Metode', exact: true })
  await expect(method).toBeVisible()
  if ((await method.getAttribute('aria-expanded')) !== 'true') await method.click()
  const panel = page.getByRole('complementary', { name: 'Metode' })
  await expect(panel).toBeVisible()
  return panel
}
