// THE drawing of the board, used by all four places that show it: the laptop board (BoardStage), the
// projector (present/ProjectorBoard), the PNG export and the report's board picture (report/renderBoardImage).
// Same shapes, same order, same level of detail rules, so the room, the laptop and the paper see one board.
// Placed inside a Konva Layer; it reads the view from the canvas transform it is drawn with, so it culls to
// whatever the stage or picture shows without being told. What it drew is reported through `onDrawn` (the
// labels and cards that were on the canvas), which the places publish for tests and assistive lists.
import type Konva from 'konva'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Group, Shape } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Actor, Connector, Note, Project, Zone } from '@shared/model/records'
import { connectorPoints, intersects, ZONE_TITLE, type Box } from '../editor/boxes'
import { noteStacks, projectBox, themeOutlines, type ThemeOutline } from '../editor/methodBoard'
import type { BoardTheme } from './boardTheme'
import { drawNote, LOW_DETAIL_SCALE, notesInView, type NoteLook } from './drawNotes'
import {
  drawHighlightVeil,
  drawProjectTitles,
  drawStackBadges,
  drawStackEdges,
  drawThemeLabels,
  drawThemeOutlines,
  drawZoneTitles,
} from './methodDrawing'
import { buildBlockIndex, drawBlocks } from './noteBlocks'
import { drawActors, drawSharingLinks, sharingBounds, sharingReach } from './drawSharing'
import { useHiddenFlows } from './linkFilter'
import { SharingBitmap } from './sharingBitmap'
import { ConnectorShape, ProjectCardShape, ZoneShape, type ProjectCardText } from './shapes'

/** The words the drawing shows, already translated. */
export interface BoardTexts {
  zoneTitle: (zone: Zone) => string
  /** A theme's label: its name and, once revealed, its dots. */
  themeLabel: (themeId: string) => string
  projectText: (project: Project) => ProjectCardText
  /** "×3" on a stack of three notes. */
  stackBadge: (count: number) => string
  /** The author's role as a word when roles are shown, else null. */
  roleLabel: (note: Note) => string | null
  /** An actor's type as a word ("Firm"); the raw type when a place does not translate it. */
  actorType?: (actor: Actor) => string
}

/** What one drawing shows: records in drawing order. */
export interface BoardScene {
  zones: Zone[]
  /** Plain lines (no flow): drawn as before. */
  connectors: Connector[]
  /** Sharing links (a connector with a flow) and actor cards (issue 15). */
  links: Connector[]
  actors: Actor[]
  projects: Project[]
  notes: Note[]
  outlines: ThemeOutline[]
  /** Stacks whose notes are all in the scene, as their top note and size. */
  stacks: { note: Note; count: number }[]
}

/**
 * The scene of `doc`, or of the records `include` accepts. Theme outlines are drawn around the included
 * notes (a spotlight shows the themes of what it shows); lines need both ends in the scene.
 */
export function boardScene(doc: WorkshopDoc, include?: (id: string) => boolean): BoardScene {
  const keep = <T extends { id: string }>(records: Record<string, T>) =>
    include ? Object.values(records).filter((record) => include(record.id)) : Object.values(records)
  const notes = keep(doc.note)
  // Big zones first, so a small zone drawn inside a big one stays visible.
  const zones = keep(doc.zone).sort((a, b) => b.width * b.height - a.width * a.height)
  const actors = keep(doc.actor)
  // Whether a record is in the scene. The whole board (no filter) is asked without a set of every id: the
  // laptop board works out its scene on every change of the document, 10,000 notes or more.
  const onBoard = (id: string) => has(doc.zone, id) || has(doc.note, id) || has(doc.actor, id)
  const present: (id: string) => boolean = include ? (id) => include(id) && onBoard(id) : onBoard
  const lines = Object.values(doc.connector).filter((line) => present(line.fromId) && present(line.toId))
  const connectors = lines.filter((line) => !line.flow)
  const links = lines.filter((line) => line.flow)
  const noteMap = include ? Object.fromEntries(notes.map((note) => [note.id, note])) : doc.note
  const outlines = themeOutlines(include ? { ...doc, note: noteMap } : doc)
  const stacks = noteStacks(doc)
    .filter((ids) => ids.every(present))
    .map((ids) => ({ note: doc.note[ids[ids.length - 1]!]!, count: ids.length }))
  return { zones, connectors, links, actors, projects: keep(doc.project), notes, outlines, stacks }
}

const has = (records: object, id: string) => Object.prototype.hasOwnProperty.call(records, id)

/** What a drawing put on the canvas, in words: published by each place for tests and screen readers. */
export interface DrawnItems {
  zones: string[]
  themes: string[]
  projects: string[]
  notes: number
  /** Notes drawn in full detail whose text could not be drawn readably (the room sees a blank note). */
  notesWithoutText?: number
  /** Names of the actor cards in view. */
  actors?: string[]
  /** Of those, the names drawn whole and readable (on the card, or in a pill when zoomed out). */
  actorNames?: string[]
  /** How the sharing map was put on the canvas: from its bitmap (a pan or zoom), or drawn live. */
  map?: 'bitmap' | 'live' | 'none'
  /** Theme labels and project titles that had to be cut with an ellipsis (the room cannot read them whole). */
  truncated: string[]
}

/** A bitmap shown instead of part of the drawing during a pan/zoom gesture (laptop board, huge boards only). */
export interface GestureSnapshot {
  canvas: HTMLCanvasElement
  box: Box
}

export interface BoardDrawingProps {
  doc: WorkshopDoc
  scene: BoardScene
  texts: BoardTexts
  theme: BoardTheme
  /** Theme outlines and labels, stack marks: off for the layer that carries a drag. */
  methodMarks?: boolean
  /** The legend's highlighted category: other notes are veiled. */
  highlightCategory?: string | null
  /** While a gesture shows a bitmap, draw only around it (the laptop board's huge-board path). */
  snapshot?: () => GestureSnapshot | null
  /**
   * Given by a place that redraws on every frame of a pan or zoom (the laptop board): the symbiosis map is
   * then kept as a bitmap between frames (sharingBitmap.ts), shown scaled while this answers true.
   */
  viewMoving?: () => boolean
  onDrawn?: (items: DrawnItems) => void
}

/** The board area a context draws and its CSS pixels per board unit, from the context's own transform. */
export function viewOfContext(ctx: CanvasRenderingContext2D, pixelRatio: number): { box: Box; scale: number } {
  const matrix = ctx.getTransform()
  const inverse = matrix.inverse()
  const a = inverse.transformPoint({ x: 0, y: 0 })
  const b = inverse.transformPoint({ x: ctx.canvas.width, y: ctx.canvas.height })
  const box = {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  }
  return { box, scale: Math.hypot(matrix.a, matrix.b) / pixelRatio }
}

const nativeView = (context: Konva.Context) => viewOfContext(context._context, context.canvas.getPixelRatio())

function outsidePath(ctx: { rect: (x: number, y: number, w: number, h: number) => void }, shot: GestureSnapshot): void {
  const far = 1e7
  ctx.rect(-far, -far, 2 * far, 2 * far)
  ctx.rect(shot.box.x, shot.box.y, shot.box.width, shot.box.height)
}

/** During a gesture with a bitmap, clips drawing to outside it (the bitmap shows it already). True: restore after. */
function clipToOutside(ctx: CanvasRenderingContext2D, shot: GestureSnapshot | null | undefined): boolean {
  if (!shot) return false
  ctx.save()
  ctx.beginPath()
  outsidePath(ctx, shot)
  ctx.clip('evenodd')
  return true
}

export function BoardDrawing(props: BoardDrawingProps) {
  const { doc, scene, texts, theme, methodMarks = true, highlightCategory = null, snapshot, viewMoving, onDrawn } = props
  const categoryColour = useCallback(
    (note: Note) => (note.categoryId ? (doc.category[note.categoryId]?.color ?? null) : null),
    [doc.category],
  )
  const themeColour = useCallback((id: string) => doc.theme[id]?.color ?? '#888888', [doc.theme])
  // Every note in a grid by block colour: blocks at low zoom, and the notes in view (any zoom) from it.
  const index = useMemo(
    () => buildBlockIndex(scene.notes, (note) => categoryColour(note) ?? note.color),
    [scene.notes, categoryColour],
  )
  const order = useMemo(() => new Map(scene.notes.map((note, i) => [note.id, i])), [scene.notes])
  /** How many notes the last drawing showed in full detail (0 when blocks). */
  const notesDrawn = useRef(0)
  const notesWithoutText = useRef(0)
  const look: NoteLook = useMemo(
    () => ({ theme, categoryColour, roleLabel: texts.roleLabel }),
    [theme, categoryColour, texts.roleLabel],
  )

  const drawUnder = useCallback(
    (context: Konva.Context) => {
      if (!methodMarks) return
      const ctx = context._context
      const { box, scale } = nativeView(context)
      const restore = clipToOutside(ctx, snapshot?.())
      drawThemeOutlines(ctx, scene.outlines, themeColour, scale, box)
      drawStackEdges(ctx, scene.stacks, theme.text)
      if (restore) ctx.restore()
    },
    [methodMarks, snapshot, scene.outlines, scene.stacks, themeColour, theme.text],
  )

  const hiddenFlows = useHiddenFlows()
  const actorType = texts.actorType
  const links = useMemo(
    () => (hiddenFlows.size === 0 ? scene.links : scene.links.filter((link) => !hiddenFlows.has(link.flow!))),
    [hiddenFlows, scene.links],
  )
  // What the map shows: a new one redraws the bitmap. The box around it before reach, found once per map.
  const map = useMemo(
    () => ({ links, actors: scene.actors, doc, theme, actorType, bounds: sharingBounds(doc, links, scene.actors) }),
    [links, scene.actors, doc, theme, actorType],
  )
  const bitmap = useMemo(() => (viewMoving ? new SharingBitmap() : null), [viewMoving])
  useEffect(() => () => bitmap?.drop(), [bitmap])
  /** How the last drawing put the map on the canvas (published with what was drawn). */
  const mapDrawn = useRef<'bitmap' | 'live' | 'none'>('none')
  /** The actors whose names the last drawing of the map wrote whole and readable. */
  const namesDrawn = useRef<ReadonlySet<string>>(new Set())
  const drawSharing = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context
      const { box, scale } = nativeView(context)
      const restore = clipToOutside(ctx, snapshot?.())
      const draw = (target: CanvasRenderingContext2D, region: Box) => {
        drawSharingLinks(target, map.doc, map.links, map.theme, scale, region)
        namesDrawn.current = drawActors(target, map.actors, (actor) => map.actorType?.(actor) ?? actor.type, map.theme, scale, region)
      }
      if (bitmap && viewMoving) {
        const reach = sharingReach(scale)
        const content = map.bounds && {
          x: map.bounds.x - reach,
          y: map.bounds.y - reach,
          width: map.bounds.width + 2 * reach,
          height: map.bounds.height + 2 * reach,
        }
        mapDrawn.current = bitmap.draw(ctx, { key: map, content, moving: viewMoving(), draw })
      } else {
        draw(ctx, box)
        mapDrawn.current = 'live'
      }
      if (restore) ctx.restore()
    },
    [snapshot, map, bitmap, viewMoving],
  )

  const drawNoteLayer = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context
      const { box, scale } = nativeView(context)
      const shot = snapshot?.()
      notesDrawn.current = 0
      notesWithoutText.current = 0
      if (shot) {
        // Around the bitmap only blocks: cheap whatever comes into view during the gesture.
        clipToOutside(ctx, shot)
        drawBlocks(ctx, index, box, shot.box)
        ctx.restore()
        ctx.drawImage(shot.canvas, shot.box.x, shot.box.y, shot.box.width, shot.box.height)
        return
      }
      if (scale < LOW_DETAIL_SCALE) {
        drawBlocks(ctx, index, box)
        return
      }
      const notes = notesInView(index, order, box)
      ctx.save()
      for (const note of notes) if (!drawNote(ctx, note, look, scale)) notesWithoutText.current++
      ctx.restore()
      notesDrawn.current = notes.length
    },
    [snapshot, index, order, look],
  )

  const drawOver = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context
      const { box, scale } = nativeView(context)
      const restore = clipToOutside(ctx, snapshot?.())
      if (highlightCategory) drawHighlightVeil(ctx, scene.notes, highlightCategory, box, theme.background)
      const zones = scene.zones.map((zone) => ({ box: zone as Box, title: texts.zoneTitle(zone) }))
      drawZoneTitles(ctx, zones, ZONE_TITLE.size, ZONE_TITLE.gap, theme.text, scale, box)
      const cards = scene.projects.map((project) => ({
        box: projectBox(project),
        title: texts.projectText(project).title,
        accent: (project.themeId && doc.theme[project.themeId]?.color) || '#6b7280',
      }))
      const truncated = drawProjectTitles(ctx, cards, 26, theme.text, scale, box)
      if (methodMarks) {
        const cutThemes = drawThemeLabels(ctx, scene.outlines, texts.themeLabel, themeColour, scale, box)
        truncated.push(...cutThemes.map((id) => texts.themeLabel(id)))
        const badges = scene.stacks.map(({ note, count }) => ({ note, text: texts.stackBadge(count) }))
        drawStackBadges(ctx, badges, scale)
      }
      if (restore) ctx.restore()
      onDrawn?.({
        zones: zones.filter((zone) => zone.title !== '' && intersects(zone.box, box)).map((zone) => zone.title),
        themes: methodMarks
          ? scene.outlines
              .filter((outline) => intersects(outline.box, box) || intersects(outline.label, box))
              .map((outline) => texts.themeLabel(outline.themeId))
          : [],
        projects: cards.filter((card) => intersects(card.box, box)).map((card) => card.title),
        notes: notesDrawn.current,
        notesWithoutText: notesWithoutText.current,
        actors: scene.actors.filter((actor) => intersects(actor, box)).map((actor) => actor.name),
        actorNames: scene.actors
          .filter((actor) => intersects(actor, box) && namesDrawn.current.has(actor.id))
          .map((actor) => actor.name),
        ...(scene.actors.length > 0 || scene.links.length > 0 ? { map: mapDrawn.current } : {}),
        truncated,
      })
    },
    [snapshot, highlightCategory, scene, texts, theme, doc.theme, methodMarks, themeColour, onDrawn],
  )

  const clip = useCallback(
    (ctx: Konva.Context) => {
      const shot = snapshot?.()
      if (shot) outsidePath(ctx, shot)
      else ctx.rect(-1e7, -1e7, 2e7, 2e7)
      return ['evenodd'] as ['evenodd']
    },
    [snapshot],
  )

  return (
    <>
      <Group clipFunc={snapshot ? clip : undefined}>
        {scene.zones.map((zone) => (
          <ZoneShape key={zone.id} zone={zone} theme={theme} />
        ))}
        {scene.connectors.map((connector) => {
          const from = doc.note[connector.fromId] ?? doc.zone[connector.fromId] ?? doc.actor[connector.fromId]
          const to = doc.note[connector.toId] ?? doc.zone[connector.toId] ?? doc.actor[connector.toId]
          if (!from || !to) return null
          return (
            <ConnectorShape key={connector.id} connector={connector} points={connectorPoints(from, to)} theme={theme} />
          )
        })}
        {scene.projects.map((project) => (
          <ProjectCardShape
            key={project.id}
            project={project}
            text={texts.projectText(project)}
            theme={theme}
            accent={project.themeId ? (doc.theme[project.themeId]?.color ?? null) : null}
          />
        ))}
      </Group>
      <Shape listening={false} sceneFunc={drawUnder} perfectDrawEnabled={false} />
      <Shape listening={false} sceneFunc={drawSharing} perfectDrawEnabled={false} />
      <Shape listening={false} sceneFunc={drawNoteLayer} perfectDrawEnabled={false} />
      <Shape listening={false} sceneFunc={drawOver} perfectDrawEnabled={false} />
    </>
  )
}
