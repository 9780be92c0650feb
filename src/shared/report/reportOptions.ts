// What the facilitator chooses when exporting the report (issue 5): which sections, whether names appear,
// the paper and the language. Shared by the API contract, the export dialog, the CLI and the report page.
import { z } from 'zod'
import { Id, Language } from '../model/records'

/**
 * The report's sections in print order; the title page always comes first when chosen. `sharing` (who shares
 * what with whom) and `market` (needs and offers) are printed only when the workshop has actors, or needs and
 * offers (issue 15); the market comes just before the action projects its agreed matches became.
 */
export const REPORT_SECTIONS = ['title', 'board', 'strengths', 'themes', 'sharing', 'market', 'projects', 'participants', 'notes'] as const
export const ReportSection = z.enum(REPORT_SECTIONS)
export type ReportSection = z.infer<typeof ReportSection>

export const PAPER_SIZES = ['A4', 'Letter'] as const
export const PaperSize = z.enum(PAPER_SIZES)
export type PaperSize = z.infer<typeof PaperSize>

export const ReportOptions = z
  .object({
    language: Language,
    paper: PaperSize.default('A4'),
    sections: z
      .array(ReportSection)
      .min(1)
      .max(REPORT_SECTIONS.length)
      .default([...REPORT_SECTIONS]),
    /**
     * Participants' names are printed only when the facilitator asks for it; otherwise every person
     * (owners and members of projects included) appears by role alone.
     */
    includeNames: z.boolean().default(false),
  })
  .strict()
export type ReportOptions = z.infer<typeof ReportOptions>
export type ReportOptionsInput = z.input<typeof ReportOptions>

/** The board picture's scales for PNG export: 1×, 2× and 4× the board's own pixels. */
export const PNG_SCALES = [1, 2, 4] as const
export const PngScale = z.union([z.literal(1), z.literal(2), z.literal(4)])
export type PngScale = z.infer<typeof PngScale>

export const PngOptions = z
  .object({
    scale: PngScale.default(2),
    /** Only these notes and areas (and the lines between them); the whole board when absent or empty. */
    selection: z.array(Id).max(100_000).optional(),
  })
  .strict()
export type PngOptions = z.infer<typeof PngOptions>

/** The largest PNG side in pixels: Chromium's canvas limit is 32,767 and memory runs out well before. */
export const MAX_PNG_SIDE = 16_384

export function sectionsInOrder(sections: readonly ReportSection[]): ReportSection[] {
  return REPORT_SECTIONS.filter((section) => sections.includes(section))
}
