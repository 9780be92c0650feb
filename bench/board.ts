// One size of the board bench: open the workshop through the UI, then pan by dragging and zoom with the wheel
// using real mouse input (Playwright's CDP Input events, which go through Chromium's input pipeline as a
// mouse's would), measuring frame intervals in the page.
import type { Browser, CDPSession, Page } from 'playwright-core'
import type { PageGlobals } from './pageGlobals'
import {
  bitmapFrames,
  framesThatMoved,
  LAPTOP_BOARD,
  startRecordingFrames,
  stopRecordingFrames,
  type FrameRecord,
  type FrameSource,
} from './frames'
import { framesWithin, percentile, round1, summarizeFrames, type FrameSummary } from './stats'

export const WARM_UP_MS = 500
export const MEASURE_MS = 3000
const VIEWPORT = { width: 1920, height: 1080 }
/** The board's own mark (BoardStage.tsx, notes layer onDraw): the first Konva draw with notes in it. */
const BOARD_DRAWN = 'handlekraft:board-drawn'
const OPEN_REQUESTED = 'bench:open-requested'
const OPEN_TIMEOUT_MS = 180_000
/** How often a synthetic input event is sent: a 250 Hz mouse, and a trackpad-like 100 Hz wheel. */
const MOVE_EVERY_MS = 4
const WHEEL_EVERY_MS = 10
/** Input events sent but not yet acknowledged; bounded so a stalled page does not build an endless queue. */
const MAX_IN_FLIGHT = 4

export interface GestureResult extends FrameSummary {
  /** Frames in the measured window whose view differed from the frame before (null: board does not publish its view). */
  movedFrames: number | null
  /** Frames in the measured window that showed a moved bitmap instead of the board drawn live (null: unknown). */
  bitmapFrames: number | null
}

/** From the last wheel event of a zoom to the board's first crisp drawing at the final view. */
export interface SettleResult {
  samples: number[]
  p50Ms: number
  maxMs: number
}

/** How many zoom bursts the settle-to-crisp figure is taken over. */
const SETTLE_RUNS = 6

export interface BoardResult {
  notes: number
  openMs: number
  /**
   * The figure openMs was before 2 Dec 2026: the timestamp of that frame, i.e. when the frame was due, which
   * precedes a long task that blocked it (the whole React render and commit of the board). Kept to compare.
   */
  openFrameDueMs: number
  pan: GestureResult
  zoom: GestureResult
  /** Pan by dragging at 100 % zoom, where note text is read. */
  readablePan: GestureResult
  /** Zooming with the wheel around 100 %, then stopping: how long until the board is crisp. */
  settle: SettleResult
  heapMB: number
}

export interface MeasureOptions {
  browser: Browser
  url: string
  workshopPath: string
  notes: number
  /** When set, Chrome traces are written to `<traceBase>-open.json` (the open) and `<traceBase>-gestures.json`. */
  traceBase?: string
}

export async function measureBoard(options: MeasureOptions): Promise<BoardResult> {
  const context = await options.browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', deviceScaleFactor: 1 })
  try {
    // tsx (esbuild, keepNames) wraps named functions in __name(…); functions sent to page.evaluate carry
    // that call into the page, so the page needs a no-op __name.
    await context.addInitScript('globalThis.__name = (target) => target')
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const { openMs, openFrameDueMs } = await openThroughUi(page, options.url, options.workshopPath, async (phase) => {
      if (!options.traceBase) return
      if (phase === 'start') await options.browser.startTracing(page, { path: `${options.traceBase}-open.json` })
      else await options.browser.stopTracing()
    })
    await settle(page)
    if (options.traceBase) await options.browser.startTracing(page, { path: `${options.traceBase}-gestures.json` })
    const pan = await measureGesture(page, panByDragging)
    await settle(page)
    const zoom = await measureGesture(page, zoomWithWheel)
    if (options.traceBase) await options.browser.stopTracing()
    await settle(page)
    await actualSize(page)
    await settle(page)
    const readablePan = await measureGesture(page, panByDragging)
    await settle(page)
    const settleToCrisp = await measureSettle(page)
    await settle(page)
    const heapMB = await usedHeapMB(cdp)
    return { notes: options.notes, openMs, openFrameDueMs, pan, zoom, readablePan, settle: settleToCrisp, heapMB }
  } finally {
    await context.close()
  }
}

/**
 * Start screen -> "Open…" -> path -> "Open", as a person does in the browser shell. The clock starts at the
 * form's submit event (inside the page, so both ends use the page's clock) and stops in the first animation
 * frame callback after the board's first draw of the notes, read with performance.now(): the frame that puts
 * that drawing on screen is being made. (Not the callback's timestamp: that is when the frame was due, and a
 * frame due while the page was busy keeps its old timestamp; the open's whole React render and commit, the
 * draw included, is one long task, so that timestamp stopped the clock before the board was even rendered.)
 */
export async function openThroughUi(
  page: Page,
  url: string,
  workshopPath: string,
  trace: (phase: 'start' | 'stop') => Promise<void>,
): Promise<{ openMs: number; openFrameDueMs: number }> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Open…' }).click()
  await page.getByRole('textbox', { name: 'Path to workshop file' }).fill(workshopPath)
  await page.evaluate(
    ([requested, drawn]) => {
      performance.clearMarks(requested)
      performance.clearMarks(drawn)
      const { document } = globalThis as unknown as PageGlobals
      document.addEventListener('submit', () => performance.mark(requested), { capture: true, once: true })
    },
    [OPEN_REQUESTED, BOARD_DRAWN] as const,
  )
  // Handled at once (as a settled value), so a rejection while the click is still running is not unhandled.
  const painted = page
    .evaluate(
      ([requested, drawn, timeoutMs]) =>
        new Promise<{ openMs: number; openFrameDueMs: number }>((resolve, reject) => {
          const { requestAnimationFrame } = globalThis as unknown as PageGlobals
          const started = performance.now()
          const frame = (time: number) => {
            const start = performance.getEntriesByName(requested)[0]
            // The mark is set inside Konva's draw, itself a rAF callback; seeing it at the start of a later
            // frame means the frame it was drawn in has been handed to the compositor.
            if (start && performance.getEntriesByName(drawn).length > 0)
              return resolve({ openMs: performance.now() - start.startTime, openFrameDueMs: time - start.startTime })
            if (performance.now() - started > timeoutMs)
              return reject(new Error(`no ${drawn} mark within ${timeoutMs} ms`))
            requestAnimationFrame(frame)
          }
          requestAnimationFrame(frame)
        }),
      [OPEN_REQUESTED, BOARD_DRAWN, OPEN_TIMEOUT_MS] as const,
    )
    .then(
      (times) => ({ ok: true as const, times }),
      (error: unknown) => ({ ok: false as const, error }),
    )
  await trace('start')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  const outcome = await painted
  await trace('stop')
  if (outcome.ok) return outcome.times
  const alert = await page.getByRole('alert').allTextContents()
  const hint = alert.length ? ` The page says: ${alert.join(' / ')}` : ` Does BoardStage still mark ${BOARD_DRAWN}?`
  throw new Error(`${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}.${hint}`)
}

/**
 * 100 % zoom through the board tools, as a person does: "Actual size (100 %)" lives in the More panel of the
 * Board tools row (issue 10's layout), which folds away again after a button is pressed.
 */
async function actualSize(page: Page): Promise<void> {
  const toolbar = page.getByRole('toolbar', { name: 'Board tools' })
  const more = toolbar.getByRole('button', { name: 'More', exact: true })
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click()
  await toolbar.getByRole('button', { name: 'Actual size (100 %)' }).click()
}

/** Lets the board finish what follows an open or a gesture (font re-measure, culling after the view settles). */
export async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1000)
  await page.evaluate(() => {
    const { requestAnimationFrame } = globalThis as unknown as PageGlobals
    return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

export type Gesture = (page: Page, centre: { x: number; y: number }, untilMs: number) => Promise<void>

/**
 * A gesture on `page`'s board, its frames recorded where `watch` says: by default the same board; the
 * projector bench watches the projector window while the gesture is made on the laptop's board.
 */
export async function measureGesture(
  page: Page,
  gesture: Gesture,
  watch: { page: Page; source: FrameSource } = { page, source: LAPTOP_BOARD },
): Promise<GestureResult> {
  const box = await page.locator('.board').boundingBox()
  if (!box) throw new Error('the board is not on screen')
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await page.mouse.move(centre.x, centre.y)
  await startRecordingFrames(watch.page, watch.source)
  // A little longer than warm-up + measurement, so the measured window is covered by input to its end.
  await gesture(page, centre, WARM_UP_MS + MEASURE_MS + 150)
  const record: FrameRecord = await stopRecordingFrames(watch.page)
  const first = record.times[0]
  if (first === undefined) throw new Error('no animation frames were recorded')
  const from = first + WARM_UP_MS
  const to = from + MEASURE_MS
  const movedFrames = framesThatMoved(record, from, to)
  if (movedFrames === 0)
    throw new Error('the gesture did not move the board view: the bench would be timing an idle page')
  return {
    ...summarizeFrames(framesWithin(record.times, from, to)),
    movedFrames,
    bitmapFrames: bitmapFrames(record, from, to),
  }
}

/**
 * Settle to crisp: SETTLE_RUNS times, a short Ctrl+wheel burst (in, then out, around the current zoom), then
 * hands off. The page notes the last wheel event's time; the board publishes when it was first drawn crisp
 * at a new view (data-crisp-at, set in its draw). The figure is the gap between the two, read once the board
 * has certainly settled. A board that shows a bitmap during the gesture is crisp only after the gesture is
 * judged over and redrawn; a board that draws live is crisp at the frame of the last event.
 */
async function measureSettle(page: Page): Promise<SettleResult> {
  const box = await page.locator('.board').boundingBox()
  if (!box) throw new Error('the board is not on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    page.addEventListener('wheel', (event) => void (page.__benchLastWheel = event.timeStamp), { capture: true })
  })
  const samples: number[] = []
  for (let run = 0; run < SETTLE_RUNS; run++) {
    await page.keyboard.down('Control')
    try {
      for (let notch = 0; notch < 16; notch++) {
        await page.mouse.wheel(0, notch < 10 ? -10 : 10)
        await page.waitForTimeout(WHEEL_EVERY_MS)
      }
    } finally {
      await page.keyboard.up('Control')
    }
    await settle(page)
    const gap = await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals
      const crispAt = Number(page.document.querySelector('.board')?.dataset.crispAt)
      return crispAt - (page.__benchLastWheel ?? Number.NaN)
    })
    if (!Number.isFinite(gap)) throw new Error('the board does not publish data-crisp-at: no settle-to-crisp figure')
    samples.push(round1(Math.max(0, gap)))
  }
  return { samples, p50Ms: round1(percentile(samples, 50)), maxMs: round1(Math.max(...samples)) }
}

/**
 * Calls `step(elapsedMs)` every `everyMs` until `untilMs` has passed. Steps overlap (up to MAX_IN_FLIGHT CDP
 * round trips at once): awaiting each one would tie the input rate to the round trip, which for a wheel event
 * includes the page handling it, and leave frames with no input at all. A real device does not wait either.
 */
async function paced(everyMs: number, untilMs: number, step: (elapsedMs: number) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>()
  const start = performance.now()
  let next = start
  for (;;) {
    const elapsed = performance.now() - start
    if (elapsed >= untilMs) break
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight)
    const sent: Promise<void> = step(elapsed).finally(() => inFlight.delete(sent))
    inFlight.add(sent)
    next += everyMs
    const wait = next - performance.now()
    if (wait > 0) await new Promise((done) => setTimeout(done, wait))
    else next = performance.now() // fell behind (the page is busy): carry on without a burst
  }
  await Promise.all(inFlight)
}

/**
 * Pans by dragging with the middle button, which pans wherever it is pressed (BoardStage: button 1, or
 * Space + left button; a plain left drag on empty board draws a selection rectangle). The pointer sweeps an
 * ellipse around the board's middle, so the view keeps moving without running off the drawn notes.
 */
export const panByDragging: Gesture = async (page, centre, untilMs) => {
  await page.mouse.down({ button: 'middle' })
  try {
    await paced(MOVE_EVERY_MS, untilMs, async (elapsed) => {
      const angle = (elapsed / 1500) * 2 * Math.PI
      await page.mouse.move(centre.x + 300 * Math.sin(angle), centre.y + 150 * Math.sin(angle * 1.7))
    })
  } finally {
    await page.mouse.up({ button: 'middle' })
  }
}

/** Zooms with Ctrl + wheel (how BoardStage zooms; a plain wheel pans): 20 notches in, 20 out, repeated. */
const zoomWithWheel: Gesture = async (page, _centre, untilMs) => {
  await page.keyboard.down('Control')
  try {
    let count = 0
    await paced(WHEEL_EVERY_MS, untilMs, async () => {
      const zoomingIn = Math.floor(count++ / 20) % 2 === 0
      await page.mouse.wheel(0, zoomingIn ? -10 : 10)
    })
  } finally {
    await page.keyboard.up('Control')
  }
}

/** The page's live JS heap after a full garbage collection: what the open board keeps, not passing garbage. */
async function usedHeapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  const usage = await cdp.send('Runtime.getHeapUsage')
  return round1(usage.usedSize / 2 ** 20)
}
