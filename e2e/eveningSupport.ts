// Helpers for the evening spec (issue 10): screenshots of each step into one folder people look at, the
// document as main holds it, the geometry the room sees (theme blocks, project cards), and reading pixels of
// a PNG (the report's board page) in a page's canvas, so no image library is needed.
import { readFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { readWorkshop } from './boardSupport'
import type { Shell } from './fixtures'
import type { Box } from './boxSupport'

// The box helpers live in boxSupport.ts (shared with layout.spec.ts); the evening specs import them from here too.
export { inside, overlappingPairs, overlaps, type Box } from './boxSupport'

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

/** A theme block with its outline (10 units around the notes) and the label row above it (4 + 30 units). */
export const withOutline = (box: Box): Box => ({ x: box.x - 10, y: box.y - 44, width: box.width + 20, height: box.height + 54 })


/** The size of an action-project card on the board (editor/methodBoard.ts PROJECT_CARD). */
export const CARD = { width: 420, height: 240 }

/**
 * How much is drawn in each box of a PNG: the share of the box's pixels that differ clearly from the box's most
 * common colour. An empty stretch of an area is one flat colour (about 0); a card with its title, a label pill
 * on an area, or a note with text is not. The PNG is decoded in the page's canvas, so no image library is needed.
 */
export async function drawnShares(
  page: Page,
  pngPath: string,
  boxes: { name: string; box: Box }[],
): Promise<{ width: number; height: number; shares: Record<string, number> }> {
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
      const shares: Record<string, number> = {}
      for (const { name, box } of boxes) {
        const left = Math.max(0, Math.round(box.x))
        const top = Math.max(0, Math.round(box.y))
        const right = Math.min(image.width, Math.round(box.x + box.width))
        const bottom = Math.min(image.height, Math.round(box.y + box.height))
        const counts = new Map<number, number>()
        const pixels: number[] = []
        for (let y = top; y < bottom; y++)
          for (let x = left; x < right; x++) {
            const i = (y * image.width + x) * 4
            const key = ((data[i] >> 3) << 10) | ((data[i + 1] >> 3) << 5) | (data[i + 2] >> 3)
            counts.set(key, (counts.get(key) ?? 0) + 1)
            pixels.push(i)
          }
        const mode = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
        const ref = [(mode >> 10) << 3, ((mode >> 5) & 31) << 3, (mode & 31) << 3]
        const differing = pixels.filter((i) => ref.some((c, k) => Math.abs(data[i + k] - c) > 40)).length
        shares[name] = pixels.length ? differing / pixels.length : 0
      }
      return { width: image.width, height: image.height, shares }
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
