// Helpers for the evening spec (issue 10): screenshots of each step into one folder people look at, the
// document as main holds it, the geometry the room sees (theme blocks, project cards), and reading pixels of
// a PNG (the report's board page) in a page's canvas, so no image library is needed.
import { readFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readWorkshop } from './boardSupport'
import type { Shell } from './fixtures'

/** Screenshots of every step go here (kept out of git, looked at after each run). */
export const SHOTS_DIR = process.env.EVENING_SHOTS ?? '/tmp/evening-shots'

let shotNumber = 0
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true })
  shotNumber += 1
  const path = join(SHOTS_DIR, `${String(shotNumber).padStart(2, '0')}-${name}.png`)
  await page.screenshot({ path })
  return path
}

export interface Box {
  x: number
  y: number
  width: number
  height: number
}
export interface EveningDoc {
  note: Record<string, Box & { id: string; text: string; kind: string; categoryId: string | null; themeId: string | null }>
  zone: Record<string, Box & { id: string; categoryId: string | null }>
  theme: Record<string, { id: string; name: string }>
  project: Record<string, { id: string; title: string; x: number; y: number; ownerId: string | null; goal: string; firstStep: string; themeId: string | null }>
  participant: Record<string, { id: string; name: string | null; role: string }>
  phase: Record<string, { id: string; facilitatorNotes: string }>
}

export async function eveningDoc(page: Page, shell: Shell): Promise<EveningDoc> {
  return (await readWorkshop(page, shell)).doc as unknown as EveningDoc
}

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

export function boundsOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x))
  const top = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** Each theme's block as the room sees it: the box around its notes (the outline adds the same padding to all). */
export function themeBlocks(doc: EveningDoc): { name: string; box: Box }[] {
  return Object.values(doc.theme).map((theme) => ({
    name: theme.name,
    box: boundsOf(Object.values(doc.note).filter((note) => note.themeId === theme.id)),
  }))
}

/** Pairs of things that overlap, named, for a readable failure. */
export function overlappingPairs(items: readonly { name: string; box: Box }[]): string[] {
  const pairs: string[] = []
  for (const [i, a] of items.entries())
    for (const b of items.slice(i + 1)) if (overlaps(a.box, b.box)) pairs.push(`${a.name} × ${b.name}`)
  return pairs
}

/** The size of an action-project card on the board (editor/methodBoard.ts PROJECT_CARD). */
export const CARD = { width: 420, height: 240 }

/**
 * Reads a PNG in the page's canvas and answers, for each named board box mapped into the picture, the share of
 * its pixels that are not the page's plain background: a drawn card or label gives colour, an empty place none.
 */
export async function inkShares(
  page: Page,
  pngPath: string,
  boxes: { name: string; box: Box }[],
): Promise<{ width: number; height: number; content: Box; shares: Record<string, number> }> {
  const dataUrl = `data:image/png;base64,${readFileSync(pngPath).toString('base64')}`
  return page.evaluate(
    async ({ dataUrl, boxes }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs in the page; the spec is typed for Node
      const { document, Image } = globalThis as any
      const image = new Image()
      image.src = dataUrl
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const ctx = canvas.getContext('2d')
      ctx.drawImage(image, 0, 0)
      const { data } = ctx.getImageData(0, 0, image.width, image.height)
      const at = (x: number, y: number) => {
        const i = (y * image.width + x) * 4
        return [data[i], data[i + 1], data[i + 2]] as number[]
      }
      const isWhite = (px: number[]) => px.every((c) => c > 245)
      // The picture of the board on the page: the bounding box of everything that is not white paper,
      // leaving out the page's header and footer lines (the top and bottom tenth).
      let left = image.width
      let right = 0
      let top = image.height
      let bottom = 0
      for (let y = Math.floor(image.height * 0.1); y < image.height * 0.9; y++)
        for (let x = 0; x < image.width; x++)
          if (!isWhite(at(x, y))) {
            left = Math.min(left, x)
            right = Math.max(right, x)
            top = Math.min(top, y)
            bottom = Math.max(bottom, y)
          }
      const content = { x: left, y: top, width: right - left + 1, height: bottom - top + 1 }
      const background = at(content.x + 2, content.y + 2)
      const near = (a: number[], b: number[]) => a.every((c, i) => Math.abs(c - b[i]!) < 12)
      const shares: Record<string, number> = {}
      for (const { name, box } of boxes) {
        let ink = 0
        let all = 0
        for (let y = Math.round(box.y); y < box.y + box.height; y++)
          for (let x = Math.round(box.x); x < box.x + box.width; x++) {
            all++
            if (!near(at(x, y), background)) ink++
          }
        shares[name] = all ? ink / all : 0
      }
      return { width: image.width, height: image.height, content, shares }
    },
    { dataUrl, boxes },
  )
}

// The board's names in Danish (boardSupport.ts has the English ones).
export const tavle = (page: Page) => page.getByRole('region', { name: 'Tavle' })
export const sedler = (page: Page) => page.getByRole('list', { name: 'Sedler', exact: true })
export const seddel = (page: Page, text: string) =>
  sedler(page).getByRole('button', { name: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })

/** Where a board point is on the page now (from the view the board publishes on its element). */
export async function skærmpunkt(page: Page, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const element = tavle(page)
  const box = (await element.boundingBox())!
  const [scale, x, y] = await Promise.all(
    ['data-scale', 'data-x', 'data-y'].map(async (a) => Number(await element.getAttribute(a))),
  )
  return { x: box.x + x! + point.x * scale!, y: box.y + y! + point.y * scale! }
}
