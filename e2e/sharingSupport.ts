// Shared steps of the sharing specs (issue 15): the Kalundborg demo opened through the UI, how a drawing put
// the symbiosis map on its canvas, and a pixel counter for a flow's colour (what the room sees drawn).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, ROOT, type Shell } from './fixtures'

/**
 * Writes the Kalundborg demo (`handlekraft demo --scenario kalundborg`) in the shell's scratch folder and opens
 * it through the start screen ("Open…", the path, "Open"), in English or Danish as the page's locale is.
 * Returns the file's path.
 */
export async function openKalundborgDemo(page: Page, shell: Shell, language: 'en' | 'da' = 'en'): Promise<string> {
  const file = join(shell.scratchDir, 'kalundborg.handlekraft')
  execFileSync(process.execPath, ['bin/handlekraft.js', 'demo', file, '--scenario', 'kalundborg'], {
    cwd: ROOT,
    env: { ...process.env, LANG: language === 'da' ? 'da_DK.UTF-8' : 'en_GB.UTF-8' },
  })
  const words =
    language === 'da'
      ? { open: 'Åbn…', path: 'Sti til workshopfil', submit: 'Åbn', board: 'Tavle' }
      : { open: 'Open…', path: 'Path to workshop file', submit: 'Open', board: 'Board' }
  await page.goto(shell.url)
  await page.getByRole('button', { name: words.open }).click()
  await page.getByRole('textbox', { name: words.path }).fill(file)
  await page.getByRole('button', { name: words.submit, exact: true }).click()
  await expect(page.getByRole('region', { name: words.board })).toHaveAttribute('data-drawn', /"actors"/)
  return file
}

/** What a drawing (the laptop's board or the projector's) last published in data-drawn. */
export async function drawnOn(element: Locator): Promise<{ actors?: string[]; map?: string }> {
  return JSON.parse((await element.getAttribute('data-drawn')) ?? '{}') as { actors?: string[]; map?: string }
}

/** Pixels of this colour (±24 per channel) on the canvases inside `element`: what the room sees drawn. */
export function colourPixels(element: Locator, hex: string): Promise<number> {
  return element.evaluate((root, colour) => {
    const target = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16))
    let count = 0
    for (const canvas of Array.from(root.querySelectorAll('canvas'))) {
      const context = canvas.getContext('2d')
      if (!context || canvas.width === 0 || canvas.height === 0) continue
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]! > 200 && target.every((value, c) => Math.abs(data[i + c]! - value) <= 24)) count++
    }
    return count
  }, hex)
}
