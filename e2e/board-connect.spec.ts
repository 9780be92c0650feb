// Drawing lines with the mouse (issue 10/15): a selected note or actor shows a round handle on its right edge;
// dragging it onto another item draws a line (between two actors: a sharing link). Lines and sharing links
// follow a dragged item live (the board publishes where it draws them, data-drag-lines), and a project or
// actor card opens in the Method panel. Real mouse, 1280x720, accessible names.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import {
  board,
  centreOf,
  dragFromTo,
  linesList,
  newWorkshop,
  readWorkshop,
  tools,
  toScreen,
  writeNoteAt,
} from './boardSupport'

interface Item {
  id: string
  x: number
  y: number
  width: number
  height: number
}
/** HANDLE_PX: the handle is this many screen pixels across at every zoom. */
const HANDLE = 28

const scaleOf = async (page: Page) => Number(await board(page).getAttribute('data-scale'))

/** The middle of the connection handle of a selected item: just outside the middle of its right edge. */
async function handleOf(page: Page, item: Item) {
  const size = HANDLE / (await scaleOf(page))
  return toScreen(page, { x: item.x + item.width + size * 0.75, y: item.y + item.height / 2 })
}

type DragLine = { id: string; points: [number, number, number, number] }
const dragLines = async (page: Page): Promise<DragLine[]> =>
  JSON.parse((await board(page).getAttribute('data-drag-lines')) ?? '[]') as DragLine[]

/** Holds `item` dragged by (dx, dy) screen pixels and answers the line `lineId` as the board draws it then. */
async function holdDragged(page: Page, item: Item, dx: number, dy: number, lineId: string) {
  const from = await centreOf(page, item)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 4 })
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 4 })
  await expect.poll(async () => (await dragLines(page)).map((line) => line.id)).toContain(lineId)
  const line = (await dragLines(page)).find((l) => l.id === lineId)!
  return { line, release: () => page.mouse.up() }
}

/** A point on (or within a unit of) the edge of a box. */
function onEdge(box: Item, x: number, y: number): boolean {
  const inside = x >= box.x - 1 && x <= box.x + box.width + 1 && y >= box.y - 1 && y <= box.y + box.height + 1
  const edge =
    Math.abs(x - box.x) < 1 ||
    Math.abs(x - box.x - box.width) < 1 ||
    Math.abs(y - box.y) < 1 ||
    Math.abs(y - box.y - box.height) < 1
  return inside && edge
}

test('the connection handle draws a sharing link between actors and a line between notes; both follow a drag', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Connect', 'symbiosis-map')
  await page.getByRole('tab', { name: 'Sharing', exact: true }).click()
  const addActor = page.getByRole('form', { name: 'Add actor' })
  for (const [name, type] of [
    ['Skolen', 'education'],
    ['Hallen', 'association'],
  ] as const) {
    await addActor.getByRole('textbox', { name: 'Actor name' }).fill(name)
    await addActor.getByRole('combobox', { name: 'Actor type' }).selectOption(type)
    await addActor.getByRole('button', { name: 'Add actor' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Actor ${name} added.` })).toBeVisible()
  }
  await tools(page).getByRole('button', { name: 'Show everything' }).click()
  let doc = (await readWorkshop(page, shell)).doc as unknown as { actor: Record<string, Item & { name: string }> }
  const actor = (name: string) => Object.values(doc.actor).find((a) => a.name === name)!
  const school = actor('Skolen')
  const hall = actor('Hallen')

  // Select the school, pull a line from its handle and drop it on the hall.
  const schoolCentre = await centreOf(page, school)
  await page.mouse.click(schoolCentre.x, schoolCentre.y)
  await expect(page.getByRole('list', { name: 'Actors' }).getByRole('button', { name: /Skolen/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await dragFromTo(page, await handleOf(page, school), await centreOf(page, hall))
  const link = linesList(page).getByRole('button', { name: /^Skolen → Hallen: Other/ })
  await expect(link).toHaveCount(1)
  // The room's table of who shares what with whom has it too.
  const table = page.getByRole('table', { name: 'Who shares what with whom' })
  await expect(table.getByRole('row', { name: /^Skolen/ })).toContainText('Other (Hallen)')
  // Nothing moved: the handle is not the card.
  const afterLink = (await readWorkshop(page, shell)).doc as unknown as {
    actor: Record<string, Item>
    connector: Record<string, { id: string; fromId: string; toId: string; flow: string | null }>
  }
  expect(afterLink.actor[school.id]).toMatchObject({ x: school.x, y: school.y })
  const linkId = Object.values(afterLink.connector).find((c) => c.fromId === school.id && c.toId === hall.id)!.id

  // Drag the hall: while the mouse is held, the link is drawn to where the hall is now.
  const scale = await scaleOf(page)
  const held = await holdDragged(page, hall, 160, 120, linkId)
  const [, , x2, y2] = held.line.points
  const hallNow = { ...hall, x: hall.x + 160 / scale, y: hall.y + 120 / scale }
  expect(onEdge(hallNow, x2, y2)).toBe(true)
  await held.release()
  await expect(board(page)).not.toHaveAttribute('data-drag-lines', /./)
  doc = (await readWorkshop(page, shell)).doc as unknown as typeof doc
  expect(doc.actor[hall.id]!.x).toBeCloseTo(hallNow.x, 0)
  await expect(link).toHaveCount(1)

  // Two notes: the same handle draws a plain line, which follows a drag of either end.
  await page.keyboard.press('Escape')
  // In the empty band above the map that Show everything leaves at 1280x720 (the template's type areas are wider
  // than tall); a double-click in a type area would edit the area's title instead.
  const area = (await board(page).boundingBox())!
  await writeNoteAt(page, { x: area.x + 120, y: area.y + 60 }, 'Kor')
  await writeNoteAt(page, { x: area.x + 520, y: area.y + 60 }, 'Musikskole')
  const notes = Object.values((await readWorkshop(page, shell)).doc.note)
  const choir = notes.find((n) => n.text === 'Kor')!
  const music = notes.find((n) => n.text === 'Musikskole')!
  const choirCentre = await centreOf(page, choir)
  await page.mouse.click(choirCentre.x, choirCentre.y)
  await dragFromTo(page, await handleOf(page, choir), await centreOf(page, music))
  await expect(linesList(page).getByRole('button', { name: /^Kor to Musikskole/ })).toHaveCount(1)
  const line = Object.values((await readWorkshop(page, shell)).doc.connector).find((c) => c.fromId === choir.id)!
  const dragged = await holdDragged(page, choir, 0, -150, line.id)
  const [x1, y1] = dragged.line.points
  expect(onEdge({ ...choir, y: choir.y - 150 / (await scaleOf(page)) }, x1, y1)).toBe(true)
  // Escape puts the note back and keeps the line where it was.
  await page.keyboard.press('Escape')
  await dragged.release()
  expect((await readWorkshop(page, shell)).doc.note[choir.id]).toMatchObject({ x: choir.x, y: choir.y })
})

test('a project card and an actor card open in the Method panel', async ({ page, shell }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Open cards', 'symbiosis-map')
  await page.getByRole('tab', { name: 'Projects', exact: true }).click()
  await page.getByRole('button', { name: 'Create empty project' }).click()
  await page.getByRole('tab', { name: 'Sharing', exact: true }).click()
  const addActor = page.getByRole('form', { name: 'Add actor' })
  await addActor.getByRole('textbox', { name: 'Actor name' }).fill('Biblioteket')
  await addActor.getByRole('button', { name: 'Add actor' }).click()
  await page.getByRole('tab', { name: 'Setup', exact: true }).click()
  await tools(page).getByRole('button', { name: 'Show everything' }).click()

  // Double-click the project card on the canvas: its sheet opens in the Projects tab.
  const { doc } = (await readWorkshop(page, shell)) as unknown as { doc: { project: Record<string, Item> } }
  const project = Object.values(doc.project)[0]!
  // On its title row (a new actor may be placed over the rest of the card).
  const at = await toScreen(page, { x: project.x + 60, y: project.y + 30 })
  await page.mouse.dblclick(at.x, at.y)
  await expect(page.getByRole('tab', { name: 'Projects', exact: true })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('form', { name: /^Editing:/ })).toBeVisible()

  // Enter on the actor in the board's list of actors opens the Sharing tab.
  await page
    .getByRole('list', { name: 'Actors' })
    .getByRole('button', { name: /Biblioteket/ })
    .press('Enter')
  await expect(page.getByRole('tab', { name: 'Sharing', exact: true })).toHaveAttribute('aria-selected', 'true')
})
