// Nothing typed on the board is lost (issue 10, the evening): while a note's text field is open, edits from
// elsewhere (another window, the room's phones, the API) arrive as patches and re-render the board; the field keeps
// what is being typed. Escape, Ctrl+Enter and a click outside all end editing and save; plain Enter is a new line
// in a note and ends editing in a one-line field (a theme's name). Opening another note starts with its text.
import type { Page } from '@playwright/test'
import { expect, test, type Shell } from './fixtures'
import { board, centreOf, newWorkshop, noteButton, notesByText, notesList, readWorkshop } from './boardSupport'

/** Runs one command through the API as if from another window: main broadcasts its patch to this page too. */
async function applyElsewhere(page: Page, shell: Shell, command: { name: string; args: unknown }): Promise<void> {
  await page.evaluate(
    async ({ token, command }) => {
      const call = async (method: string, input: unknown) => {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Handlekraft-Token': token },
          body: JSON.stringify(input),
        })
        const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown }
        if (!result.ok) throw new Error(JSON.stringify(result.error))
        return result.value as { path: string; workshopId: string }[]
      }
      const [recent] = await call('workshop.recent', {})
      const snapshot = (await call('workshop.open', { path: recent!.path })) as unknown as { workshopId: string }
      await call('workshop.apply', { workshopId: snapshot.workshopId, command })
    },
    { token: shell.token, command },
  )
}

const noteField = (page: Page) => page.getByRole('textbox', { name: 'Note text' })
const NOTE = { width: 180, height: 120 }

test('typing in a note survives patches from elsewhere; Escape, Ctrl+Enter and blur save; another note starts with its text', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Skrivning')
  await applyElsewhere(page, shell, {
    name: 'addItems',
    args: {
      notes: [
        { id: 'hal', text: 'Forsamlingshuset', x: 0, y: 0 },
        { id: 'skov', text: 'Skoven bag skolen', x: 300, y: 0 },
      ],
    },
  })
  await expect(notesList(page).getByRole('button')).toHaveCount(2)
  const field = noteField(page)

  // 1. Editing an existing note: another window adds a note and recolours this very note mid-sentence.
  await noteButton(page, 'Forsamlingshuset').focus()
  await page.keyboard.press('Enter')
  await expect(field).toHaveValue('Forsamlingshuset')
  await page.keyboard.press('End')
  await page.keyboard.type(' med scene')
  await applyElsewhere(page, shell, { name: 'addItems', args: { notes: [{ id: 'havn', text: 'Havnen', x: 600, y: 0 }] } })
  await expect(noteButton(page, 'Havnen')).toHaveCount(1)
  await applyElsewhere(page, shell, { name: 'updateNotes', args: { notes: [{ id: 'hal', color: '#d3f2c4' }] } })
  await expect.poll(async () => (await readWorkshop(page, shell)).doc.note.hal?.color).toBe('#d3f2c4')
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('Forsamlingshuset med scene')
  await page.keyboard.type(' og køkken')
  await expect(field).toHaveValue('Forsamlingshuset med scene og køkken')
  // Escape ends editing and keeps the text (it does not cancel).
  await page.keyboard.press('Escape')
  await expect(field).toHaveCount(0)
  await expect(noteButton(page, 'Forsamlingshuset med scene og køkken')).toHaveCount(1)
  expect((await notesByText(page, shell))['Forsamlingshuset med scene og køkken']?.id).toBe('hal')

  // 2. A new note (it exists only in the field until editing ends): a patch arrives, then Ctrl+Enter saves it;
  // plain Enter was a new line.
  await board(page).focus()
  await page.keyboard.press('n')
  await expect(field).toBeFocused()
  await expect(field).toHaveValue('')
  await page.keyboard.type('Loppemarked')
  await applyElsewhere(page, shell, { name: 'addItems', args: { notes: [{ id: 'kirke', text: 'Kirken', x: 900, y: 0 }] } })
  await expect(noteButton(page, 'Kirken')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await page.keyboard.type('hver sommer')
  await expect(field).toHaveValue('Loppemarked\nhver sommer')
  await page.keyboard.press('Control+Enter')
  await expect(field).toHaveCount(0)
  await expect.poll(async () => Object.keys(await notesByText(page, shell))).toContain('Loppemarked\nhver sommer')

  // 3. A click outside (blur) saves; then double-clicking another note opens it with that note's own text,
  // not what was typed in the first one.
  const notes = await notesByText(page, shell)
  await noteButton(page, 'Skoven bag skolen').focus()
  await page.keyboard.press('Enter')
  await expect(field).toHaveValue('Skoven bag skolen')
  await page.keyboard.press('End')
  await page.keyboard.type(' og søen')
  const havn = await centreOf(page, { ...notes.Havnen!, ...NOTE })
  await page.mouse.dblclick(havn.x, havn.y)
  await expect(field).toHaveValue('Havnen')
  await expect(field).toBeFocused()
  await expect(noteButton(page, 'Skoven bag skolen og søen')).toHaveCount(1)
  await page.keyboard.press('End')
  await page.keyboard.type(' i solnedgang')
  const box = (await board(page).boundingBox())!
  await page.mouse.click(box.x + box.width - 40, box.y + box.height - 40)
  await expect(field).toHaveCount(0)
  await expect(noteButton(page, 'Havnen i solnedgang')).toHaveCount(1)
  const saved = await notesByText(page, shell)
  expect(saved['Havnen i solnedgang']?.id).toBe('havn')
  expect(saved['Skoven bag skolen og søen']?.id).toBe('skov')
})
