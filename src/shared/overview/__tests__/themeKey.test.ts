// "Nearly the same name": which theme names meet across areas, and which do not.
import { describe, expect, it } from 'vitest'
import { themeKey } from '../themeKey'
import { buildOverview, type OverviewEntry } from '../buildOverview'
import type { AreaSummary } from '../areaSummary'

describe('themeKey', () => {
  it.each([
    ['Trafik', 'trafikken'],
    ['TRAFIK', 'Trafik'],
    ['Naboskab', 'Naboskabet'],
    ['Stier', 'Stierne'],
    ['Tilflyttere', 'tilflytterne'],
    ['Tilflytter', 'Tilflyttere'],
    ['Klima', 'Klimaet'],
    ['Skole', 'Skolen'],
    ['Børn', 'Børnene'],
    ['Hall', 'Hallen'],
    ['Café-liv', 'Cafeliv'],
    ['Kulturliv i byen', 'kulturlivet i byen'],
    ['  Natur  ', 'Naturen'],
    ['Idéer', 'ideer'],
  ])('%s and %s meet', (a, b) => {
    expect(themeKey(a)).toBe(themeKey(b))
    expect(themeKey(a)).not.toBe('')
  })

  it.each([
    ['Trafik', 'Trafiksikkerhed'],
    ['Børn', 'Bær'],
    ['Sø', 'Sæ'],
    ['Natur', 'Kultur'],
  ])('%s and %s stay apart', (a, b) => {
    expect(themeKey(a)).not.toBe(themeKey(b))
  })

  it('keeps short words whole (no stem under three letters)', () => {
    expect(themeKey('Ære')).toBe('ære')
    expect(themeKey('Øen')).toBe('øen')
  })

  it('gives no key to a name without letters', () => {
    expect(themeKey(' – ')).toBe('')
  })
})

function area(place: string, themes: string[], projects: { title: string; theme: string }[] = []): AreaSummary {
  return {
    title: `Workshop ${place}`,
    place,
    language: 'da',
    facilitator: '',
    lastSession: null,
    nextSession: null,
    participants: { total: 0, byRole: { citizen: 0, politician: 0, staff: 0, other: 0 } },
    notes: { total: 0, strengths: 0, ideas: 0 },
    categories: [],
    byCategory: {},
    themes: themes.map((name) => ({ name, notes: 1, dots: 0 })),
    projects: projects.map((project, index) => ({
      id: `p${index}`,
      title: project.title,
      owner: null,
      status: 'running',
      progress: null,
      deadline: null,
      lastUpdate: null,
      strategyAreas: [],
      theme: project.theme,
      overdue: false,
      followUpDue: false,
      timeline: [],
    })),
    projectsByStatus: { idea: 0, running: projects.length, done: 0, paused: 0 },
    followUpsDue: 0,
    overdue: 0,
    strategyAreas: [],
  }
}

const entry = (a: AreaSummary): OverviewEntry => ({
  file: `${a.place}.handlekraft`,
  path: `/x/${a.place}.handlekraft`,
  ok: true,
  area: a,
})

describe('recurring themes across areas', () => {
  it('groups near-identical names from different areas and lists, per project, the other areas', () => {
    const overview = buildOverview(
      [
        entry(area('Tølløse', ['Trafikken', 'Naboskab'], [{ title: 'Sikker skolevej', theme: 'Trafikken' }])),
        entry(area('Jyderup', ['trafik', 'Naturen'])),
        entry(area('Orø', ['Færgen', 'Naboskabet', 'Naboskab'])),
        {
          file: 'bad.handlekraft',
          path: '/x/bad.handlekraft',
          ok: false,
          error: { code: 'corrupt', params: {}, message: 'damaged' },
        },
      ],
      '2026-12-01',
    )
    expect(overview.recurringThemes.map((theme) => [theme.names, theme.areas.map((a) => a.place)])).toEqual([
      [
        ['Naboskab', 'Naboskabet'],
        ['Tølløse', 'Orø'],
      ],
      [
        ['Trafikken', 'trafik'],
        ['Tølløse', 'Jyderup'],
      ],
    ])
    expect(overview.projectMatches).toEqual([
      {
        path: '/x/Tølløse.handlekraft',
        projectId: 'p0',
        similar: [{ path: '/x/Jyderup.handlekraft', place: 'Jyderup', theme: 'trafik' }],
      },
    ])
    expect(overview.totals.workshops).toBe(3)
    expect(overview.totals.refused).toBe(1)
  })
})
