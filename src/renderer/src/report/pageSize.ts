// The paper as CSS paged media: the page size for the whole report, and a landscape page of the same paper
// for a wide board (a portrait one, board-tall, for a tall board). Built from the PaperSize enum only, never
// from free text.
import { PAGE_MARGINS_MM } from '@shared/report/pageMargins'
import type { PaperSize } from '@shared/report/reportOptions'

export function pageCss(paper: PaperSize): string {
  const size = paper === 'Letter' ? 'letter' : 'A4'
  const margin = `${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm`
  return (
    `@page { size: ${size}; margin: ${margin}; }\n@page board { size: ${size} landscape; margin: ${margin}; }\n` +
    `@page board-tall { size: ${size} portrait; margin: ${margin}; }\n`
  )
}
