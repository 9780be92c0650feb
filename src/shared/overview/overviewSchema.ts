// The overview as zod schemas: what crosses the API (`overview.read`) and what the report page accepts to
// print (it parses the payload before drawing anything). Checked against the TypeScript types below, so the
// schema and areaSummary.ts / buildOverview.ts cannot drift apart.
import { z } from 'zod'
import { AppErrorShape } from '../errors'
import { IsoDate, Language, ProjectStatus } from '../model/records'
import type { AreaSummary } from './areaSummary'
import type { Overview, OverviewEntry } from './buildOverview'

const Count = z.number().int().min(0)
const RoleCounts = z.object({ citizen: Count, politician: Count, staff: Count, other: Count })
const StatusCounts = z.object({ idea: Count, running: Count, done: Count, paused: Count })
const Name = z.string().max(10_000)

const TimelineEntry = z.object({
  date: z.string().max(40),
  status: ProjectStatus,
  progress: z.number().min(0).max(100).nullable(),
  text: Name,
  session: Name,
})

const AreaProjectSchema = z.object({
  id: z.string().max(64),
  title: Name,
  owner: Name.nullable(),
  status: ProjectStatus,
  progress: z.number().min(0).max(100).nullable(),
  deadline: IsoDate.nullable(),
  lastUpdate: z.string().max(40).nullable(),
  strategyAreas: z.array(Name),
  theme: Name,
  overdue: z.boolean(),
  followUpDue: z.boolean(),
  timeline: z.array(TimelineEntry),
})

export const AreaSummarySchema = z.object({
  title: Name,
  place: Name,
  language: Language,
  facilitator: Name,
  lastSession: IsoDate.nullable(),
  nextSession: IsoDate.nullable(),
  participants: z.object({ total: Count, byRole: RoleCounts }),
  notes: z.object({ total: Count, strengths: Count, ideas: Count }),
  categories: z.array(z.object({ id: z.string().max(64), name: Name.nullable(), color: z.string().max(16) })),
  byCategory: z.record(z.string(), Count),
  themes: z.array(z.object({ name: Name, notes: Count, dots: Count })),
  projects: z.array(AreaProjectSchema),
  projectsByStatus: StatusCounts,
  followUpsDue: Count,
  overdue: Count,
  strategyAreas: z.array(Name),
})

export const OverviewEntrySchema = z.discriminatedUnion('ok', [
  z.object({ file: Name, path: Name, ok: z.literal(true), area: AreaSummarySchema }),
  z.object({ file: Name, path: Name, ok: z.literal(false), error: AppErrorShape.extend({ message: Name }) }),
])

const AreaTheme = z.object({ path: Name, place: Name, theme: Name })

export const OverviewSchema = z.object({
  today: IsoDate,
  files: z.array(OverviewEntrySchema),
  totals: z.object({
    workshops: Count,
    refused: Count,
    participants: z.object({ total: Count, byRole: RoleCounts }),
    notes: z.object({ total: Count, strengths: Count, ideas: Count }),
    byCategory: z.record(z.string(), Count),
    themes: Count,
    projects: Count,
    projectsByStatus: StatusCounts,
    followUpsDue: Count,
    overdue: Count,
  }),
  recurringThemes: z.array(z.object({ key: Name, names: z.array(Name), areas: z.array(AreaTheme) })),
  projectMatches: z.array(z.object({ path: Name, projectId: z.string().max(64), similar: z.array(AreaTheme) })),
  strategyAreas: z.array(z.object({ name: Name, projects: Count, areas: Count })),
})

// Compile-time: the schemas describe exactly the types the aggregation builds.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const AREA_SCHEMA_MATCHES: Same<z.infer<typeof AreaSummarySchema>, AreaSummary> = true
export const ENTRY_SCHEMA_MATCHES: Same<z.infer<typeof OverviewEntrySchema>, OverviewEntry> = true
export const OVERVIEW_SCHEMA_MATCHES: Same<z.infer<typeof OverviewSchema>, Overview> = true

/** What the report page prints: the overview, its language and the date on the title page. */
export const OverviewReportPayload = z.object({ overview: OverviewSchema, language: Language, madeOn: IsoDate })
export type OverviewReportPayload = z.infer<typeof OverviewReportPayload>
