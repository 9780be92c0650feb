// Issue 10, found in the facilitator's walk-through: the report is made again at every meeting, to the path
// the dialog suggests, so the second time the file is there. The dialog refused (rightly), but its
// "Erstat filen, hvis den allerede findes" box stood at the left edge of the 1280 px dialog and its words at
// the right edge, 1,100 px away (the dialog's rows spread label and field apart), and the refusal only said
// "choose another name". Now the words sit beside the box, and the refusal names the box that replaces the file.
import { statSync } from 'node:fs'
import { expect, test } from './fixtures'
import { fileMenu } from './frameSupport'
import { nyWorkshop } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const REPLACE = 'Erstat filen, hvis den allerede findes'

test('rapporten igen til næste møde: samme fil erstattes med afkrydsningen ved siden af sine ord', async ({ page, shell }) => {
  test.setTimeout(180_000)
  await nyWorkshop(page, shell, 'Knabstrup dag 50')
  const openDialog = async () => {
    await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Eksportér rapport…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Eksportér rapport' })
    await expect(dialog).toBeVisible()
    return dialog
  }

  // The first meeting: the report to the path the dialog suggests.
  let dialog = await openDialog()
  const path = await dialog.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).inputValue()
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText('Rapporten blev gemt', { timeout: 90_000 })
  await dialog.getByRole('button', { name: 'Luk' }).click()
  const first = statSync(path).mtimeMs

  // The next meeting: the same path. Refused, and the message says how to replace it.
  dialog = await openDialog()
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(dialog.getByRole('alert')).toContainText(`«${REPLACE}»`)
  expect(statSync(path).mtimeMs).toBe(first)

  // Each checkbox's words begin right beside its box, on the same line.
  const replace = dialog.getByRole('checkbox', { name: REPLACE })
  const gaps = await dialog.getByRole('checkbox').evaluateAll((boxes) =>
    boxes.map((box) => {
      const text = box.nextSibling!
      const range = document.createRange()
      range.selectNode(text)
      const words = range.getBoundingClientRect()
      const square = box.getBoundingClientRect()
      return {
        name: text.textContent,
        gap: Math.round(words.left - square.right),
        rise: Math.round(Math.abs(words.top + words.height / 2 - (square.top + square.height / 2))),
      }
    }),
  )
  console.log('checkbox -> words:', gaps)
  for (const { name, gap, rise } of gaps) {
    expect(gap, `${name}: words beside the box`).toBeLessThanOrEqual(16)
    expect(rise, `${name}: on the box's line`).toBeLessThanOrEqual(4)
  }

  await replace.check()
  await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText('Rapporten blev gemt', { timeout: 90_000 })
  expect(statSync(path).mtimeMs).toBeGreaterThan(first)
})
