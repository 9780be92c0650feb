// `handlekraft demo <file>`: the demo workshop, built command by command through the real store.
// `handlekraft demo <folder> --scenario holbaek|vejle|kalundborg|rudersdal`: a scenario's workshops
// (demo/scenarios/); the symbiosis map and the market also say what they hold, as `info` would count it.
import fs from 'node:fs'
import path from 'node:path'
import { summarizeWorkshop } from '@shared/analysis/workshopSummary'
import { formatPercent } from '@shared/format/format'
import { Language } from '@shared/model/records'
import { WorkshopStore } from '../core/workshopStore'
import { createDemoWorkshop } from '../demo/createDemoWorkshop'
import { SCENARIOS, writeScenario } from '../demo/scenarios/writeScenario'
import type { CliContext } from './context'
import { choice, oneFile, parseCommandLine } from './parseCommandLine'

function formatSize(bytes: number, language: Language): string {
  const kilobytes = new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 0 })
  return `${kilobytes.format(bytes / 1024)} kB`
}

function sayWhatItHolds(ctx: CliContext, file: string, scenario: 'kalundborg' | 'rudersdal'): void {
  const store = WorkshopStore.open(file)
  try {
    const { sharing, market, projects, participants } = summarizeWorkshop(store.doc)
    if (scenario === 'kalundborg') {
      ctx.io.out(ctx.t('cli.demo.sharingCounts', { file, actors: sharing.actors, links: sharing.links, unlinked: sharing.actorsWithoutLinks.length }))
      return
    }
    ctx.io.out(
      ctx.t('cli.demo.marketCounts', {
        file,
        needs: market.needs,
        offers: market.offers,
        ...market.matchesByStatus,
        projects: projects.length,
        share: formatPercent(market.participantsWithAgreedMatch, participants.total, ctx.language),
      }),
    )
  } finally {
    store.close()
  }
}

export function runDemo(ctx: CliContext, args: string[]): number {
  const { values, positionals } = parseCommandLine(args, { scenario: { type: 'string' } }, ctx.t, 'demo')
  const file = path.resolve(oneFile(positionals, ctx.t, 'demo'))
  const scenario = choice(values.scenario, SCENARIOS, '--scenario', ctx.t, 'demo')
  if (scenario) {
    const started = performance.now()
    const { workshops, bad } = writeScenario(file, scenario)
    const ms = Math.round(performance.now() - started)
    ctx.io.out(ctx.t('cli.overview.scenarioCreated', { folder: file, count: workshops.length, ms }))
    if (bad.length > 0) ctx.io.out(ctx.t('cli.overview.scenarioBad', { folder: path.join(file, 'bad'), count: bad.length }))
    if (scenario === 'kalundborg' || scenario === 'rudersdal') for (const workshop of workshops) sayWhatItHolds(ctx, workshop, scenario)
    return 0
  }
  const language = choice(values.lang, Language.options, '--lang', ctx.t, 'demo') ?? ctx.language

  const started = performance.now()
  const { store, commands } = createDemoWorkshop(
    (target, createArgs) => WorkshopStore.create(target, createArgs),
    file,
    language,
  )
  const summary = summarizeWorkshop(store.doc)
  store.close()
  const ms = Math.round(performance.now() - started)

  ctx.io.out(ctx.t('cli.demo.created', { file, ms, commands, size: formatSize(fs.statSync(file).size, ctx.language) }))
  ctx.io.out(
    ctx.t('cli.demo.counts', {
      participants: summary.participants.total,
      strengths: summary.notes.byKind.strength,
      ideas: summary.notes.byKind.idea,
      themes: summary.themes.length,
      dots: summary.votes.total,
      projects: summary.projects.length,
    }),
  )
  return 0
}
