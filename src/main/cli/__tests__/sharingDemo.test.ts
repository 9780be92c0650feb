// `handlekraft demo FILE --scenario kalundborg|rudersdal` (issue 15): one workshop file exactly where asked
// (or in a folder), what it holds said in one line, and `info --json` shows the same numbers.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WorkshopSummary } from '@shared/analysis/workshopSummary'
import { cli, listing, tempDir } from './helpers'

function info(file: string): WorkshopSummary {
  const run = cli(['info', file, '--json'])
  expect(run.code, run.err).toBe(0)
  return JSON.parse(run.out) as WorkshopSummary
}

describe('demo --scenario kalundborg|rudersdal', () => {
  it('writes the symbiosis map to the file named, and info --json counts its actors and links', () => {
    const dir = tempDir()
    const file = path.join(dir, 'kalundborg.handlekraft')
    const run = cli(['demo', file, '--scenario', 'kalundborg'])
    expect(run.code, run.err).toBe(0)
    expect(listing(dir)).toEqual(['kalundborg.handlekraft'])
    expect(run.out).toMatch(/^Created 1 workshop in /m)
    expect(run.out).toContain(`${file}: 21 actors, 25 sharing links, 3 actors without a link.`)
    const summary = info(file)
    expect(summary.sharing.actors).toBe(21)
    expect(summary.sharing.links).toBe(25)
  })

  it('writes the market into a folder, says the share with an agreed match, and never overwrites', () => {
    const dir = tempDir()
    const run = cli(['demo', dir, '--scenario', 'rudersdal'])
    expect(run.code, run.err).toBe(0)
    const file = path.join(dir, 'rudersdal-initiatek.handlekraft')
    expect(listing(dir)).toEqual(['rudersdal-initiatek.handlekraft'])
    expect(run.out).toContain('15 needs, 17 offers, matches 3 proposed, 6 agreed, 2 done, 2 action projects; 50% of the participants')
    const summary = info(file)
    expect(summary.market).toMatchObject({ needs: 15, offers: 17, shareWithAgreedMatch: 0.5 })
    expect(summary.projects).toHaveLength(2)
    const again = cli(['demo', file, '--scenario', 'rudersdal'])
    expect(again.code).toBe(1)
    expect(info(file).market.needs).toBe(15)
  })
})
