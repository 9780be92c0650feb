// The workshop screen's folded controls (issue 10): the board tools' More panel and the top bar's File menu.
// Each helper unfolds the panel when it is folded and returns the control inside it.
import type { Locator, Page } from '@playwright/test'

type Name = string | RegExp

async function unfold(button: Locator): Promise<void> {
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
}

/** A board tool in the More panel (`Mere` in Danish); the panel folds away again after a button is pressed. */
export async function moreTool(page: Page, name: Name, options: { exact?: boolean; more?: string } = {}) {
  const toolbar = page.getByRole('toolbar', { name: options.more === 'Mere' ? 'Værktøjer til tavlen' : 'Board tools' })
  await unfold(toolbar.getByRole('button', { name: options.more ?? 'More', exact: true }))
  return toolbar.getByRole('button', { name, exact: options.exact ?? false })
}

/** The top bar's File menu (`Fil` in Danish), unfolded: Save a copy…, Export report…, Export JSON…/CSV…. */
export async function fileMenu(page: Page, file = 'File'): Promise<Locator> {
  const button = page.getByRole('banner').getByRole('button', { name: file, exact: true })
  await unfold(button)
  return page.getByRole('group', { name: file === 'Fil' ? /^Fil:/ : /^File:/ })
}

/** A picker for the selected notes (Kind, Category, Colour) in the board tools' Note panel (`Seddel`). */
export async function notePicker(page: Page, name: string, options: { note?: string } = {}) {
  const danish = options.note === 'Seddel'
  const toolbar = page.getByRole('toolbar', { name: danish ? 'Værktøjer til tavlen' : 'Board tools' })
  await unfold(toolbar.getByRole('button', { name: options.note ?? 'Note', exact: true }))
  return toolbar.getByRole('combobox', { name, exact: true })
}
