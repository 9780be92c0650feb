// Issue 12, item 5: a workshop nobody may write (chmod 444: a colleague's file, an archived copy) opens
// read-only. The facilitator sees why, every editing control is locked and says so, the board neither drags
// nor edits, and viewing, presenting and exporting still work; "Gem en kopi" opens an editable copy. The file's
// bytes never change. As root chmod does not stop writes, but the app honours the mode bits itself, so this
// runs the same as root and as an ordinary user.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { dragFromTo, type BoardDoc } from './boardSupport'
import { skærmpunkt, tavle } from './eveningSupport'
import { expect, ROOT, snap, test, type Shell } from './fixtures'
import { fileMenu, moreTool } from './frameSupport'

const REASON = 'Skrivebeskyttet fil: brug “Gem en kopi…” for at redigere.'
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** The document main holds for an open workshop (workshop.open of an open file answers its snapshot). */
async function docOf(page: Page, shell: Shell, path: string): Promise<BoardDoc> {
  const response = await page.request.post(`${shell.origin}/api/workshop.open`, {
    data: { path },
    headers: { 'X-Handlekraft-Token': shell.token },
  })
  const body = (await response.json()) as { ok: boolean; value: { doc: BoardDoc } }
  expect(body.ok).toBe(true)
  return body.value.doc
}

test.use({ locale: 'da-DK' })

test('a read-only workshop can be viewed, presented and exported, not changed; a saved copy edits', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  const folder = join(shell.scratchDir, 'kollega')
  mkdirSync(folder)
  const file = join(folder, 'Kollegaens workshop.handlekraft')
  execFileSync(process.execPath, ['out/main/cli.js', 'demo', file, '--lang', 'da'], { cwd: ROOT })
  chmodSync(file, 0o444)
  const before = sha256(file)

  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Åbn…' }).click()
  await page.getByRole('textbox', { name: 'Sti til workshopfil' }).fill(file)
  await page.getByRole('button', { name: 'Åbn', exact: true }).click()
  const banner = page.getByRole('status').filter({ hasText: 'Skrivebeskyttet: du må ikke ændre denne fil.' })
  await expect(banner).toBeVisible()
  const title = (await page.getByRole('heading', { level: 1 }).textContent())!
  await expect(tavle(page)).toHaveAttribute('data-scale', /\d/)
  await snap(page, testInfo, '1-opened')

  // The board's making and changing tools are locked and say why; the view tools are not.
  const tools = page.getByRole('toolbar', { name: 'Værktøjer til tavlen' })
  for (const name of ['Ny seddel', 'Nyt felt', 'Slet', 'Dupliker', 'Ryd op']) {
    // Duplicate and Tidy up are in the More panel (issue 10): moreTool unfolds it.
    const button = ['Dupliker', 'Ryd op'].includes(name)
      ? await moreTool(page, name, { exact: true, more: 'Mere' })
      : tools.getByRole('button', { name, exact: true })
    await expect(button).toBeDisabled()
    await expect(button).toHaveAccessibleDescription(REASON)
    await expect(button).toHaveAttribute('title', REASON)
  }
  for (const name of ['Høj kontrast', 'Vis roller'])
    await expect(await moreTool(page, name, { exact: true, more: 'Mere' })).toBeEnabled()
  await page.keyboard.press('Escape') // folds the More panel away
  for (const name of ['Vis alt', 'Søg']) {
    await expect(tools.getByRole('button', { name, exact: true })).toBeEnabled()
  }

  // Drag a note with the mouse: it stays where it was.
  const doc = await docOf(page, shell, file)
  // A note in the middle part of what the board shows, so the drag starts and ends on the board.
  const area = (await tavle(page).boundingBox())!
  const onScreen = async (n: BoardDoc['note'][string]) =>
    skærmpunkt(page, { x: n.x + n.width / 2, y: n.y + n.height / 2 })
  let note: BoardDoc['note'][string] | undefined
  let from = { x: 0, y: 0 }
  for (const candidate of Object.values(doc.note)) {
    from = await onScreen(candidate)
    const inMiddle =
      from.x > area.x + 60 &&
      from.x < area.x + area.width / 2 &&
      from.y > area.y + 60 &&
      from.y < area.y + area.height / 2
    if (candidate.text.length > 0 && inMiddle) {
      note = candidate
      break
    }
  }
  if (!note) throw new Error('no note is drawn in the middle of the board')
  await dragFromTo(page, from, { x: from.x + 160, y: from.y + 90 })
  // Double-click it and type: no text field opens, nothing is written.
  await page.mouse.dblclick(from.x, from.y)
  await page.keyboard.type('Ændret tekst')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Sedlens tekst' })).toHaveCount(0)
  // The note is selected (looking is allowed), but Delete and Duplicate stay locked.
  await expect(tools.getByRole('button', { name: 'Slet', exact: true })).toBeDisabled()
  const after = (await docOf(page, shell, file)).note[note.id]!
  expect({ x: after.x, y: after.y, text: after.text }).toEqual({ x: note.x, y: note.y, text: note.text })
  await snap(page, testInfo, '2-after-drag')

  // The Method panel: its forms are locked with the reason; looking at rounds and projects, the timer, stay.
  const method = page.getByRole('complementary', { name: 'Metode' })
  await method.getByRole('tab', { name: 'Opsætning' }).click()
  await expect(method.getByRole('textbox', { name: 'Sedler, én pr. linje' })).toBeDisabled()
  await expect(method.getByRole('group').first()).toHaveAccessibleDescription(REASON)
  await method.getByRole('tab', { name: 'Temaer' }).click()
  await expect(method.getByRole('textbox', { name: /^Navn på temaet/ }).first()).toBeDisabled()
  await method.getByRole('tab', { name: 'Afstemning' }).click()
  await expect(method.getByRole('button', { name: 'Start runden' })).toBeDisabled()
  await method.getByRole('tab', { name: 'Projekter' }).click()
  await method
    .getByRole('button', { name: /^Redigér / })
    .first()
    .click()
  await expect(method.getByRole('textbox', { name: 'Titel', exact: true })).toBeDisabled()
  await snap(page, testInfo, '3-method-locked')
  // The Deling tab's forms (actors, links, needs and offers) are locked too (issue 10, evening).
  await method.getByRole('tab', { name: 'Deling' }).click()
  await expect(method.getByRole('button', { name: 'Tilføj aktør' }).first()).toBeDisabled()
  await expect(method.getByRole('group').first()).toHaveAccessibleDescription(REASON)
  await method.getByRole('tab', { name: 'Dagsorden og ur' }).click()
  await expect(method.getByRole('button', { name: 'Start uret' })).toBeEnabled()

  // Presenting works.
  await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Stop præsentation' })).toBeVisible()
  await page.getByRole('button', { name: 'Stop præsentation' }).click()

  // Exporting works.
  const pdf = join(shell.scratchDir, 'rapport.pdf')
  await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Eksportér rapport…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Eksportér rapport' })
  await dialog.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText(`Rapporten blev gemt i ${pdf}`, { timeout: 90_000 })
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(title)
  await dialog.getByRole('button', { name: 'Luk' }).click()

  // Nothing was written: the same bytes, and nothing new beside the file (no lock, no -wal).
  expect(sha256(file)).toBe(before)
  expect(readdirSync(folder)).toEqual(['Kollegaens workshop.handlekraft'])

  // "Gem en kopi": the copy opens in its place, editable.
  const copy = join(shell.scratchDir, 'Min kopi.handlekraft')
  await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Gem en kopi…' }).click()
  await page.getByRole('textbox', { name: 'Sti til kopien' }).fill(copy)
  await page.getByRole('button', { name: 'Gem kopi', exact: true }).click()
  await expect(banner).toHaveCount(0)
  await expect(tools.getByRole('button', { name: 'Ny seddel', exact: true })).toBeEnabled()
  await tools.getByRole('button', { name: 'Ny seddel', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Sedlens tekst' })).toBeFocused()
  await page.keyboard.type('Vores egen idé')
  await page.keyboard.press('Escape')
  await expect
    .poll(async () => Object.values((await docOf(page, shell, copy)).note).some((n) => n.text === 'Vores egen idé'))
    .toBe(true)
  await snap(page, testInfo, '4-copy-edited')
  expect(sha256(file)).toBe(before)
})
