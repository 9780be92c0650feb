// The phone page's JavaScript budget (issue 13): participants open it on old phones over a hall's Wi-Fi, so the
// build measures what the phone entry loads (its entry chunk and every chunk it imports, gzipped) and fails above
// the budget. Used by electron.vite.config.ts; pure, so a unit test can feed it a bundle.
import { gzipSync } from 'node:zlib'

export const PHONE_BUDGET_BYTES = 150 * 1024

/** The part of a Rollup/Rolldown output chunk this needs. */
export interface BudgetChunk {
  type: 'chunk' | 'asset'
  fileName: string
  isEntry?: boolean
  facadeModuleId?: string | null
  imports?: readonly string[]
  code?: string
}

export interface EntrySize {
  files: string[]
  bytes: number
  gzipBytes: number
}

/** The entry chunk whose module id ends with `entryEnding`, with the chunks it imports statically (what loads first). */
export function entrySize(bundle: Record<string, BudgetChunk>, entryEnding: string): EntrySize | null {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.replace(/\\/g, '/').endsWith(entryEnding))
  if (!entry) return null
  const seen = new Set<string>()
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return
    seen.add(fileName)
    for (const next of bundle[fileName]?.imports ?? []) visit(next)
  }
  visit(entry.fileName)
  let bytes = 0
  let gzipBytes = 0
  for (const fileName of seen) {
    const code = bundle[fileName]?.code ?? ''
    bytes += Buffer.byteLength(code)
    gzipBytes += gzipSync(code, { level: 9 }).length
  }
  return { files: [...seen], bytes, gzipBytes }
}

/** The line the build prints, and whether it is over budget. */
export function budgetVerdict(size: EntrySize, budget = PHONE_BUDGET_BYTES): { ok: boolean; line: string } {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
  const ok = size.gzipBytes <= budget
  const line = `phone page JavaScript: ${kb(size.gzipBytes)} gzipped (${kb(size.bytes)} raw, ${size.files.length} file(s)); budget ${kb(budget)}${ok ? '' : ' — OVER BUDGET'}`
  return { ok, line }
}
