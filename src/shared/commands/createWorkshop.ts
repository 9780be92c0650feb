// Fills a new, empty file: the workshop record, the six asset categories and the template's zones.
// Run once at creation; the file's history starts after it, so it cannot be undone into nothing.
import { z } from 'zod'
import { DEFAULT_CATEGORIES, DEFAULT_STRATEGY_AREAS, STANDARD_AGENDA } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { ACTOR_TYPES, Language, LIVE_STATE_ID, Template, Text, WORKSHOP_ID, type Zone } from '../model/records'
import { EMPTY_ZONE_HEIGHT } from '../layout/fitZones'
import { defineCommand, reject } from './command'

const ZONE = { width: 900, height: 640, gap: 60 } as const

/** Symbiosis map: one zone per actor type; needs and offers market: a needs zone and an offers zone (issue 15). */
function sharingZones(template: Template): Zone[] | null {
  if (template === 'symbiosis-map') {
    return ACTOR_TYPES.map((type, index) => ({
      id: `zone-actors-${type}`,
      title: '',
      categoryId: null,
      color: ACTOR_ZONE_COLOURS[index]!,
      x: (index % 4) * (ZONE.width + ZONE.gap),
      y: Math.floor(index / 4) * (ZONE.height + ZONE.gap),
      width: ZONE.width,
      height: ZONE.height,
    }))
  }
  if (template === 'needs-offers') {
    return [
      { id: 'zone-needs', title: '', categoryId: null, color: '#f4a3a3', x: 0, y: 0, width: ZONE.width * 1.5, height: ZONE.height * 1.5 },
      { id: 'zone-offers', title: '', categoryId: null, color: '#9fd8a0', x: ZONE.width * 1.5 + ZONE.gap, y: 0, width: ZONE.width * 1.5, height: ZONE.height * 1.5 },
    ]
  }
  return null
}
const ACTOR_ZONE_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#b07aa1', '#2f6f6a', '#9c755f']

function templateZones(template: Template): Zone[] {
  if (template === 'blank') return []
  const sharing = sharingZones(template)
  if (sharing) return sharing
  // The method's areas start empty with room for a row of notes, and fit what they hold as it is placed
  // (layout/fitZones.ts): tall empty areas made "Show everything" too small to read.
  const height = EMPTY_ZONE_HEIGHT
  const zones: Zone[] = DEFAULT_CATEGORIES.map((category, index) => ({
    id: `zone-${category.id}`,
    title: '',
    categoryId: category.id,
    color: category.color,
    x: (index % 3) * (ZONE.width + ZONE.gap),
    y: Math.floor(index / 3) * (height + ZONE.gap),
    width: ZONE.width,
    height,
  }))
  const belowCategories = 2 * (height + ZONE.gap)
  zones.push(
    { id: 'zone-ideas', title: '', categoryId: null, color: '#9ec5e8', x: 0, y: belowCategories, width: ZONE.width * 3 + ZONE.gap * 2, height },
    { id: 'zone-projects', title: '', categoryId: null, color: '#c9b6e4', x: 0, y: belowCategories + height + ZONE.gap, width: ZONE.width * 3 + ZONE.gap * 2, height },
  )
  return zones
}

export const createWorkshop = defineCommand({
  name: 'createWorkshop',
  args: z.object({
    title: Text(200).trim().min(1),
    place: Text(200).default(''),
    facilitator: Text(200).default(''),
    language: Language,
    template: Template.default('blank'),
  }),
  run(doc, args, ctx) {
    if (doc.workshop[WORKSHOP_ID]) reject('workshop-exists')
    const patch = new PatchBuilder().add('workshop', {
      id: WORKSHOP_ID,
      title: args.title,
      place: args.place,
      facilitator: args.facilitator,
      language: args.language,
      template: args.template,
      strategyAreas: [...DEFAULT_STRATEGY_AREAS[args.language]],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    for (const category of DEFAULT_CATEGORIES) patch.add('category', { ...category })
    for (const zone of templateZones(args.template)) patch.add('zone', zone)
    STANDARD_AGENDA.forEach(({ kind, minutes }, position) =>
      patch.add('phase', { id: `phase-${kind}`, kind, title: '', durationMinutes: minutes, position, facilitatorNotes: '' }),
    )
    const firstPhaseMs = STANDARD_AGENDA[0].minutes * 60_000
    patch.add('liveState', {
      id: LIVE_STATE_ID,
      currentSessionId: null,
      currentPhaseId: `phase-${STANDARD_AGENDA[0].kind}`,
      timerDurationMs: firstPhaseMs,
      timerStartedAt: null,
      timerRemainingMs: firstPhaseMs,
    })
    return patch.build()
  },
})
