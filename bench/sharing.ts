// `npm run bench -- --sharing` (issue 15): match suggestions for 500 needs × 500 offers, timed in headless
// Chromium (the renderer's engine, the Sharing tab's own code bundled by Vite), and in Node for comparison.
// The board of 300 actors and 1,000 links is measured by board.ts like the note boards (see run.ts).
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Browser } from 'playwright-core'
import { build } from 'vite'
import { allSuggestions } from '@shared/analysis/matchSuggestions'
import { createWorkshop, runCommand } from '@shared/commands'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import { MARKET_CATEGORIES } from '@shared/model/records'
import { seededRandom } from '@shared/random'
import { ROOT } from './shell'
import { percentile, round1 } from './stats'

export const SUGGESTION_TARGET_MS = 200
const MARKET = { needs: 500, offers: 500, matches: 100 } as const
const RUNS = 15

// Words job seekers and helpers use at a needs-and-offers market, with æ, ø and å.
const WHAT = ['værksted', 'lokaler', 'køkken', 'mentor', 'regnskab', 'markedsføring', 'hjemmeside', 'kontakter', 'cykler', 'symaskiner', 'trailer', 'fondsansøgning', 'lydstudie', 'praktikplads', 'butikslokale', 'grafisk design', 'fødevaregodkendelse', 'foreninger', 'skoler', 'startkapital']
const HOW = ['hjælp til', 'adgang til', 'sparring om', 'lån af', 'erfaring med', 'brug af', 'viden om']
const WHEN = ['', ' om aftenen', ' i weekenden', ' to gange om måneden', ' i Holte', ' i Nærum', ' hver tirsdag']

/** A market of 500 needs and 500 offers with 100 matches, built with the commands the Sharing tab sends. */
export function marketDoc(seed = 500): WorkshopDoc {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const ctx = { now: '2026-10-01T18:00:00.000Z' }
  const args = createWorkshop.args.parse({ title: 'Bænk: marked', language: 'da', template: 'needs-offers' })
  let doc = applyPatch(emptyDoc(), createWorkshop.run(emptyDoc(), args, ctx))
  const note = (kind: 'need' | 'offer', i: number) => ({
    id: `${kind}-${i}`,
    text: `${pick(HOW)} ${pick(WHAT)}${random() < 0.4 ? ` og ${pick(WHAT)}` : ''}${pick(WHEN)}`,
    kind,
    marketCategory: pick(MARKET_CATEGORIES),
    exchange: kind === 'offer' ? ('given' as const) : null,
    x: (i % 25) * 200,
    y: (kind === 'need' ? 0 : 4000) + Math.floor(i / 25) * 140,
  })
  const notes = [...Array.from({ length: MARKET.needs }, (_, i) => note('need', i)), ...Array.from({ length: MARKET.offers }, (_, i) => note('offer', i))]
  doc = applyPatch(doc, runCommand(doc, { name: 'addNotes', args: { notes } }, ctx))
  for (let i = 0; i < MARKET.matches; i++)
    doc = applyPatch(doc, runCommand(doc, { name: 'addMatch', args: { id: `m-${i}`, needId: `need-${i}`, offerId: `offer-${(i * 7) % MARKET.offers}` } }, ctx))
  return doc
}

export interface SuggestionTimes {
  firstMs: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Needs that got at least one suggestion, and suggestions in all (what was computed, not only how fast). */
  needsWithSuggestions: number
  suggestions: number
}

function summarize(times: number[], result: Map<string, unknown[]>): SuggestionTimes {
  const warm = times.slice(1)
  return {
    firstMs: round1(times[0]!),
    p50Ms: round1(percentile(warm, 50)),
    p95Ms: round1(percentile(warm, 95)),
    maxMs: round1(Math.max(...warm)),
    needsWithSuggestions: [...result.values()].filter((list) => list.length > 0).length,
    suggestions: [...result.values()].reduce((sum, list) => sum + list.length, 0),
  }
}

export function suggestionsInNode(doc: WorkshopDoc): SuggestionTimes {
  const times: number[] = []
  let result = new Map<string, unknown[]>()
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    result = allSuggestions(doc)
    times.push(performance.now() - started)
  }
  return summarize(times, result)
}

async function bundleSuggestions(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(ROOT, 'src/shared') } },
    plugins: [react()],
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(ROOT, 'bench/suggestionsEntry.ts'), formats: ['iife'], name: 'benchSuggestionsBundle' },
    },
  })
  const first = (Array.isArray(output) ? output[0] : output) as { output: { code?: string }[] }
  const code = first.output.find((chunk) => chunk.code)?.code
  if (!code) throw new Error('Vite produced no bundle for bench/suggestionsEntry.ts')
  return code
}

export async function suggestionsInChromium(browser: Browser, doc: WorkshopDoc): Promise<SuggestionTimes> {
  const script = await bundleSuggestions()
  const page = await browser.newPage()
  try {
    await page.setContent('<!doctype html><title>suggestions</title>')
    await page.addScriptTag({ content: script })
    const { times, counts } = await page.evaluate(
      ([input, runs]) => {
        const suggest = (globalThis as unknown as { benchSuggestions: (doc: unknown) => Map<string, unknown[]> }).benchSuggestions
        const times: number[] = []
        let result = new Map<string, unknown[]>()
        for (let run = 0; run < runs; run++) {
          const started = performance.now()
          result = suggest(input)
          times.push(performance.now() - started)
        }
        return { times, counts: [...result.values()].map((list) => list.length) }
      },
      [doc, RUNS] as const,
    )
    return summarize(times, new Map(counts.map((count, i) => [String(i), Array.from({ length: count })])))
  } finally {
    await page.close()
  }
}
