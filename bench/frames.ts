// Frame timing inside the page: a requestAnimationFrame loop records each frame's timestamp and the board's
// view at that frame (the data-scale/x/y attributes the board keeps on its element), so the bench can both
// measure frame intervals and check that the gesture really moved the view in those frames.
import type { Page } from 'playwright-core'
import type { PageGlobals } from './pageGlobals'

export interface FrameRecord {
  /** rAF timestamps (performance.now() clock), one per frame. */
  times: number[]
  /** The view at each frame as "scale,x,y", or null when the board does not publish it. */
  views: (string | null)[]
  /** How the board was drawn at each frame ("live" or "bitmap", BoardStage's data-drawing), or null. */
  drawing: (string | null)[]
}

/**
 * Where the view and the drawing are read: the laptop board (`.board`, its data-drawing), or the projector's
 * board (`.projector-board`, which has no note bitmap: how it put the sharing map on its canvas, data-drawn's
 * `map`, counts as its drawing).
 */
export interface FrameSource {
  selector: string
  drawing: 'drawing' | 'map'
}

export const LAPTOP_BOARD: FrameSource = { selector: '.board', drawing: 'drawing' }
export const PROJECTOR_BOARD: FrameSource = { selector: '.projector-board', drawing: 'map' }

export async function startRecordingFrames(page: Page, source: FrameSource = LAPTOP_BOARD): Promise<void> {
  await page.evaluate(({ selector, drawing: field }) => {
    const page = globalThis as unknown as PageGlobals
    const board = page.document.querySelector(selector)
    const drawingNow = (data: Record<string, string | undefined> | undefined): string | null => {
      if (field === 'drawing') return data?.drawing ?? null
      const map = data?.drawn ? (JSON.parse(data.drawn) as { map?: string }).map : undefined
      return map ?? null
    }
    const record = {
      times: [] as number[],
      views: [] as (string | null)[],
      drawing: [] as (string | null)[],
      running: true,
    }
    page.__benchFrames = record
    const tick = (time: number) => {
      if (!record.running) return
      record.times.push(time)
      const data = board?.dataset
      record.views.push(data?.scale !== undefined ? `${data.scale},${data.x},${data.y}` : null)
      record.drawing.push(drawingNow(data))
      page.requestAnimationFrame(tick)
    }
    page.requestAnimationFrame(tick)
  }, source)
}

export async function stopRecordingFrames(page: Page): Promise<FrameRecord> {
  return page.evaluate(() => {
    const record = (globalThis as unknown as PageGlobals).__benchFrames
    if (!record) throw new Error('no frame recording was running')
    record.running = false
    return { times: record.times, views: record.views, drawing: record.drawing }
  })
}

/** Of the frames in [from, to), how many showed a different view than the frame before; null when unknown. */
export function framesThatMoved(record: FrameRecord, from: number, to: number): number | null {
  let moved = 0
  for (let i = 1; i < record.times.length; i++) {
    const time = record.times[i]!
    if (time < from || time >= to) continue
    const view = record.views[i]
    if (view === null || view === undefined) return null
    if (view !== record.views[i - 1]) moved++
  }
  return moved
}

/** Of the frames in [from, to), how many showed a bitmap instead of drawing live; null when unknown. */
export function bitmapFrames(record: FrameRecord, from: number, to: number): number | null {
  let count = 0
  for (let i = 0; i < record.times.length; i++) {
    const time = record.times[i]!
    if (time < from || time >= to) continue
    const drawing = record.drawing[i]
    if (drawing === null || drawing === undefined) return null
    if (drawing === 'bitmap') count++
  }
  return count
}
