// Screenshots of the laptop board, the projector and the report's board page (not part of the repo).
import { chromium } from 'playwright-core'
import { startShell } from '/work/wt-draw/e2e/fixtures'
import { execFileSync } from 'node:child_process'

const file = process.argv[2] ?? '/tmp/draw/demo.handlekraft'
const tag = process.argv[3] ?? 'after'
async function main() {
  const { shell, cleanup } = await startShell({ locale: 'da-DK', args: [file] })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  try {
    for (const [w, h] of [[1280, 720], [1920, 1080]]) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'da-DK' })
      const page = await context.newPage()
      await page.goto(shell.url)
      await page.locator('.board canvas').first().waitFor()
      await page.waitForTimeout(1500)
      await page.screenshot({ path: `/tmp/draw/${tag}-laptop-${w}.png` })
      await page.getByRole('button', { name: 'Projektor', exact: true }).click()
      await page.waitForTimeout(300)
      const popupPromise = page.waitForEvent('popup')
      await page.getByRole('button', { name: /projektorvindue/i }).click()
      const projector = await popupPromise
      await projector.setViewportSize({ width: w, height: h })
      const present = page.getByRole('button', { name: 'Præsentér', exact: true })
      if (await present.isVisible()) await present.click()
      await projector.locator('.projector-board canvas').first().waitFor()
      await projector.waitForTimeout(1500)
      await projector.screenshot({ path: `/tmp/draw/${tag}-projector-${w}.png` })
      console.log('drawn', await projector.locator('.projector-board').getAttribute('data-drawn'))
      await context.close()
    }
  } finally {
    await browser.close()
    await shell.stop()
    cleanup()
  }
  execFileSync('npx', ['tsx', 'src/main/cli.ts', 'export', file, '--pdf', `/tmp/draw/${tag}-report.pdf`], { cwd: '/work/wt-draw', stdio: 'inherit' })
  execFileSync('npx', ['tsx', 'src/main/cli.ts', 'export', file, '--png', `/tmp/draw/${tag}-board.png`], { cwd: '/work/wt-draw', stdio: 'inherit' })
}
main().catch((e) => { console.error(e); process.exit(1) })
