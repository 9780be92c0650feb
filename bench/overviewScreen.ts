// The overview as a coordinator sees it (issue 14: "overview screen shown ≤ 1.5 s" for 18 workshops): the browser
// shell's start screen, "Overview of workshops…", the folder typed into the path form, "Read workshops" clicked;
// the clock runs from the click to the table holding one row per workshop. Median of 3, page reloaded each time.
import { launchChromium } from './browser'
import { startShell } from './shell'
import { percentile } from './stats'

const RUNS = 3

export async function measureOverviewScreen(scratch: string, folder: string, count: number): Promise<number> {
  const shell = await startShell(scratch)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' })
    const times: number[] = []
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(shell.url)
      await page.getByRole('button', { name: 'Overview of workshops…' }).click()
      await page.getByRole('textbox', { name: 'Folder or workshop files (one path per line)' }).fill(folder)
      const rows = page.getByRole('table', { name: 'Workshops' }).locator('tbody tr')
      const started = performance.now()
      await page.getByRole('button', { name: 'Read workshops' }).click()
      await rows.nth(count - 1).waitFor({ timeout: 120_000 })
      times.push(performance.now() - started)
      const shown = await rows.count()
      if (shown !== count) throw new Error(`the overview showed ${shown} rows for ${count} workshops`)
    }
    return Math.round(percentile(times, 50))
  } finally {
    await browser.close()
    await shell.stop()
  }
}
