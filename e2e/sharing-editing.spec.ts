// Issue 15, editing what is on a symbiosis map, in Danish at 1280x720 with the real mouse and keyboard:
// an actor double-clicked on the board opens its editor in the Deling tab (new name, type and contact: the
// board and the projector show the new name, the card moves to its new type's area, one undo step, nothing
// typed lost when the editor closes); a link drawn with the mouse (flow "Andet") gets its flow, both
// directions, is turned round and labelled from the bar over the board, each change one undo step, and the
// room sees its new colour (the board's and the projector's own pixels); the open key to the links stays small.
import type { Locator, Page } from '@playwright/test'
import { FLOW_STYLE } from '../src/shared/model/sharingStyle'
import { dragFromTo, readWorkshop } from './boardSupport'
import { expect, snap, test } from './fixtures'
import { midtAf as centreOf, nyWorkshop, openProjector } from './projectorSupport'
import { colourPixels } from './sharingSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

interface Card {
  id: string
  name: string
  type: string
  contact: string
  x: number
  y: number
  width: number
  height: number
}
interface MapDoc {
  actor: Record<string, Card>
  zone: Record<string, { x: number; y: number; width: number; height: number }>
  connector: Record<string, { id: string; fromId: string; toId: string; flow: string | null; direction: string; label: string }>
}

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const boardRegion = (page: Page) => page.getByRole('region', { name: 'Tavle' })
const mapDoc = async (page: Page, shell: Parameters<typeof readWorkshop>[1]) =>
  (await readWorkshop(page, shell)).doc as unknown as MapDoc
const byName = (doc: MapDoc, name: string) => Object.values(doc.actor).find((actor) => actor.name === name)!
/** Actor names the drawing put on a canvas (data-drawn), the laptop's board or the projector's. */
const drawnActors = async (element: Locator): Promise<string[]> =>
  (JSON.parse((await element.getAttribute('data-drawn')) ?? '{}') as { actors?: string[] }).actors ?? []

/** Where a board point is on the page now (from the Danish board's published view). */
async function toScreen(page: Page, point: { x: number; y: number }) {
  const element = boardRegion(page)
  const box = (await element.boundingBox())!
  const [scale, x, y] = await Promise.all(['data-scale', 'data-x', 'data-y'].map(async (a) => Number(await element.getAttribute(a))))
  return { x: box.x + x! + point.x * scale!, y: box.y + y! + point.y * scale! }
}

const inside = (zone: MapDoc['zone'][string], card: Card) =>
  card.x >= zone.x && card.y >= zone.y && card.x + card.width <= zone.x + zone.width && card.y + card.height <= zone.y + zone.height

/** Escape on the board clears the selection. */
async function deselect(page: Page) {
  await boardRegion(page).focus()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('list', { name: 'Aktører', exact: true }).locator('[aria-pressed="true"]')).toHaveCount(0)
}

async function addActor(page: Page, name: string, type: string) {
  const form = panel(page).getByRole('form', { name: 'Tilføj aktør' })
  await form.getByRole('textbox', { name: 'Aktørens navn' }).click()
  await page.keyboard.type(name)
  await form.getByRole('combobox', { name: 'Aktørtype' }).selectOption({ label: type })
  await form.getByRole('textbox', { name: 'Aktørens navn' }).press('Enter')
  await expect(panel(page).getByText(`Aktøren ${name} er tilføjet.`)).toBeVisible()
}

test('an actor edited from its card, a drawn link given its flow and direction, a compact key', async ({ page, shell }, testInfo) => {
  test.setTimeout(240_000)
  await nyWorkshop(page, shell, 'Symbiose i Fjordby', 'symbiosis-map')
  await panel(page).getByRole('tab', { name: 'Deling', exact: true }).click()
  await addActor(page, 'Fjordens Bioraffinaderi', 'Virksomhed')
  await addActor(page, 'Forsyningen', 'Offentlig myndighed')
  // Another tab, so the double-click below is what brings the Deling tab back.
  await panel(page).getByRole('tab', { name: 'Opsætning', exact: true }).click()
  await page.getByRole('button', { name: 'Vis alt' }).click()

  // 1. Double-click the card: the Deling tab opens its editor with the name field ready for typing.
  let doc = await mapDoc(page, shell)
  const utility = byName(doc, 'Forsyningen')
  const at = await centreOf(page, utility)
  await page.mouse.dblclick(at.x, at.y)
  const editor = panel(page).getByRole('form', { name: 'Redigerer aktør: Forsyningen' })
  await expect(panel(page).getByRole('tab', { name: 'Deling', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(editor.getByRole('textbox', { name: 'Aktørens navn' })).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Kalundborg Forsyning')
  await editor.getByRole('combobox', { name: 'Aktørtype' }).selectOption({ label: 'Virksomhed' })
  await editor.getByRole('textbox', { name: 'Kontakt (valgfri)' }).click()
  await page.keyboard.type('Driftschef Ane Berg')
  await snap(page, testInfo, 'the actor editor')
  await editor.getByRole('button', { name: 'Gem aktøren' }).click()
  await expect(panel(page).getByText('Aktøren Kalundborg Forsyning er gemt.')).toBeVisible()

  // Who shares what with whom fits the panel at 1280x720 (its last column was cut off at the edge).
  const table = panel(page).getByRole('table', { name: 'Hvem deler hvad med hvem' })
  const overflow = await table.evaluate((element) => element.scrollWidth - element.parentElement!.clientWidth)
  expect(overflow, 'the table is no wider than the panel').toBeLessThanOrEqual(0)

  // The board lists and draws the new name; the card went to the firms' area with its new type.
  const actors = page.getByRole('list', { name: 'Aktører', exact: true })
  await expect(actors.getByRole('button', { name: 'Virksomhed: Kalundborg Forsyning, Driftschef Ane Berg' })).toBeAttached()
  await expect.poll(() => drawnActors(boardRegion(page))).toContain('Kalundborg Forsyning')
  doc = await mapDoc(page, shell)
  expect(byName(doc, 'Kalundborg Forsyning')).toMatchObject({ type: 'firm', contact: 'Driftschef Ane Berg' })
  expect(inside(doc.zone['zone-actors-firm']!, byName(doc, 'Kalundborg Forsyning'))).toBe(true)
  expect(inside(doc.zone['zone-actors-authority']!, byName(doc, 'Kalundborg Forsyning'))).toBe(false)

  // One undo step takes name, type, contact and place back together; redo brings them again.
  await page.getByRole('button', { name: 'Fortryd' }).click()
  await expect(actors.getByRole('button', { name: 'Offentlig myndighed: Forsyningen' })).toBeAttached()
  expect(byName(await mapDoc(page, shell), 'Forsyningen')).toMatchObject({ x: utility.x, y: utility.y, contact: '' })
  await page.getByRole('button', { name: 'Gentag' }).click()
  await expect(actors.getByRole('button', { name: 'Virksomhed: Kalundborg Forsyning, Driftschef Ane Berg' })).toBeAttached()

  // Closing the editor keeps what was typed and not saved (the issue-10 rule).
  const again = panel(page).getByRole('form', { name: 'Redigerer aktør: Kalundborg Forsyning' })
  await again.getByRole('textbox', { name: 'Kontakt (valgfri)' }).fill('')
  await again.getByRole('textbox', { name: 'Kontakt (valgfri)' }).click()
  await page.keyboard.type('Ane Berg, 24 45 67 89')
  await again.getByRole('button', { name: 'Færdig med at redigere' }).click()
  await expect(again).toHaveCount(0)
  await expect(actors.getByRole('button', { name: 'Virksomhed: Kalundborg Forsyning, Ane Berg, 24 45 67 89' })).toBeAttached()

  // 2. A link drawn with the mouse from the refinery's handle to the utility: flow "Andet", one way.
  await page.getByRole('button', { name: 'Vis alt' }).click()
  doc = await mapDoc(page, shell)
  const refinery = byName(doc, 'Fjordens Bioraffinaderi')
  const supplier = byName(doc, 'Kalundborg Forsyning')
  // Nothing selected (the selection's outline is orange too): no energy colour on the board yet.
  const energy = FLOW_STYLE.energy.colour
  await deselect(page)
  await expect.poll(() => colourPixels(boardRegion(page), energy), { message: 'no energy link yet' }).toBeLessThan(5)
  const refineryAt = await centreOf(page, refinery)
  await page.mouse.click(refineryAt.x, refineryAt.y)
  const scale = Number(await boardRegion(page).getAttribute('data-scale'))
  const handle = await toScreen(page, { x: refinery.x + refinery.width + (28 / scale) * 0.75, y: refinery.y + refinery.height / 2 })
  await dragFromTo(page, handle, await centreOf(page, supplier))
  const lines = page.getByRole('list', { name: 'Linjer', exact: true })
  await expect(lines.getByRole('button', { name: 'Fjordens Bioraffinaderi → Kalundborg Forsyning: Andet' })).toHaveCount(1)

  // The drawn link is selected: its bar sets the flow, and the board draws it in the energy colour.
  const bar = page.getByRole('form', { name: 'Valgt delingsforbindelse: Fjordens Bioraffinaderi → Kalundborg Forsyning' })
  await bar.getByRole('combobox', { name: 'Hvad der deles på den valgte forbindelse' }).selectOption({ label: 'Energi og vand' })
  await expect(lines.getByRole('button', { name: 'Fjordens Bioraffinaderi → Kalundborg Forsyning: Energi og vand' })).toHaveCount(1)

  // Both ways, one undo step; then turned round and labelled.
  await bar.getByRole('combobox', { name: 'Retning på den valgte forbindelse' }).selectOption({ label: 'Begge veje' })
  const both = page.getByRole('form', { name: 'Valgt delingsforbindelse: Fjordens Bioraffinaderi ↔ Kalundborg Forsyning' })
  await expect(both).toBeVisible()
  await page.getByRole('button', { name: 'Fortryd' }).click()
  await expect(lines.getByRole('button', { name: 'Fjordens Bioraffinaderi → Kalundborg Forsyning: Energi og vand' })).toHaveCount(1)
  await page.getByRole('button', { name: 'Gentag' }).click()
  await expect(both).toBeVisible()
  await both.getByRole('button', { name: 'Vend retningen' }).click()
  const turned = page.getByRole('form', { name: 'Valgt delingsforbindelse: Kalundborg Forsyning ↔ Fjordens Bioraffinaderi' })
  await turned.getByRole('textbox', { name: 'Tekst på den valgte forbindelse' }).click()
  await page.keyboard.type('overskudsvarme')
  await page.keyboard.press('Enter')
  await expect(
    lines.getByRole('button', { name: 'Kalundborg Forsyning ↔ Fjordens Bioraffinaderi: Energi og vand (overskudsvarme)' }),
  ).toHaveCount(1)
  const link = Object.values((await mapDoc(page, shell)).connector)[0]!
  expect(link).toMatchObject({ fromId: supplier.id, toId: refinery.id, flow: 'energy', direction: 'both', label: 'overskudsvarme' })
  await snap(page, testInfo, 'the selected link and its bar')
  // Deselected, the bar goes and the board draws the link in the energy colour.
  await deselect(page)
  await expect(turned).toHaveCount(0)
  await expect.poll(() => colourPixels(boardRegion(page), energy), { message: 'the link is drawn as energy' }).toBeGreaterThan(20)

  // 3. The open key to the links covers little of the board.
  await page.getByText('Delingsforbindelser', { exact: true }).click()
  const key = page.getByRole('list', { name: 'Vis forbindelser' })
  await expect(key.getByRole('button', { name: /^Energi og vand/ })).toHaveAttribute('aria-pressed', 'true')
  const boardBox = (await boardRegion(page).boundingBox())!
  const keyBox = (await key.locator('xpath=ancestor::details').boundingBox())!
  const share = (keyBox.width * keyBox.height) / (boardBox.width * boardBox.height)
  console.log(`open sharing-links key: ${(share * 100).toFixed(1)} % of the board at 1280x720`)
  expect(share).toBeLessThan(0.13)
  await snap(page, testInfo, 'the open key')

  // The room: the projector draws the new name and the energy link.
  const projector = await openProjector(page)
  const roomBoard = projector.getByRole('img', { name: 'Tavlen, som salen ser den' })
  await expect.poll(() => drawnActors(roomBoard)).toContain('Kalundborg Forsyning')
  await expect.poll(() => colourPixels(roomBoard, energy), { message: 'the projector draws the energy link' }).toBeGreaterThan(20)
  await snap(projector, testInfo, 'the projector')
})
