// Issue 10, "what the room must be able to read": at the projector's fit zoom (1280x720) every theme label and
// project card title is drawn whole (wrapped onto two lines before any ellipsis), and theme blocks sit in rows
// without overlapping. Read from what the projector's drawing publishes (data-drawn: labels drawn and the ones
// it had to cut), not from the laptop's DOM. Screenshots go to /tmp/labels-shots.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { eveningDoc, overlappingPairs, tavle, themeBlocks, withOutline } from './eveningSupport'
import { nyWorkshop, openProjector } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const SHOTS = process.env.LABELS_SHOTS ?? '/tmp/labels-shots'
const THEMES: Record<string, string[]> = {
  'Trafik og sikker skolevej': ['Fartdæmpning på Skolevej', 'Cykelsti til hallen', 'Lys ved busstoppet'],
  'Fællesskab i forsamlingshuset': ['Fællesspisning hver måned', 'Åbent hus for tilflyttere', 'Banko om vinteren'],
  'Natur og stier omkring søen': ['Sti rundt om søen', 'Bænke ved udsigten', 'Shelter til spejderne'],
  'Unge og fritidsliv': ['Ungdomsklub i skolen', 'Multibane ved hallen', 'Sommerjob for unge'],
}
const PROJECTS = [
  { theme: 'Trafik og sikker skolevej', title: 'Sikker skolevej for alle børn' },
  { theme: 'Fællesskab i forsamlingshuset', title: 'Fællesspisning i forsamlingshuset' },
]

interface Drawn {
  themes: string[]
  projects: string[]
  truncated?: string[]
}
const drawnOn = async (page: Page): Promise<Drawn> =>
  JSON.parse((await projectorBoard(page).getAttribute('data-drawn')) ?? '{"themes":[],"projects":[]}')
const projectorBoard = (projector: Page) => projector.getByRole('img', { name: 'Tavlen, som salen ser den' })
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const themeName = (label: string) => label.replace(/ · ● .*$/, '')

async function openTab(page: Page, name: string) {
  const tab = panelOf(page).getByRole('tab', { name, exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
}

test('projektoren viser temaernes og projekternes navne hele ved 1280x720', async ({ page, shell }) => {
  test.setTimeout(240_000)
  mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 1280, height: 720 })
  await nyWorkshop(page, shell, 'Knabstrup læser tavlen')
  const panel = panelOf(page)

  const form = panel.getByRole('form', { name: 'Hurtig-tilføj sedler' })
  await form.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: 'Idé' })
  const ideas = Object.values(THEMES).flat()
  await form.getByRole('textbox', { name: 'Sedler, én pr. linje' }).fill(ideas.join('\n'))
  await form.getByRole('button', { name: 'Tilføj sedler' }).click()
  await expect(form.getByRole('status')).toHaveText(`${ideas.length} sedler tilføjet.`)

  await openTab(page, 'Temaer')
  for (const [theme, notes] of Object.entries(THEMES)) {
    const checklist = panel.getByRole('list', { name: 'Sedler uden tema' })
    for (const idea of notes) await checklist.getByRole('checkbox', { name: idea, exact: true }).check()
    await panel.getByRole('textbox', { name: 'Navn på det nye tema (kan vente)' }).fill(theme)
    await panel.getByRole('button', { name: 'Lav tema af de afkrydsede sedler' }).click()
    await expect(panel.getByRole('list', { name: `Sedler i ${theme}` }).getByRole('listitem')).toHaveCount(notes.length)
  }

  await openTab(page, 'Projekter')
  for (const project of PROJECTS) {
    await panel.getByRole('combobox', { name: 'Fra tema' }).selectOption({ label: project.theme })
    await panel.getByRole('button', { name: 'Opret projekt fra tema' }).click()
    const editor = panel.getByRole('form', { name: `Redigerer: ${project.theme}` })
    await editor.getByRole('textbox', { name: 'Titel' }).fill(project.title)
    await editor.getByRole('button', { name: 'Færdig med at redigere' }).click()
    await expect(panel.getByRole('button', { name: `Redigér ${project.title}` })).toBeVisible()
  }

  // Theme blocks (with outline and label row) overlap nothing, and the blocks of a zone share their row tops.
  const blocks = themeBlocks(await eveningDoc(page, shell))
  expect(blocks).toHaveLength(4)
  expect(overlappingPairs(blocks.map(({ name, box }) => ({ name, box: withOutline(box) })))).toEqual([])

  // Show everything on the laptop, then present: the projector fits the same board at 1280x720.
  await tavle(page).focus()
  await page.keyboard.press('0')
  const projector = await openProjector(page)
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await projector.setViewportSize(size)
    await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
    await expect
      .poll(async () => (await drawnOn(projector)).themes.map(themeName).sort())
      .toEqual(Object.keys(THEMES).sort())
    await expect.poll(async () => (await drawnOn(projector)).projects.sort()).toEqual(PROJECTS.map((p) => p.title).sort())
    await projector.screenshot({ path: join(SHOTS, `projector-${size.width}x${size.height}.png`) })
    expect((await drawnOn(projector)).truncated, `labels cut at ${size.width}x${size.height}`).toEqual([])
  }
  await page.screenshot({ path: join(SHOTS, 'laptop-1280x720.png') })
})
