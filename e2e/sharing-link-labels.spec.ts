// Issue 15: on the Kalundborg demo the sharing links' labels lay over each other. Each label now goes right of
// its link's mark, else left, above or below, else it is hidden at that zoom (board/linkLabels.ts). Read from
// what the board says it drew (data-drawn's linkLabels: the boxes of the labels in view, how many are hidden),
// at 1280x720 after zooming in with Ctrl + wheel to where labels are drawn.
import type { Page } from '@playwright/test'
import { board } from './boardSupport'
import { expect, snap, test } from './fixtures'
import { openKalundborgDemo } from './sharingSupport'

test.use({ viewport: { width: 1280, height: 720 } })

interface LinkLabels {
  hidden: number
  boxes: [number, number, number, number][]
}

const linkLabels = async (page: Page): Promise<LinkLabels | undefined> =>
  (JSON.parse((await board(page).getAttribute('data-drawn')) ?? '{}') as { linkLabels?: LinkLabels }).linkLabels

/** The pairs of label boxes that overlap (as "i/j" with both boxes), none when the labels are apart. */
function overlapping(boxes: LinkLabels['boxes']): string[] {
  const pairs: string[] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [ax, ay, aw, ah] = boxes[i]!
      const [bx, by, bw, bh] = boxes[j]!
      if (ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah) pairs.push(`${boxes[i]} / ${boxes[j]}`)
    }
  return pairs
}

test('zoomed in on the Kalundborg map, no link label lies over another', async ({ page, shell }, testInfo) => {
  test.setTimeout(180_000)
  await openKalundborgDemo(page, shell)
  const area = (await board(page).boundingBox())!
  await page.mouse.move(area.x + area.width * 0.45, area.y + area.height * 0.45)
  // Zoom in notch by notch (each waits for the board to draw crisp) until labels are drawn in view.
  for (let notch = 0; notch < 20 && ((await linkLabels(page))?.boxes.length ?? 0) < 4; notch++) {
    const crisp = await board(page).getAttribute('data-crisp-at')
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -60)
    await page.keyboard.up('Control')
    await expect(board(page)).not.toHaveAttribute('data-crisp-at', crisp!)
    await expect.poll(async () => JSON.parse((await board(page).getAttribute('data-drawn')) ?? '{}').map).toBe('live')
  }
  const labels = await linkLabels(page)
  console.log(`at scale ${await board(page).getAttribute('data-scale')}: ${labels?.boxes.length} labels in view, ${labels?.hidden} hidden on the map`)
  expect(labels?.boxes.length, 'labels drawn in view').toBeGreaterThanOrEqual(4)
  expect(overlapping(labels!.boxes), 'overlapping labels').toEqual([])
  await snap(page, testInfo, 'kalundborg link labels zoomed in')
})
