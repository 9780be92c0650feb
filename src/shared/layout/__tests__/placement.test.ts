// Where things land: project cards in the projects area, gathered themes that cover nothing, Quick add in
// the free places of an area, and the free-space search under them. Each test builds the board the way a
// facilitator does (template, Quick add, the panel's commands) and checks what the room would see: boxes
// that do not overlap.
import { describe, expect, it } from 'vitest'
import { createWorkshop } from '../../commands/index'
import { emptyDoc, recordsOf, type WorkshopDoc } from '../../model/document'
import { applyPatch, invertPatch, type Patch } from '../../model/patch'
import { overlaps, type Box } from '../box'
import { findFreeSpot } from '../freeSpot'
import { cardBox, notesByTheme, outlineAround, themeFootprint } from '../obstacles'
import { PROJECTS_ZONE_ID } from '../placeNew'
import { placeActor, placeRetypedActor } from '../placeActor'
import { PROJECT_CARD_ROOM, THEME_LABEL_ROOM, THEME_OUTLINE } from '../sizes'
import { EMPTY_ZONE_HEIGHT, ZONE_ROOM } from '../fitZones'
import { newWorkshop, runOn, patchOf as fixturePatch } from '../../commands/__tests__/workshopFixture'

const ctx = { now: '2026-03-10T18:00:00.000Z' }
const patchOf = (doc: WorkshopDoc, name: string, args: unknown): Patch => fixturePatch(doc, name, args, ctx)
const run = (doc: WorkshopDoc, name: string, args: unknown) => runOn(doc, name, args, ctx)

function template(): WorkshopDoc {
  return newWorkshop({ title: 'Knabstrup', language: 'da', template: 'strengths-map' }, ctx)
}

const quickAdd = (
  doc: WorkshopDoc,
  zoneId: string | null,
  texts: string[],
  kind = 'idea',
  categoryId: string | null = null,
) =>
  run(doc, 'addNotes', {
    notes: texts.map((text, i) => ({
      id: `${kind}-${zoneId}-${Object.keys(doc.note).length + i}`,
      text,
      kind,
      categoryId,
    })),
    place: { zoneId },
  })

const inside = (outer: Box, inner: Box) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height

/** Pairs of boxes (by name) that overlap. */
function overlapping(boxes: { name: string; box: Box }[]): string[] {
  const found: string[] = []
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (overlaps(boxes[i]!.box, boxes[j]!.box)) found.push(`${boxes[i]!.name} × ${boxes[j]!.name}`)
  return found
}

/** Everything the room sees as one thing: each theme (outline and label room), each free note, each card. */
function thingsOnBoard(doc: WorkshopDoc): { name: string; box: Box }[] {
  const things: { name: string; box: Box }[] = []
  for (const [themeId, notes] of notesByTheme(doc))
    things.push({ name: `theme ${themeId}`, box: themeFootprint(outlineAround(notes)!.box) })
  for (const note of recordsOf(doc, 'note')) if (!note.themeId) things.push({ name: `note ${note.id}`, box: note })
  for (const project of recordsOf(doc, 'project')) things.push({ name: `card ${project.id}`, box: cardBox(project) })
  return things
}

/** 36 ideas typed in with Quick add, then six themes of six made from the checklist, as on the evening. */
function sixThemes(): WorkshopDoc {
  let doc = template()
  doc = quickAdd(doc, 'zone-people', ['Lærerne', 'Spejderlederen', 'Kirsten med bierne'], 'strength', 'people')
  doc = quickAdd(
    doc,
    'zone-ideas',
    Array.from({ length: 36 }, (_, i) => `Idé ${i + 1}`),
  )
  const ideas = recordsOf(doc, 'note')
    .filter((n) => n.kind === 'idea')
    .sort((a, b) => a.y - b.y || a.x - b.x)
  for (let t = 0; t < 6; t++) {
    // Every sixth idea: the theme's notes start spread over the whole area, as checked in the list.
    const noteIds = ideas.filter((_, i) => i % 6 === t).map((n) => n.id)
    doc = run(doc, 'createTheme', { id: `theme-${t}`, noteIds, gather: 'rows' })
  }
  return doc
}

describe('free-space search', () => {
  const size = { width: 100, height: 50 }
  it('answers the region corner on an empty region, and reading order past obstacles', () => {
    expect(findFreeSpot(size, { x: 0, y: 0, width: 500, height: 500 }, [], { gap: 10 })).toEqual({ x: 0, y: 0 })
    const wall = { x: 0, y: 0, width: 300, height: 40 }
    expect(findFreeSpot(size, { x: 0, y: 0, width: 500, height: 500 }, [wall], { gap: 10 })).toEqual({ x: 310, y: 0 })
    const full = { x: 0, y: 0, width: 500, height: 40 }
    expect(findFreeSpot(size, { x: 0, y: 0, width: 500, height: 500 }, [full], { gap: 10 })).toEqual({ x: 0, y: 50 })
  })
  it('answers null when nothing fits in a bounded region, a spot below everything in a growing one', () => {
    const full = { x: 0, y: 0, width: 500, height: 480 }
    expect(findFreeSpot(size, { x: 0, y: 0, width: 500, height: 500 }, [full], { gap: 10 })).toBeNull()
    expect(findFreeSpot(size, { x: 0, y: 0, width: 500, height: Infinity }, [full], { gap: 10 })).toEqual({
      x: 0,
      y: 490,
    })
  })
  it('with `near`, the free spot closest to that point, never one that touches an obstacle', () => {
    const obstacles = [{ x: 200, y: 200, width: 100, height: 100 }]
    const spot = findFreeSpot(size, { x: 0, y: 0, width: 1000, height: 1000 }, obstacles, {
      gap: 10,
      near: { x: 210, y: 210 },
    })!
    expect(overlaps({ ...spot, width: 100, height: 50 }, { x: 190, y: 190, width: 120, height: 120 })).toBe(false)
    expect(Math.hypot(spot.x - 210, spot.y - 210)).toBeLessThan(120)
  })
  it('never gives a spot that overlaps, over many random boards', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let round = 0; round < 100; round++) {
      const obstacles = Array.from({ length: 30 }, () => ({
        x: random() * 2000,
        y: random() * 1000,
        width: 20 + random() * 300,
        height: 20 + random() * 200,
      }))
      const want = { width: 50 + random() * 400, height: 50 + random() * 300 }
      const spot = findFreeSpot(want, { x: 0, y: 0, width: 2400, height: Infinity }, obstacles, { gap: 24 })!
      for (const o of obstacles) expect(overlaps({ ...spot, ...want }, o)).toBe(false)
    }
  })
})

describe('project cards (bug 1: they landed at 0,0 on top of each other and under the notes)', () => {
  it('go into the projects area in order, side by side, and never on anything', () => {
    let doc = quickAdd(template(), 'zone-people', ['Lærerne', 'Spejderlederen'], 'strength', 'people')
    doc = run(doc, 'addProject', { id: 'p1', title: 'Trafik' })
    doc = run(doc, 'addProject', { id: 'p2', title: 'Børneliv' })
    const zone = doc.zone[PROJECTS_ZONE_ID]!
    const [one, two] = [cardBox(doc.project.p1!), cardBox(doc.project.p2!)]
    expect(inside(zone, one)).toBe(true)
    expect(inside(zone, two)).toBe(true)
    expect(two.x).toBeGreaterThan(one.x)
    expect(two.y).toBe(one.y)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
  })
  it('leave room beside each card for its title drawn at a readable size when zoomed out (issue 10)', () => {
    let doc = run(template(), 'addProject', { id: 'p1', title: 'Lektiecafé i forsamlingshuset' })
    doc = run(doc, 'addProject', { id: 'p2', title: 'Gadefest i hver gade' })
    const [one, two] = [cardBox(doc.project.p1!), cardBox(doc.project.p2!)]
    expect(two.y).toBe(one.y)
    // Before: the next card sat at the card's edge (420 + 24), cutting the first one's title pill.
    expect(two.x - one.x).toBeGreaterThanOrEqual(PROJECT_CARD_ROOM.width)
  })
  it('grow the area (and push what is below it down) when it is full, in the same undo step', () => {
    let doc = template()
    // Something below the projects area that must not end up under its cards.
    doc = run(doc, 'addItems', { zones: [{ id: 'below', title: 'Parkering', x: 0, y: 3000, width: 900, height: 300 }] })
    const before = doc.zone[PROJECTS_ZONE_ID]!
    for (let i = 0; i < 14; i++) doc = run(doc, 'addProject', { id: `p${i}`, title: `Projekt ${i}` })
    const patch = patchOf(doc, 'addProject', { id: 'p14', title: 'Et til' })
    const after = applyPatch(doc, patch)
    const zone = after.zone[PROJECTS_ZONE_ID]!
    expect(zone.height).toBeGreaterThan(before.height)
    for (const project of recordsOf(after, 'project')) expect(inside(zone, cardBox(project))).toBe(true)
    expect(overlapping(thingsOnBoard(after))).toEqual([])
    expect(after.zone.below!.y).toBeGreaterThanOrEqual(zone.y + zone.height)
    // One command: undoing it takes the card away and puts the area back as it was.
    expect(applyPatch(after, invertPatch(patch))).toEqual(doc)
  })
  it('keep a place given by the caller (import, the demo)', () => {
    const doc = run(template(), 'addProject', { id: 'p', x: 123, y: 456 })
    expect(doc.project.p).toMatchObject({ x: 123, y: 456 })
  })
  it('go below the content on a board without a projects area', () => {
    const blank = newWorkshop({ title: 'B', language: 'en' }, ctx)
    let doc = run(blank, 'addItems', { notes: [{ id: 'n', text: 'x', x: 0, y: 0 }] })
    doc = run(doc, 'addProject', { id: 'p1' })
    doc = run(doc, 'addProject', { id: 'p2' })
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
    expect(doc.project.p1!.y).toBeGreaterThan(120)
  })
  it('never land on an actor card (a project made from a match on a needs-and-offers board, issue 15)', () => {
    const market = applyPatch(
      emptyDoc(),
      createWorkshop.run(
        emptyDoc(),
        createWorkshop.args.parse({ title: 'M', language: 'da', template: 'needs-offers' }),
        ctx,
      ),
    )
    const below = Math.max(...recordsOf(market, 'zone').map((zone) => zone.y + zone.height)) + 120
    let doc = run(market, 'addActors', {
      actors: [0, 1, 2, 3].map((i) => ({ id: `a${i}`, name: `Firma ${i}`, type: 'firm', x: i * 280, y: below })),
    })
    doc = run(doc, 'addProject', { id: 'p1' })
    doc = run(doc, 'addProject', { id: 'p2' })
    const boxes = [
      ...thingsOnBoard(doc),
      ...recordsOf(doc, 'actor').map((actor) => ({ name: `actor ${actor.id}`, box: actor as Box })),
    ]
    expect(overlapping(boxes)).toEqual([])
  })
})

describe('making themes (bug 3: outlines overlapped and labels covered each other)', () => {
  it('six themes made from spread-out notes: no outline or label room overlaps another, or any note', () => {
    const doc = sixThemes()
    expect(notesByTheme(doc).size).toBe(6)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
    // Each theme is a tidy block inside the Ideas area (which grew to hold them), not spread over the board.
    const ideas = doc.zone['zone-ideas']!
    for (const notes of notesByTheme(doc).values()) expect(inside(ideas, outlineAround(notes)!.box)).toBe(true)
    // The projects area moved down with the Ideas area: the two still do not overlap.
    expect(overlaps(ideas, doc.zone[PROJECTS_ZONE_ID]!)).toBe(false)
  })
  it('themes ticked from all over the area line up in rows below the unsorted notes, in the order made', () => {
    const doc = sixThemes()
    const boxes = [0, 1, 2, 3, 4, 5].map((t) => outlineAround(notesByTheme(doc).get(`theme-${t}`)!)!.box)
    for (const t of [1, 2, 3]) {
      expect(boxes[t]!.y).toBe(boxes[0]!.y)
      expect(boxes[t]!.x).toBeGreaterThan(boxes[t - 1]!.x)
    }
    expect(boxes[0]!.x).toBeLessThan(doc.zone['zone-ideas']!.x + 100)
  })
  it('a cluster dragged together on the board stays about where it was', () => {
    const doc0 = quickAdd(
      template(),
      'zone-ideas',
      Array.from({ length: 12 }, (_, i) => `Idé ${i}`),
    )
    const ideas = doc0.zone['zone-ideas']!
    const at = { x: ideas.x + 1500, y: ideas.y + 300 }
    let doc = run(doc0, 'addItems', {
      notes: [
        { id: 'c1', text: 'Cykelsti', x: at.x, y: at.y },
        { id: 'c2', text: 'Fortov', x: at.x + 190, y: at.y + 10 },
        { id: 'c3', text: 'Lys', x: at.x + 40, y: at.y + 150 },
      ],
    })
    doc = run(doc, 'createTheme', { id: 't', noteIds: ['c1', 'c2', 'c3'], gather: 'near' })
    const box = outlineAround(notesByTheme(doc).get('t')!)!.box
    expect(Math.hypot(box.x - at.x, box.y - at.y)).toBeLessThan(300)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
  })
  it('is one patch: undo puts every note back and drops the theme', () => {
    const doc = quickAdd(template(), 'zone-ideas', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    const ids = recordsOf(doc, 'note').map((n) => n.id)
    const patch = patchOf(doc, 'createTheme', { id: 't', noteIds: [ids[0], ids[3], ids[7]], gather: 'rows' })
    const after = applyPatch(doc, patch)
    expect(recordsOf(after, 'note').filter((n) => n.themeId === 't')).toHaveLength(3)
    expect(applyPatch(after, invertPatch(patch))).toEqual(doc)
  })
  it('keeps duplicates stacked (one cell), and leaves notes in place without `gather`', () => {
    let doc = run(template(), 'addItems', {
      notes: [
        { id: 'a', text: 'Cykelsti', x: 100, y: 1500 },
        { id: 'a2', text: 'Cykelsti', x: 100, y: 1500 },
        { id: 'b', text: 'Fartdæmpning', x: 2000, y: 1700 },
      ],
    })
    const plain = run(doc, 'createTheme', { id: 'u', noteIds: ['a', 'b'] })
    expect(plain.note.b).toMatchObject({ x: 2000, y: 1700, themeId: 'u' })
    doc = run(doc, 'createTheme', { id: 't', noteIds: ['a', 'a2', 'b'], gather: 'rows' })
    expect([doc.note.a!.x, doc.note.a!.y]).toEqual([doc.note.a2!.x, doc.note.a2!.y])
    expect(Math.abs(doc.note.b!.x - doc.note.a!.x)).toBeLessThanOrEqual(180 + 24)
  })
  it('"Tidy themes" re-flows themes that were dragged on top of each other, in one patch', () => {
    let doc = sixThemes()
    // Drag every theme's notes onto the same spot: the mess the facilitator found.
    const items = recordsOf(doc, 'note')
      .filter((n) => n.themeId)
      .map((n, i) => ({ id: n.id, x: 200 + (i % 3) * 30, y: 1500 + (i % 2) * 30 }))
    doc = run(doc, 'moveItems', { items, adoptZoneCategory: false })
    expect(overlapping(thingsOnBoard(doc)).length).toBeGreaterThan(0)
    const patch = patchOf(doc, 'tidyThemes', {})
    const tidy = applyPatch(doc, patch)
    expect(overlapping(thingsOnBoard(tidy))).toEqual([])
    expect(recordsOf(tidy, 'note').filter((n) => n.themeId).length).toBe(36)
    expect(applyPatch(tidy, invertPatch(patch))).toEqual(doc)
  })
  it('adding notes to a theme gathers them into its block', () => {
    let doc = sixThemes()
    doc = quickAdd(doc, 'zone-ideas', ['Nyt 1', 'Nyt 2'])
    const fresh = recordsOf(doc, 'note')
      .filter((n) => n.text.startsWith('Nyt'))
      .map((n) => n.id)
    doc = run(doc, 'addToTheme', { themeId: 'theme-2', noteIds: fresh })
    expect(notesByTheme(doc).get('theme-2')).toHaveLength(8)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
  })
})

describe('Quick add (bug 11: new notes landed on top of the notes already there)', () => {
  it('puts new notes in free places around notes placed by hand, never on them', () => {
    const doc0 = template()
    const zone = doc0.zone['zone-places']!
    // Two notes dragged in by hand near the spots a plain grid would use first and second.
    let doc = run(doc0, 'addItems', {
      notes: [
        { id: 'h1', text: 'Hallen', kind: 'strength', categoryId: 'places', x: zone.x + 240, y: zone.y + 30 },
        { id: 'h2', text: 'Skoven', kind: 'strength', categoryId: 'places', x: zone.x + 20, y: zone.y + 40 },
      ],
    })
    doc = quickAdd(doc, 'zone-places', ['Havnen', 'Kirken', 'Stranden', 'Mosen'], 'strength', 'places')
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
    for (const note of recordsOf(doc, 'note')) expect(inside(doc.zone['zone-places']!, note)).toBe(true)
  })
  it('grows a full area downward (pushing the areas below) instead of spilling over them', () => {
    let doc = template()
    const before = doc.zone['zone-people']!
    doc = quickAdd(
      doc,
      'zone-people',
      Array.from({ length: 30 }, (_, i) => `Person ${i}`),
      'strength',
      'people',
    )
    const zone = doc.zone['zone-people']!
    expect(zone.height).toBeGreaterThan(before.height)
    for (const note of recordsOf(doc, 'note')) expect(inside(zone, note)).toBe(true)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
    // The area below it in the same column moved down and still holds nothing of People's.
    expect(overlaps(zone, doc.zone['zone-economy']!)).toBe(false)
  })
  it('a batch (phones: 40 notes at once) lands where the same notes added one at a time land', () => {
    const doc0 = template()
    const zone = doc0.zone['zone-ideas']!
    // Gaps to fill first: notes dragged in by hand, and a full area to grow past.
    let start = run(doc0, 'addItems', {
      notes: [
        { id: 'h1', text: 'Hal', kind: 'idea', x: zone.x + 240, y: zone.y + 30 },
        { id: 'h2', text: 'Sø', kind: 'idea', x: zone.x + 30, y: zone.y + 200 },
      ],
    })
    start = quickAdd(
      start,
      'zone-ideas',
      Array.from({ length: 25 }, (_, i) => `Før ${i}`),
    )
    const texts = Array.from({ length: 40 }, (_, i) => `Idé ${i}`)
    const batch = quickAdd(start, 'zone-ideas', texts)
    const oneByOne = texts.reduce((doc, text) => quickAdd(doc, 'zone-ideas', [text]), start)
    const spots = (doc: WorkshopDoc) =>
      recordsOf(doc, 'note')
        .filter((note) => note.text.startsWith('Idé'))
        .map((note) => `${note.text}@${note.x},${note.y}`)
        .sort()
    expect(spots(batch)).toEqual(spots(oneByOne))
    expect(batch.zone['zone-ideas']).toEqual(oneByOne.zone['zone-ideas'])
    expect(batch.zone['zone-ideas']!.height).toBeGreaterThan(start.zone['zone-ideas']!.height) // it grew
    expect(overlapping(thingsOnBoard(batch))).toEqual([])
  })
  it('without an area, lines up the notes in a row below the board', () => {
    const doc = quickAdd(template(), null, ['x', 'y', 'z'], 'other')
    const notes = recordsOf(doc, 'note')
    expect(new Set(notes.map((n) => n.y)).size).toBe(1)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
  })
})

describe('new actor cards (issue 15: they landed in a row below the Symbiosis map, not in their type’s zone)', () => {
  it('go into their type’s zone side by side, then below the board when it is full; never on another card', () => {
    const map = applyPatch(
      emptyDoc(),
      createWorkshop.run(
        emptyDoc(),
        createWorkshop.args.parse({ title: 'S', language: 'da', template: 'symbiosis-map' }),
        ctx,
      ),
    )
    let doc = map
    for (let i = 0; i < 8; i++)
      doc = run(doc, 'addActors', {
        actors: [{ id: `f${i}`, name: `Firma ${i}`, type: 'firm', ...placeActor(doc, 'firm') }],
      })
    const zone = doc.zone['zone-actors-firm']!
    const actors = recordsOf(doc, 'actor')
    expect(actors.filter((actor) => inside(zone, actor)).length).toBeGreaterThanOrEqual(4)
    expect(actors.some((actor) => !inside(zone, actor))).toBe(true)
    expect(overlapping(actors.map((actor) => ({ name: actor.id, box: actor })))).toEqual([])
    const school = placeActor(doc, 'education')
    expect(inside(doc.zone['zone-actors-education']!, { ...school, width: 220, height: 110 })).toBe(true)
  })
})

describe('areas fit what they hold, with room to add (issue 10: Show everything fitted empty areas at 18 %)', () => {
  const zoneOf = (doc: WorkshopDoc, id: string) => doc.zone[id]!
  it('start with room for one row of notes', () => {
    const doc = template()
    for (const zone of recordsOf(doc, 'zone')) expect(zone.height).toBe(EMPTY_ZONE_HEIGHT)
    expect(zoneOf(doc, 'zone-places').y).toBe(EMPTY_ZONE_HEIGHT + 60)
  })
  it('grow to their notes with room for one more: a gap in a row, else a free row; the row of areas shares the height; the rows below follow', () => {
    const before = template()
    const six = ['Lærerne', 'Spejderlederen', 'Kirsten', 'Bageren', 'Præsten', 'Smeden']
    let doc = quickAdd(before, 'zone-people', six, 'strength', 'people')
    // Two rows of notes (four fit across); the second has room for two more.
    expect(zoneOf(doc, 'zone-people').height).toBe(30 + 2 * 120 + 24 + 30)
    doc = quickAdd(doc, 'zone-people', ['Købmanden', 'Postbudet'], 'strength', 'people')
    const people = zoneOf(doc, 'zone-people')
    // Both rows full: a free row below.
    expect(people.height).toBe(30 + 2 * 120 + 24 + 24 + ZONE_ROOM + 30)
    for (const id of ['zone-associations', 'zone-institutions']) expect(zoneOf(doc, id).height).toBe(people.height)
    const grown = people.height - EMPTY_ZONE_HEIGHT
    for (const id of ['zone-places', 'zone-economy', 'zone-culture', 'zone-ideas', 'zone-projects'])
      expect(zoneOf(doc, id).y).toBe(zoneOf(before, id).y + grown)
    for (const note of recordsOf(doc, 'note')) expect(inside(people, note)).toBe(true)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
  })
  it('close up around what they hold, carrying what is in the rows below, in one undo step', () => {
    // The board as the template made it before: 640-tall areas, with notes in them (the demo lays out so).
    let doc = template()
    const wall = recordsOf(doc, 'zone').map((zone, index) => ({
      id: zone.id,
      y: zone.id === 'zone-ideas' ? 1400 : zone.id === 'zone-projects' ? 2100 : Math.floor(index / 3) * 700,
      height: 640,
    }))
    doc = run(doc, 'updateZones', { zones: wall })
    const places = zoneOf(doc, 'zone-places')
    doc = run(doc, 'addItems', {
      notes: [
        { id: 'n1', text: 'Hallen', kind: 'strength', categoryId: 'places', x: places.x + 30, y: places.y + 30 },
        { id: 'n2', text: 'Ide', kind: 'idea', x: 40, y: 1430 },
      ],
    })
    const patch = patchOf(doc, 'fitZones', {})
    const after = applyPatch(doc, patch)
    expect(zoneOf(after, 'zone-people').height).toBe(EMPTY_ZONE_HEIGHT)
    // One note, and room beside it for more.
    expect(zoneOf(after, 'zone-places').height).toBe(30 + 120 + 30)
    expect(zoneOf(after, 'zone-places').y).toBe(EMPTY_ZONE_HEIGHT + 60)
    // Each note travelled with its area.
    expect(after.note.n1!.y - zoneOf(after, 'zone-places').y).toBe(30)
    expect(after.note.n2!.y - zoneOf(after, 'zone-ideas').y).toBe(30)
    expect(zoneOf(after, 'zone-projects').y).toBe(zoneOf(after, 'zone-ideas').y + zoneOf(after, 'zone-ideas').height + 60)
    expect(zoneOf(after, 'zone-projects').y + EMPTY_ZONE_HEIGHT).toBeLessThan(2100)
    expect(applyPatch(after, invertPatch(patch))).toEqual(doc)
  })
  it('move what they hold up when their top has emptied: ideas sorted into themes leave no empty band', () => {
    const doc = sixThemes()
    const ideas = doc.zone['zone-ideas']!
    const themed = recordsOf(doc, 'note').filter((note) => note.themeId)
    const firstRow = Math.min(...themed.map((note) => note.y))
    // The label room above the first row of blocks starts at the area's padding (before: below where the
    // 36 ideas had been written, 4 rows of notes further down).
    expect(firstRow - THEME_LABEL_ROOM.height - THEME_OUTLINE.padding).toBe(ideas.y + 30)
    expect(overlapping(thingsOnBoard(doc))).toEqual([])
    for (const note of themed) expect(inside(ideas, note)).toBe(true)
  })
  it('leave an area the facilitator drew at the size given to it', () => {
    let doc = run(template(), 'addItems', { zones: [{ id: 'mine', title: 'Parkering', x: 3000, y: 0, width: 900, height: 700 }] })
    doc = quickAdd(doc, 'zone-people', ['Lærerne'], 'strength', 'people')
    expect(doc.zone.mine).toMatchObject({ y: 0, height: 700 })
  })
})

describe('an actor whose type changes (issue 15: the actor editor)', () => {
  const map = () =>
    newWorkshop({ title: 'S', language: 'da', template: 'symbiosis-map' }, ctx)
  it('moves from its old type’s zone to a free place in the new one, in the same undo step as the new type', () => {
    let doc = map()
    doc = run(doc, 'addActors', { actors: [{ id: 'a', name: 'Smedien', type: 'firm', ...placeActor(doc, 'firm') }] })
    doc = run(doc, 'addActors', { actors: [{ id: 'b', name: 'Hallen', type: 'association', ...placeActor(doc, 'association') }] })
    const place = placeRetypedActor(doc, doc.actor['a']!, 'association')
    expect(place).not.toBeNull()
    const patch = patchOf(doc, 'updateActors', { actors: [{ id: 'a', type: 'association', ...place }] })
    const after = applyPatch(doc, patch)
    expect(after.actor['a']).toMatchObject({ type: 'association', ...place })
    expect(inside(after.zone['zone-actors-association']!, after.actor['a']!)).toBe(true)
    expect(overlaps(after.actor['a']!, after.actor['b']!)).toBe(false)
    expect(applyPatch(after, invertPatch(patch))).toEqual(doc)
  })
  it('stays where the facilitator put it outside the zones, and on a board without type zones', () => {
    let doc = map()
    doc = run(doc, 'addActors', { actors: [{ id: 'a', name: 'Smedien', type: 'firm', x: -5000, y: -5000 }] })
    expect(placeRetypedActor(doc, doc.actor['a']!, 'association')).toBeNull()
    let plain = template()
    plain = run(plain, 'addActors', { actors: [{ id: 'a', name: 'Smedien', type: 'firm', x: 0, y: 0 }] })
    expect(placeRetypedActor(plain, plain.actor['a']!, 'association')).toBeNull()
    expect(placeRetypedActor(plain, plain.actor['a']!, 'firm')).toBeNull()
  })
})
