// Issue 10, found in the facilitator's walk-through: following the laptop at Vis alt, the 1280x720 projector
// fitted the laptop's whole view, margins included. The laptop's board area (beside the Method panel) is
// narrower than the projector's screen, so the room saw the board smaller than on the laptop (21.8 % against
// 25.4 % in the evening spec) inside a frame of empty board. Now, while the laptop's view holds all the
// content, the projector fits only the board part of that view; zoomed in, it keeps to the laptop's view
// exactly (present.spec). Read from the views the two drawings publish (data-scale) and what they drew.
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { nyWorkshop, openProjector, projectorShot, tavle } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const STRENGTHS: Record<string, string[]> = {
  Mennesker: ['Pensionerede tømrere', 'Mange frivillige'],
  Foreninger: ['Spejderne', 'Knabstrup Kirkekor'],
  Kultur: ['Høstfesten', 'Sankthansbål ved søen'],
}
const IDEAS = ['Cykelsti til Holbæk', 'Legeplads ved hallen', 'Gåklub', 'Friluftsbio']
const COUNT = Object.values(STRENGTHS).flat().length + IDEAS.length

const projectorBoard = (projector: Page) => projector.getByRole('img', { name: 'Tavlen, som salen ser den' })
const scaleOf = async (element: Locator) => Number(await element.getAttribute('data-scale'))
const drawnNotes = async (element: Locator) =>
  (JSON.parse((await element.getAttribute('data-drawn')) ?? '{}') as { notes?: number }).notes ?? 0

test('projektoren viser hele tavlen større end laptoppen ved Vis alt, uden laptoppens tomme margener', async ({
  page,
  shell,
}) => {
  test.setTimeout(180_000)
  await nyWorkshop(page, shell, 'Knabstrup på lærredet')
  const form = page.getByRole('complementary', { name: 'Metode' }).getByRole('form', { name: 'Hurtig-tilføj sedler' })
  const quickAdd = async (kind: string, lines: string[], category?: string) => {
    await form.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: kind })
    if (category) await form.getByRole('combobox', { name: 'Sedlernes kategori' }).selectOption({ label: category })
    await form.getByRole('textbox', { name: 'Sedler, én pr. linje' }).fill(lines.join('\n'))
    await form.getByRole('button', { name: 'Tilføj sedler' }).click()
    await expect(form.getByRole('status')).toHaveText(`${lines.length} sedler tilføjet.`)
  }
  for (const [category, lines] of Object.entries(STRENGTHS)) await quickAdd('Styrke', lines, category)
  await quickAdd('Idé', IDEAS)
  await page.getByRole('button', { name: 'Vis alt', exact: true }).click()

  const projector = await openProjector(page)
  const board = projectorBoard(projector)
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await projector.setViewportSize(size)
    await expect(board).toHaveAttribute('data-moving', 'false')
    await expect.poll(() => drawnNotes(board)).toBe(COUNT)
    const laptop = await scaleOf(tavle(page))
    // The 1280x720 projector's screen is wider than the laptop's board area: the room sees the board larger.
    // Polled: right after the resize the projector may not have started its glide to the new fit yet (a CI run
    // read 48.9 % mid-way at 1920, where it settles above 52.9 %).
    await expect
      .poll(() => scaleOf(board), { message: `projector zoom at ${size.width}x${size.height}` })
      .toBeGreaterThan(laptop * (size.width / 1280))
    const shown = await scaleOf(board)
    console.log(`Vis alt, projector ${size.width}x${size.height}: projector ${(100 * shown).toFixed(1)} %, laptop ${(100 * laptop).toFixed(1)} %`)
    await projectorShot(projector, `follow-vis-alt-${size.width}`)
  }
})
