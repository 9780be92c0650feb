// The method on the board (issue 4): make a theme of selected notes, rename it in place, drag notes out of
// and into it, stack duplicates (×3), highlight one category from the legend, project cards that move; all
// kept when the file is reopened. And the demo workshop's six themes and six projects, looked at.
import type { Page } from '@playwright/test'
import { expect, snap, test, type Shell } from './fixtures'
import {
  board,
  centreOf,
  dragFromTo,
  newWorkshop,
  noteButton,
  notesList,
  readWorkshop,
  tools,
  toScreen,
} from './boardSupport'
import { moreTool } from './frameSupport'

const themesList = (page: Page) => page.getByRole('list', { name: 'Themes on the board' })
const projectsList = (page: Page) => page.getByRole('list', { name: 'Projects on the board' })

/** Runs one command through the API, as the page (used to set up notes and a project quickly). */
async function apply(page: Page, shell: Shell, command: { name: string; args: unknown }): Promise<void> {
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

interface Doc {
  note: Record<string, { id: string; text: string; x: number; y: number; themeId: string | null }>
  theme: Record<string, { id: string; name: string }>
  project: Record<string, { id: string; x: number; y: number }>
}
const docOf = async (page: Page, shell: Shell) => (await readWorkshop(page, shell)).doc as unknown as Doc

test('make a theme, rename it in place, drag notes out and in, stack duplicates, highlight, move a project card', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await newWorkshop(page, shell, 'Grouping')
  await apply(page, shell, {
    name: 'addItems',
    args: {
      notes: [
        { id: 'a', text: 'Bike lane', x: 0, y: 0 },
        { id: 'b', text: 'Speed bumps', x: 220, y: 0 },
        { id: 'c', text: 'Safer crossing', x: 440, y: 0 },
        { id: 'd', text: 'Playground', x: 0, y: 420, categoryId: 'places' },
        { id: 'e', text: 'Bike lane', x: 220, y: 420 },
        { id: 'f', text: 'bike lane.', x: 440, y: 420 },
      ],
    },
  })
  await apply(page, shell, { name: 'addProject', args: { id: 'p1', title: 'Safe school road', x: 800, y: 400 } })
  await expect(projectsList(page).getByRole('button', { name: /^Safe school road: Idea, No owner yet/ })).toHaveCount(1)
  await board(page).focus()
  await page.keyboard.press('0') // show everything
  await page.waitForTimeout(300)
  let doc = await docOf(page, shell)

  // Select three notes and make a theme of them: an outline with "Unnamed theme 1".
  await page.mouse.click(...xy(await centreOf(page, { ...doc.note.a!, width: 180, height: 120 })))
  for (const id of ['b', 'c']) {
    const at = await centreOf(page, { ...doc.note[id]!, width: 180, height: 120 })
    await page.keyboard.down('Shift')
    await page.mouse.click(at.x, at.y)
    await page.keyboard.up('Shift')
  }
  await tools(page).getByRole('button', { name: 'Make theme' }).click()
  await expect(themesList(page).getByRole('button', { name: 'Unnamed theme 1 (3 notes)' })).toHaveCount(1)
  await expect(noteButton(page, 'Speed bumps')).toHaveAccessibleName('Speed bumps (Idea, theme Unnamed theme 1)')
  await snap(page, testInfo, '1-theme-made')

  // Rename it by double-clicking the outline's label.
  const label = await toScreen(page, { x: 20, y: -26 })
  await page.mouse.dblclick(label.x, label.y)
  const nameField = page.getByRole('textbox', { name: 'Theme name' })
  await expect(nameField).toBeFocused()
  await page.keyboard.type('Traffic')
  await page.keyboard.press('Enter')
  await expect(themesList(page).getByRole('button', { name: 'Traffic (3 notes)' })).toHaveCount(1)

  // Drag "Safer crossing" far out of the outline: it leaves the theme. Then drag Playground into it.
  doc = await docOf(page, shell)
  await dragFromTo(
    page,
    await centreOf(page, { ...doc.note.c!, width: 180, height: 120 }),
    await toScreen(page, { x: 530, y: 800 }),
  )
  await expect(noteButton(page, 'Safer crossing')).toHaveAccessibleName('Safer crossing (Idea)')
  await expect(themesList(page).getByRole('button', { name: 'Traffic (2 notes)' })).toHaveCount(1)
  doc = await docOf(page, shell)
  expect(doc.note.c!.themeId).toBeNull()
  expect(doc.note.c!.y).toBeGreaterThan(600)
  await dragFromTo(
    page,
    await centreOf(page, { ...doc.note.d!, width: 180, height: 120 }),
    await toScreen(page, { x: 200, y: 110 }),
  )
  await expect(themesList(page).getByRole('button', { name: 'Traffic (3 notes)' })).toHaveCount(1)
  await expect(noteButton(page, 'Playground')).toHaveAccessibleName(/theme Traffic/)
  await snap(page, testInfo, '2-renamed-dragged')

  // Stack the three "bike lane" duplicates onto the first: one place, the theme of the first, "×3".
  doc = await docOf(page, shell)
  await noteButton(page, 'Bike lane').first().focus() // a: the first in reading order
  await expect(noteButton(page, 'Bike lane').first()).toHaveAttribute('aria-pressed', 'true')
  for (const id of ['e', 'f']) {
    const at = await centreOf(page, { ...doc.note[id]!, width: 180, height: 120 })
    await page.keyboard.down('Shift')
    await page.mouse.click(at.x, at.y)
    await page.keyboard.up('Shift')
  }
  await (await moreTool(page, 'Stack', { exact: true })).click()
  await expect(notesList(page).getByRole('button', { name: /stack of 3/ })).toHaveCount(3)
  doc = await docOf(page, shell)
  expect(new Set(['a', 'e', 'f'].map((id) => `${doc.note[id]!.x},${doc.note[id]!.y}`)).size).toBe(1)
  expect(['a', 'e', 'f'].map((id) => doc.note[id]!.themeId)).toEqual(Array(3).fill(doc.note.a!.themeId))
  await expect(themesList(page).getByRole('button', { name: 'Traffic (5 notes)' })).toHaveCount(1)
  await snap(page, testInfo, '3-stacked')

  // Unstack spreads them; undo stacks them again (one step).
  await (await moreTool(page, 'Unstack')).click()
  await expect(notesList(page).getByRole('button', { name: /stack of/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(notesList(page).getByRole('button', { name: /stack of 3/ })).toHaveCount(3)

  // The legend: a category is a toggle that highlights its notes, with a live count.
  await page.locator('.board-legend summary').click()
  const places = page.getByRole('button', { name: 'Highlight Places (1 note)' })
  await places.click()
  await expect(places).toHaveAttribute('aria-pressed', 'true')
  await snap(page, testInfo, '4-highlight-places')
  await places.click()
  await expect(places).toHaveAttribute('aria-pressed', 'false')
  await page.locator('.board-legend summary').click() // folded again, so it does not cover the board

  // The project card: drawn on the board, dragged to a new place (one command).
  doc = await docOf(page, shell)
  const card = doc.project.p1!
  await dragFromTo(
    page,
    await toScreen(page, { x: card.x + 60, y: card.y + 60 }),
    await toScreen(page, { x: card.x + 60, y: card.y - 240 }),
  )
  await expect.poll(async () => (await docOf(page, shell)).project.p1!.y).toBeLessThan(card.y - 150)
  await snap(page, testInfo, '5-project-moved')
  const before = await docOf(page, shell)

  // Reopen: themes, stack, membership and the card's place are all in the file.
  await page.getByRole('button', { name: 'Close workshop' }).click()
  await page
    .getByRole('region', { name: 'Recent' })
    .getByRole('button', { name: /Grouping/ })
    .click()
  await expect(themesList(page).getByRole('button', { name: 'Traffic (5 notes)' })).toHaveCount(1)
  await expect(notesList(page).getByRole('button', { name: /stack of 3/ })).toHaveCount(3)
  await expect(projectsList(page).getByRole('button', { name: /^Safe school road/ })).toHaveCount(1)
  const after = await docOf(page, shell)
  expect(after.note).toEqual(before.note)
  expect(after.project.p1).toEqual(before.project.p1)
  await snap(page, testInfo, '6-reopened')
})

test('the demo workshop: six themes with their dots and six project cards, at 1280x720 and 1920x1080', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Open demo workshop' }).click()
  await expect(themesList(page).getByRole('button')).toHaveCount(6)
  await expect(projectsList(page).getByRole('button')).toHaveCount(6)
  // The round on themes is revealed in the demo: every theme shows its dots.
  for (const name of await themesList(page).getByRole('button').allTextContents()) expect(name).toMatch(/dots\)$/)
  await board(page).focus()
  await page.keyboard.press('0')
  await page.waitForTimeout(400)
  await snap(page, testInfo, '1-fit-1280')
  // Zoom to the themes, then to the project cards.
  await themesList(page).getByRole('button').first().focus()
  await page.keyboard.press('Shift+2')
  await page.waitForTimeout(400)
  await snap(page, testInfo, '2-theme-1280')
  await page.setViewportSize({ width: 1920, height: 1080 })
  await projectsList(page).getByRole('button').first().focus()
  await page.keyboard.press('Shift+2')
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await page.waitForTimeout(400)
  await snap(page, testInfo, '3-projects-1920')
  await board(page).focus()
  await page.keyboard.press('0')
  await page.waitForTimeout(400)
  await snap(page, testInfo, '4-fit-1920')

  // Choosing a project card (Enter on it, or a double-click on the board) opens it in the Method panel.
  const firstCard = projectsList(page).getByRole('button').first()
  const cardTitle = ((await firstCard.getAttribute('aria-label')) ?? (await firstCard.innerText())).split(':')[0]!
  await firstCard.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('tab', { name: 'Projects' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('button', { name: `Edit ${cardTitle}` })).toHaveAttribute('aria-pressed', 'true')
  await snap(page, testInfo, '5-project-opened-from-board')
})

function xy(point: { x: number; y: number }): [number, number] {
  return [point.x, point.y]
}
