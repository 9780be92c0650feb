// Issue 10, bug 2: one drawing of the board on the laptop, the projector and the report. The demo workshop's
// six themes and six action projects are read from the board's own accessible lists; the projector's canvas
// must show the same theme labels (with their dots) and project cards, as published by its drawing
// (data-drawn, written while drawing), and the report's board page must show them too: its caption counts
// what the picture drew, and the page rendered to pixels (pdftoppm) holds every theme's colour, which only
// the theme outlines and labels are drawn in.
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { board, drawnOn, readWorkshop } from './boardSupport'
import { expect, snap, test } from './fixtures'
import { fileMenu } from './frameSupport'

const themesList = (page: Page) => page.getByRole('list', { name: 'Themes on the board' })
const projectsList = (page: Page) => page.getByRole('list', { name: 'Projects on the board' })

/** "Traffic (5 notes, 36 dots)" in the list and "Traffic · ● 36 dots" on the canvas: both as "Traffic|36". */
const listedTheme = (name: string) => name.replace(/^(.*) \(\d+ notes?, (\d+) dots?\)$/, '$1|$2')
const drawnTheme = (label: string) => label.replace(/^(.*) · ● (\d+) dots?$/, '$1|$2')

/** A PPM (P6) page from pdftoppm: width, height and RGB bytes. */
function readPpm(path: string): { width: number; height: number; rgb: Buffer } {
  const data = readFileSync(path)
  const header = data.subarray(0, 50).toString('latin1').split(/\s+/)
  const [magic, width, height, max] = header
  if (magic !== 'P6' || max !== '255') throw new Error(`not an 8-bit PPM: ${path}`)
  const offset = [magic, width, height, max].join(' ').length + 1
  return { width: Number(width), height: Number(height), rgb: data.subarray(offset) }
}

function pixelsNear(image: { rgb: Buffer }, hex: string, tolerance = 6): number {
  const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
  let count = 0
  for (let i = 0; i + 2 < image.rgb.length; i += 3) {
    if (target.every((value, k) => Math.abs(image.rgb[i + k]! - value) <= tolerance)) count++
  }
  return count
}

test('the projector and the report draw the same themes and project cards as the board lists', async ({
  page,
  shell,
}, testInfo) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Open demo workshop' }).click()
  await expect(themesList(page).getByRole('button')).toHaveCount(6)
  await expect(projectsList(page).getByRole('button')).toHaveCount(6)
  const themes = (await themesList(page).getByRole('button').allTextContents()).map(listedTheme).sort()
  const projects = (await projectsList(page).getByRole('button').allTextContents())
    .map((name) => name.slice(0, name.indexOf(': ')))
    .sort()
  expect(themes.every((theme) => /\|\d+$/.test(theme))).toBe(true)

  // The laptop shows everything: its drawing puts every theme label and project card on the canvas.
  await board(page).focus()
  await page.keyboard.press('0')
  await expect.poll(async () => (await drawnOn(board(page))).themes.map(drawnTheme).sort()).toEqual(themes)
  await expect.poll(async () => (await drawnOn(board(page))).projects.sort()).toEqual(projects)
  await snap(page, testInfo, '1-laptop')

  // The projector follows the laptop's view: the same labels and cards on its canvas.
  await page.getByRole('button', { name: 'Projector', exact: true }).click()
  const popupPromise = page.waitForEvent('popup')
  await page.getByRole('button', { name: 'Open projector window' }).click()
  const projector = await popupPromise
  await projector.setViewportSize({ width: 1280, height: 720 })
  await page.getByRole('button', { name: 'Present', exact: true }).click()
  const projectorBoard = projector.getByRole('img', { name: 'The board as the room sees it' })
  await expect(projectorBoard).toBeVisible()
  await expect(projectorBoard).toHaveAttribute('data-moving', 'false')
  await expect.poll(async () => (await drawnOn(projectorBoard)).themes.map(drawnTheme).sort()).toEqual(themes)
  await expect.poll(async () => (await drawnOn(projectorBoard)).projects.sort()).toEqual(projects)
  await snap(projector, testInfo, '2-projector')
  await projector.close()

  // The report: the board page's caption counts the themes and projects its picture drew, and the page's
  // pixels hold every theme's colour (outline and label).
  await (await fileMenu(page)).getByRole('button', { name: 'Export report…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export report' })
  const out = join(shell.scratchDir, 'report.pdf')
  await dialog.getByRole('checkbox', { name: 'All notes' }).uncheck()
  await dialog.getByRole('textbox', { name: 'Save the PDF as (full path)' }).fill(out)
  await dialog.getByRole('button', { name: 'Export PDF' }).click()
  await expect(dialog.getByRole('status')).toContainText(`The report was saved to ${out}`, { timeout: 90_000 })
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))![1])
  let boardPage = 0
  for (let n = 1; n <= pages && boardPage === 0; n++) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), out, '-'], { encoding: 'utf8' })
    if (text.includes('The whole board when the report was made')) {
      boardPage = n
      expect(text.replace(/\s+/g, ' ')).toContain(`${themes.length} themes, ${projects.length} action projects.`)
    }
  }
  expect(boardPage).toBeGreaterThan(0)
  const prefix = join(shell.scratchDir, 'board-page')
  execFileSync('pdftoppm', ['-r', '100', '-f', String(boardPage), '-l', String(boardPage), out, prefix])
  const ppm = readdirSync(shell.scratchDir).find((name) => name.startsWith('board-page') && name.endsWith('.ppm'))!
  const image = readPpm(join(shell.scratchDir, ppm))
  const { doc } = await readWorkshop(page, shell)
  const themeRecords = (doc as unknown as { theme: Record<string, { color: string }> }).theme
  const themeColours = Object.values(themeRecords).map((theme) => theme.color)
  expect(themeColours).toHaveLength(6)
  for (const colour of themeColours)
    expect(pixelsNear(image, colour), `pixels of theme colour ${colour}`).toBeGreaterThan(40)
  // The page as a picture to look at, next to the test's screenshots.
  const png = testInfo.outputPath('3-report-board-page')
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-singlefile',
    '-f',
    String(boardPage),
    '-l',
    String(boardPage),
    out,
    png,
  ])
})
