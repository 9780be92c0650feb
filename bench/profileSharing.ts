// `npx tsx bench/profileSharing.ts [--gesture pan|zoom|both] [--out DIR]`: where a frame's time goes on the
// symbiosis-map board (issue 15: 300 actors, 1,000 links). Opens the bench's sharing workshop like the board
// bench (1920×1080, the browser shell, real mouse input), then records a Chromium CPU profile (CDP Profiler,
// 200 µs sampling) and a trace of each gesture, and prints the JS self time per function and the renderer
// main thread's time per trace event (Paint, raster, Commit…), per frame. A tool for the board engineer;
// the figures to compare are `npm run bench -- --sharing`'s.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { launchChromium } from './browser'
import { makeSharingWorkshop } from './makeSharingWorkshop'
import { startShell } from './shell'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback
}
const gestures = option('--gesture', 'both') === 'both' ? ['pan', 'zoom'] : [option('--gesture', 'pan')]
const outDir = resolve(option('--out', join(tmpdir(), 'hk-profile')))
const MS = 3000

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const scratch = mkdtempSync(join(tmpdir(), 'hk-prof-'))
  const workshop = makeSharingWorkshop(scratch)
  const shell = await startShell(join(scratch, 'shell'))
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB', deviceScaleFactor: 1 })
    await context.addInitScript('globalThis.__name = (target) => target')
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await page.goto(shell.url)
    await page.getByRole('button', { name: 'Open…' }).click()
    await page.getByRole('textbox', { name: 'Path to workshop file' }).fill(workshop.path)
    await page.getByRole('button', { name: 'Open', exact: true }).click()
    await page.locator('.board[data-drawing]').waitFor()
    await page.waitForTimeout(1500)
    for (const gesture of gestures) {
      console.log(`\n=== ${gesture} (load ${loadavg().map((l) => l.toFixed(2)).join(' ')}) ===`)
      await profileGesture(page, cdp, gesture)
      await page.waitForTimeout(1000)
    }
  } finally {
    await browser.close()
    await shell.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function profileGesture(page: Page, cdp: CDPSession, gesture: string): Promise<void> {
  const box = (await page.locator('.board').boundingBox())!
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await page.mouse.move(centre.x, centre.y)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await page.evaluate(() => {
    const g = globalThis as unknown as { __f: number[]; requestAnimationFrame: (f: (t: number) => void) => void }
    g.__f = []
    const tick = (t: number) => {
      g.__f.push(t)
      if (g.__f.length < 100000) g.requestAnimationFrame(tick)
    }
    g.requestAnimationFrame(tick)
  })
  await page.context().browser()!.startTracing(page, {
    path: join(outDir, `${gesture}-trace.json`),
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'gpu', 'toplevel', 'benchmark'],
  })
  await cdp.send('Profiler.start')
  const start = performance.now()
  if (gesture === 'pan') {
    await page.mouse.down({ button: 'middle' })
    while (performance.now() - start < MS) {
      const angle = ((performance.now() - start) / 1500) * 2 * Math.PI
      await page.mouse.move(centre.x + 300 * Math.sin(angle), centre.y + 150 * Math.sin(angle * 1.7))
    }
    await page.mouse.up({ button: 'middle' })
  } else {
    await page.keyboard.down('Control')
    let count = 0
    while (performance.now() - start < MS) {
      await page.mouse.wheel(0, Math.floor(count++ / 20) % 2 === 0 ? -10 : 10)
      await new Promise((done) => setTimeout(done, 10))
    }
    await page.keyboard.up('Control')
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
  await page.context().browser()!.stopTracing()
  const frames = await page.evaluate(() => (globalThis as unknown as { __f: number[] }).__f)
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b)
  const pct = (p: number) => intervals[Math.min(intervals.length - 1, Math.floor((p / 100) * intervals.length))]!
  console.log(`frames ${frames.length}: p50 ${pct(50).toFixed(1)} p95 ${pct(95).toFixed(1)} max ${pct(100).toFixed(1)} ms`)
  writeFileSync(join(outDir, `${gesture}.cpuprofile`), JSON.stringify(profile))
  printSelfTimes(profile, frames.length)
}

function printSelfTimes(profile: Profile, frames: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let total = 0
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    total += dt
    const { functionName, url, lineNumber } = node.callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + dt)
  }
  const idle = self.get('(idle) :0') ?? 0
  console.log(`profile ${total.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, busy ${(total - idle).toFixed(0)} ms (${((total - idle) / frames).toFixed(2)} ms per frame)`)
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${(ms / frames).toFixed(2).padStart(6)} /frame  ${key}`)
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
