// Helpers for the board specs: make a workshop through the UI, read the document through the same API
// the UI uses (as the page, with its token), and map board coordinates to the screen through the view
// the board publishes on its element (data-scale/x/y).
import type { Locator, Page } from '@playwright/test'
import { expect, type Shell } from './fixtures'

export async function newWorkshop(page: Page, shell: Shell, title: string, template = 'blank'): Promise<void> {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'New workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title)
  await dialog.getByRole('combobox', { name: 'Template' }).selectOption(template)
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(board(page)).toHaveAttribute('data-scale', /\d/)
}

export const board = (page: Page) => page.getByRole('region', { name: 'Board' })
export const notesList = (page: Page) => page.getByRole('list', { name: 'Notes', exact: true })
export const areasList = (page: Page) => page.getByRole('list', { name: 'Areas', exact: true })
export const linesList = (page: Page) => page.getByRole('list', { name: 'Lines', exact: true })
export const tools = (page: Page) => page.getByRole('toolbar', { name: 'Board tools' })
export const noteButton = (page: Page, text: string) =>
  notesList(page).getByRole('button', { name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })

export interface DocNote {
  id: string
  text: string
  x: number
  y: number
  width: number
  height: number
  kind: string
  categoryId: string | null
  color: string
}
export interface BoardDoc {
  note: Record<string, DocNote>
  zone: Record<
    string,
    { id: string; title: string; x: number; y: number; width: number; height: number; categoryId: string | null }
  >
  connector: Record<string, { id: string; fromId: string; toId: string; label: string }>
}

/** The open workshop's document and history flags, as main holds them now. */
export async function readWorkshop(
  page: Page,
  shell: Shell,
): Promise<{ doc: BoardDoc; canUndo: boolean; path: string }> {
  return page.evaluate(async (token) => {
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Handlekraft-Token': token },
        body: JSON.stringify(input),
      })
      const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
      if (!result.ok) throw new Error(JSON.stringify(result.error))
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shapes are checked by the assertions
      return result.value as any
    }
    const recent = await call('workshop.recent', {})
    const snapshot = await call('workshop.open', { path: recent[0].path })
    return { doc: snapshot.doc, canUndo: snapshot.canUndo, path: snapshot.path }
  }, shell.token)
}

export async function notesByText(page: Page, shell: Shell): Promise<Record<string, DocNote>> {
  const { doc } = await readWorkshop(page, shell)
  return Object.fromEntries(Object.values(doc.note).map((note) => [note.text, note]))
}

/** Where a board point is on the page now. */
export async function toScreen(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const element = board(page)
  const box = (await element.boundingBox())!
  const [scale, x, y] = await Promise.all(
    ['data-scale', 'data-x', 'data-y'].map(async (a) => Number(await element.getAttribute(a))),
  )
  return { x: box.x + x! + point.x * scale!, y: box.y + y! + point.y * scale! }
}

export async function centreOf(page: Page, item: { x: number; y: number; width: number; height: number }) {
  return toScreen(page, { x: item.x + item.width / 2, y: item.y + item.height / 2 })
}

export async function dragFromTo(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  modifiers: string[] = [],
) {
  for (const key of modifiers) await page.keyboard.down(key)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 })
  await page.mouse.move(to.x, to.y, { steps: 4 })
  await page.mouse.up()
  for (const key of modifiers) await page.keyboard.up(key)
}

/** A new note by double-clicking the board at a screen point and typing; editing ends with Escape. */
export async function writeNoteAt(page: Page, at: { x: number; y: number }, text: string): Promise<void> {
  await page.mouse.dblclick(at.x, at.y)
  const field = page.getByRole('textbox', { name: 'Note text' })
  await expect(field).toBeFocused()
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await expect(noteButton(page, text)).toHaveCount(1)
}

/** What a drawing of the board put on its canvas, as it publishes it (data-drawn on the board, projector, report). */
export interface Drawn {
  zones: string[]
  themes: string[]
  projects: string[]
  notes: number
}
export const drawnOn = async (element: Locator): Promise<Drawn> =>
  JSON.parse((await element.getAttribute('data-drawn')) ?? '{"zones":[],"themes":[],"projects":[],"notes":0}')
