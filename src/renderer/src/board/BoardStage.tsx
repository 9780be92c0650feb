// The board: a Konva stage showing THE drawing of the board (BoardDrawing, shared with the projector, the PNG
// and the report), with the pointer gestures (select, rubber-band, drag, resize, pan, zoom) handled here in
// plain DOM events.
// Speed, on purpose (bench/README.md has the measurements): every layer is listening={false} and
// hit-testing is plain arithmetic (editor/boxes); zones, lines, cards and notes share ONE canvas; the drag and
// UI layers are hidden while empty; notes are drawn by one routine culled to the view (blocks at low zoom), so
// a pan or zoom redraws live, with no React, and every frame is crisp. Only when the view holds more notes
// than can be drawn in a frame (LIVE_NOTES, huge boards at readable zoom) does a gesture show a bitmap of what
// was on screen when it began, moved and scaled, with blocks around it, redrawn crisp when the gesture ends.
// A drag moves one Konva layer holding the dragged items and commits ONE command on drop.
import type Konva from 'konva'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { Group, Layer, Rect, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Actor, Note, Project, Zone } from '@shared/model/records'
import { BoardDrawing, boardScene, type BoardTexts, type DrawnItems, type GestureSnapshot } from './BoardDrawing'
import type { BoardActions } from '../editor/boardActions'
import type { BoardEditor } from '../editor/boardEditor'
import {
  boundsOf,
  connectorPoints,
  HANDLE_PX,
  hitTest,
  intersects,
  itemsInBox,
  normalizeBox,
  zoneTitleBox,
  type Box,
  type Point,
} from '../editor/boxes'
import { fitBounds } from '../editor/fitBounds'
import { loadView, saveView } from '../editor/viewMemory'
import { isTyping } from '../isTyping'
import './board.css'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { NOTE_SIZE } from '@shared/model/defaults'
import type { ProjectCardText } from './shapes'
import {
  noteStacks,
  projectAt,
  projectBox,
  stackOf,
  themeLabelAt,
  themeOutlines,
  type ThemeOutline,
} from '../editor/methodBoard'
import { countInView, LOW_DETAIL_SCALE } from './drawNotes'
import { useElementSize, useFontLoaded } from './useElementSize'
import { buildBlockIndex } from './noteBlocks'
import type { BoardViewport } from './viewport'

export interface BoardStageProps {
  doc: WorkshopDoc
  /** The workshop file, so the view can be remembered per workshop. */
  path: string
  editor: BoardEditor
  actions: BoardActions
  viewport: BoardViewport
  theme: BoardTheme
  label: string
  emptyText: string
  zoneTitle: (zone: Zone) => string
  /** The author's role as a word, when roles are shown; null hides it. */
  roleLabel: (note: Note) => string | null
  findMatches: ReadonlySet<string>
  /** A theme's label on the board: its name (or "Unnamed theme 2") and its dots once revealed. */
  themeLabel: (themeId: string) => string
  /** "×3" on a stack of three notes. */
  stackBadge: (count: number) => string
  /** An actor card's type as a word (issue 15). */
  actorType?: (actor: Actor) => string
  /** What a project's card says. */
  projectText: (project: Project) => ProjectCardText
  /** Called on pointer down, so a text field being edited can finish first. */
  children?: React.ReactNode
}

/** Up to this many notes in view (at readable zoom), a pan or zoom draws live; beyond, it shows a bitmap. */
const LIVE_NOTES = 400
/** Selection and find marks are kept for items within this many screens around the view. */
const CULL_MARGIN = 0.25
/** A press that moves less than this (screen pixels) is a click, not a drag. */
const DRAG_THRESHOLD = 4

type Gesture =
  | { type: 'pan'; start: Point; view: { x: number; y: number; scale: number } }
  | { type: 'move'; ids: string[]; start: Point; dx: number; dy: number; moving: boolean }
  | { type: 'rubber'; start: Point; additive: boolean; base: readonly string[] }
  | { type: 'resize'; id: string; start: Point; box: Box; width: number; height: number }

const NONE: ReadonlySet<string> = new Set()

export function BoardStage(props: BoardStageProps) {
  const { doc, path, editor, actions, viewport, theme, label, emptyText, zoneTitle, roleLabel, findMatches } = props
  const { themeLabel, stackBadge, projectText, actorType } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const dragLayerRef = useRef<Konva.Layer>(null)
  const staticLayerRef = useRef<Konva.Layer>(null)
  /** Zones, lines and cards as Konva nodes: a drag moves the lines touching what it drags. */
  const zonesAndLinesRef = useRef<Konva.Group>(null)
  /** Set while a gesture shows a bitmap of the board as it was when the gesture began. */
  const snapshot = useRef<GestureSnapshot | null>(null)
  const uiLayerRef = useRef<Konva.Layer>(null)
  const selectionGroupRef = useRef<Konva.Group>(null)
  const rubberRef = useRef<Konva.Rect>(null)
  const resizeRef = useRef<Konva.Rect>(null)
  const gesture = useRef<Gesture | null>(null)
  const spaceHeld = useRef(false)
  const docRef = useRef(doc)
  docRef.current = doc

  const size = useElementSize(containerRef)
  const fontLoaded = useFontLoaded(BOARD_FONT)
  const editorState = useSyncExternalStore(editor.subscribe, editor.getState)
  const selectedSet = useMemo(() => new Set(editorState.selected), [editorState.selected])
  const [dragIds, setDragIds] = useState<ReadonlySet<string>>(NONE)
  const [settled, setSettled] = useState(0)

  // The view as attributes on the board element: cheap (no React), and lets tests and tools map board
  // coordinates to the screen.
  useLayoutEffect(
    () =>
      viewport.onMove((view) => {
        const element = containerRef.current
        if (!element) return
        element.dataset.scale = String(view.scale)
        element.dataset.x = String(view.x)
        element.dataset.y = String(view.y)
      }),
    [viewport],
  )
  // The view: restored per workshop file, else fitted; remembered whenever it settles.
  const placedFor = useRef<string | null>(null)
  useLayoutEffect(() => {
    viewport.size = size
    if (!stageRef.current || size.width === 0) return
    viewport.attach(stageRef.current)
    if (placedFor.current === path) return
    placedFor.current = path
    const remembered = loadView(localStorage, path)
    if (remembered) viewport.setView(remembered)
    else viewport.fit(fitBounds(docRef.current))
  }, [viewport, size, path])
  useEffect(
    () =>
      viewport.onSettled((view) => {
        saveView(localStorage, path, view)
        setSettled((n) => n + 1)
      }),
    [viewport, path],
  )
  // A gesture draws live: the routines cull to the view, so each frame is crisp. Only when the view holds
  // more than LIVE_NOTES notes at readable zoom does it switch to a bitmap: the static canvas is copied once
  // and frames only move and scale it with a CSS transform (compositor work), redrawing (the bitmap plus
  // blocks around it) only when content the last drawing did not cover comes into view. The gesture's end
  // draws crisp at once.
  useEffect(() => {
    const element = containerRef.current
    const tooManyForLive = () =>
      viewport.view.scale >= LOW_DETAIL_SCALE &&
      countInView(blocksRef.current, viewport.visibleBox(0), LIVE_NOTES + 1) > LIVE_NOTES
    const startBitmap = () => {
      const stage = stageRef.current
      const layer = staticLayerRef.current
      if (!stage || !layer) return
      snapshot.current = takeSnapshot(layer, drawnView.current ?? viewport.view, viewport.size, snapshot.current)
      content.current = contentBounds(docRef.current)
      stage.content.style.transformOrigin = '0 0'
      stage.content.style.willChange = 'transform'
      viewport.deferDraw = true
      if (element) element.dataset.drawing = 'bitmap'
    }
    const offGesture = viewport.onGesture((active) => {
      const stage = stageRef.current
      if (!stage) return
      if (active) {
        if (tooManyForLive()) startBitmap()
        return
      }
      viewport.deferDraw = false
      snapshot.current = null
      stage.content.style.willChange = ''
      staticLayerRef.current?.batchDraw()
    })
    const offMove = viewport.onMove((view) => {
      const stage = stageRef.current
      if (!viewport.inGesture || !stage) return
      if (!viewport.deferDraw) {
        if (tooManyForLive()) startBitmap()
        return
      }
      const drawn = drawnView.current
      if (!drawn) return
      const k = view.scale / drawn.scale
      stage.content.style.transform = `translate(${view.x - drawn.x * k}px, ${view.y - drawn.y * k}px) scale(${k})`
      const inView = content.current && intersection(viewport.visibleBox(0), content.current)
      if (inView && !contains(viewBox(drawn, viewport.size), inView)) stage.batchDraw()
    })
    return () => {
      offGesture()
      offMove()
    }
  }, [viewport])
  /** What the canvases show, and the content's bounds, during a gesture. */
  const drawnView = useRef<{ scale: number; x: number; y: number } | null>(null)
  const content = useRef<Box | null>(null)
  const getSnapshot = useCallback(() => snapshot.current, [])
  /** What the drawing put on screen, as data-drawn (zone titles, theme labels, project titles): for tests. */
  const publishDrawn = useCallback((items: DrawnItems) => {
    const element = containerRef.current
    const text = JSON.stringify(items)
    if (element && element.dataset.drawn !== text) element.dataset.drawn = text
  }, [])
  /** The static layer was drawn at the current view: the CSS transform is back to none. */
  const onStaticDraw = () => {
    const stage = stageRef.current
    const element = containerRef.current
    if (stage) stage.content.style.transform = ''
    const view = viewport.view
    const last = drawnView.current
    drawnView.current = view
    // Published for the bench's settle-to-crisp figure: when the board was first drawn crisp at this view.
    if (element && !snapshot.current) {
      if (element.dataset.drawing !== 'live' || !last || !sameView(last, view))
        element.dataset.crispAt = String(performance.now())
      element.dataset.drawing = 'live'
    }
    if (notes.length > 0 && performance.getEntriesByName('handlekraft:board-drawn').length === 0)
      performance.mark('handlekraft:board-drawn')
  }

  const endDrag = useCallback(() => {
    dragLayerRef.current?.position({ x: 0, y: 0 })
    selectionGroupRef.current?.position({ x: 0, y: 0 })
    setDragIds(NONE)
  }, [])

  const view = viewport.view
  // `settled` is here so culling follows the view once it stops moving.
  const visible = useMemo(() => viewport.visibleBox(CULL_MARGIN), [viewport, settled, size]) // eslint-disable-line react-hooks/exhaustive-deps

  const zones = useMemo(() => Object.values(doc.zone), [doc.zone])
  const notes = useMemo(() => Object.values(doc.note), [doc.note])
  // The method on the board: outlines around themes, stacks of duplicates (notes on one exact place).
  const outlines = useMemo(() => themeOutlines(doc), [doc.note, doc.theme]) // eslint-disable-line react-hooks/exhaustive-deps
  const stacks = useMemo(() => noteStacks(doc), [doc.note]) // eslint-disable-line react-hooks/exhaustive-deps
  const outlinesRef = useRef(outlines)
  outlinesRef.current = outlines
  const stacksRef = useRef(stacks)
  stacksRef.current = stacks
  const editingId = editorState.editing?.id ?? null
  const isShown = (item: Box & { id: string }) => selectedSet.has(item.id) || intersects(visible, item)

  // The notes in a grid, for deciding whether a gesture can draw live (the drawing keeps its own).
  const blocks = useMemo(() => buildBlockIndex(notes, () => ''), [notes])
  const blocksRef = useRef(blocks)
  useLayoutEffect(() => {
    blocksRef.current = blocks
  })
  const highlight = editorState.highlightCategory
  const texts: BoardTexts = useMemo(
    () => ({ zoneTitle, themeLabel, projectText, stackBadge, roleLabel, actorType }),
    [zoneTitle, themeLabel, projectText, stackBadge, roleLabel, actorType],
  )
  // What the static layer draws (all but what is dragged or edited; theme outlines stay put during a drag) and
  // what the drag layer draws.
  const staticScene = useMemo(() => {
    const hidden = (id: string) => dragIds.has(id) || id === editingId
    const scene = boardScene(doc, dragIds.size > 0 || editingId ? (id) => !hidden(id) : undefined)
    return { ...scene, outlines, stacks: scene.stacks.filter(({ note }) => !hidden(note.id)) }
  }, [doc, dragIds, editingId, outlines])
  const dragScene = useMemo(
    () => boardScene(doc, (id) => dragIds.has(id) && id !== editingId),
    [doc, dragIds, editingId],
  )

  // ---- pointer gestures -------------------------------------------------------------------------------
  const screenPoint = (event: { clientX: number; clientY: number }): Point => {
    const rect = containerRef.current!.getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top }
  }

  /** hitTest plus the method's things: theme labels (drawn over everything) and project cards (under notes). */
  const hitAt = (point: Point, selected: ReadonlySet<string>) => {
    const hit = hitTest(docRef.current, point, viewport.view.scale, selected)
    if (hit.kind === 'zone-resize') return hit
    const themeId = themeLabelAt(outlinesRef.current, point)
    if (themeId) return { kind: 'theme' as const, id: themeId }
    if (hit.kind === 'note') return hit
    const projectId = projectAt(docRef.current, point)
    return projectId ? { kind: 'project' as const, id: projectId } : hit
  }

  /** A drag of the selection; none when nothing may move (a read-only workshop). */
  const moveGesture = (selected: readonly string[], start: Point): Gesture | null => {
    const ids = actions.movingIds(selected)
    return ids.length === 0 ? null : { type: 'move', ids, start, dx: 0, dy: 0, moving: false }
  }

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget && !(event.target instanceof HTMLCanvasElement)) return
    containerRef.current?.focus({ preventScroll: true })
    const screen = screenPoint(event)
    const point = viewport.toBoard(screen)
    if (event.button === 1 || (event.button === 0 && spaceHeld.current)) {
      event.preventDefault()
      gesture.current = { type: 'pan', start: screen, view: viewport.view }
      viewport.beginGesture()
      containerRef.current?.setPointerCapture(event.pointerId)
      containerRef.current?.classList.add('panning')
      return
    }
    if (event.button !== 0) return
    const hit = hitAt(point, selectedSet)
    containerRef.current?.setPointerCapture(event.pointerId)
    if (hit.kind === 'zone-resize' && !editor.getState().readOnly) {
      const zone = docRef.current.zone[hit.id]!
      gesture.current = { type: 'resize', id: hit.id, start: point, box: zone, width: zone.width, height: zone.height }
      return
    }
    if (hit.kind === 'empty') {
      if (!event.shiftKey) editor.select([])
      gesture.current = { type: 'rubber', start: point, additive: event.shiftKey, base: editor.getState().selected }
      return
    }
    if (hit.kind === 'theme') {
      // Pressing a theme's label takes the whole theme: a drag moves the cluster, a double-click renames it.
      const members = outlinesRef.current.find((o) => o.themeId === hit.id)?.noteIds ?? []
      const selected = event.shiftKey ? [...new Set([...editor.getState().selected, ...members])] : members
      editor.select(selected)
      gesture.current = moveGesture(selected, point)
      return
    }
    // A stack is taken as one: its notes are selected and dragged together.
    const ids = hit.kind === 'note' ? stackOf(stacksRef.current, hit.id) : [hit.id]
    if (event.shiftKey) {
      const all = ids.every((id) => selectedSet.has(id))
      const rest = editor.getState().selected.filter((id) => !ids.includes(id))
      editor.select(all ? rest : [...rest, ...ids])
    } else if (!selectedSet.has(hit.id)) editor.select(ids)
    const selected = editor.getState().selected
    if (hit.kind === 'connector' || !selected.includes(hit.id)) return
    gesture.current = moveGesture(selected, point)
  }

  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const g = gesture.current
    if (!g) return
    const screen = screenPoint(event)
    if (g.type === 'pan') {
      viewport.setView({ ...g.view, x: g.view.x + screen.x - g.start.x, y: g.view.y + screen.y - g.start.y })
      return
    }
    const point = viewport.toBoard(screen)
    const scale = viewport.view.scale
    if (g.type === 'move') {
      g.dx = point.x - g.start.x
      g.dy = point.y - g.start.y
      if (!g.moving) {
        if (Math.hypot(g.dx, g.dy) * scale < DRAG_THRESHOLD) return
        g.moving = true
        setDragIds(new Set(g.ids)) // once per drag: the dragged items move to the drag layer
      }
      dragLayerRef.current?.position({ x: g.dx, y: g.dy })
      selectionGroupRef.current?.position({ x: g.dx, y: g.dy })
      moveConnectors(new Set(g.ids), g.dx, g.dy)
      dragLayerRef.current?.batchDraw()
      uiLayerRef.current?.batchDraw()
      return
    }
    if (g.type === 'rubber') {
      const box = normalizeBox(g.start, point)
      rubberRef.current?.setAttrs({ ...box, visible: true, strokeWidth: 2 / scale, dash: [8 / scale, 6 / scale] })
      uiLayerRef.current?.visible(true)
      uiLayerRef.current?.batchDraw()
      return
    }
    g.width = Math.max(120, g.box.width + point.x - g.start.x)
    g.height = Math.max(80, g.box.height + point.y - g.start.y)
    resizeRef.current?.setAttrs({
      x: g.box.x,
      y: g.box.y,
      width: g.width,
      height: g.height,
      visible: true,
      strokeWidth: 3 / scale,
    })
    uiLayerRef.current?.visible(true)
    uiLayerRef.current?.batchDraw()
  }

  /** Lines touching dragged items follow them: their points change on the Konva nodes, not in React. */
  const moveConnectors = (moving: ReadonlySet<string>, dx: number, dy: number) => {
    const layer = zonesAndLinesRef.current
    if (!layer) return
    const current = docRef.current
    let moved = false
    for (const connector of Object.values(current.connector)) {
      if (!moving.has(connector.fromId) && !moving.has(connector.toId)) continue
      const from = current.note[connector.fromId] ?? current.zone[connector.fromId]
      const to = current.note[connector.toId] ?? current.zone[connector.toId]
      if (!from || !to) continue
      const shift = (box: Box, id: string) => (moving.has(id) ? { ...box, x: box.x + dx, y: box.y + dy } : box)
      const points = connectorPoints(shift(from, from.id), shift(to, to.id))
      moved = true
      const group = layer.findOne<Konva.Group>(`#connector-${connector.id}`)
      group?.findOne<Konva.Arrow>('.arrow')?.points(points)
      group
        ?.findOne<Konva.Label>('.label')
        ?.position({ x: (points[0] + points[2]) / 2, y: (points[1] + points[3]) / 2 })
    }
    if (moved) layer.getLayer()?.batchDraw()
  }

  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    const g = gesture.current
    gesture.current = null
    if (containerRef.current?.hasPointerCapture(event.pointerId))
      containerRef.current.releasePointerCapture(event.pointerId)
    containerRef.current?.classList.remove('panning')
    if (!g) return
    if (g.type === 'pan') viewport.endGesture()
    if (g.type === 'move' && g.moving) {
      // The dragged layer keeps its offset until the drop is stored: the mirror then already holds the new
      // places, and React draws them before the next frame, so nothing jumps back in between.
      void actions.dropBy(g.ids, g.dx, g.dy).then((ok) => {
        endDrag()
        if (!ok) moveConnectors(new Set(g.ids), 0, 0)
      })
      return
    }
    if (g.type === 'rubber') {
      const rubber = rubberRef.current
      if (rubber?.visible()) {
        const box = { x: rubber.x(), y: rubber.y(), width: rubber.width(), height: rubber.height() }
        const inside = itemsInBox(docRef.current, box)
        editor.select(g.additive ? [...new Set([...g.base, ...inside])] : inside)
        rubber.visible(false)
        // Hidden again unless it has something to show (React shows it when the new selection arrives).
        uiLayerRef.current?.visible(hasUi.current)
        uiLayerRef.current?.batchDraw()
      }
      return
    }
    if (g.type === 'resize') {
      resizeRef.current?.visible(false)
      uiLayerRef.current?.visible(hasUi.current)
      uiLayerRef.current?.batchDraw()
      if (g.width !== g.box.width || g.height !== g.box.height) void actions.resizeZone(g.id, g.width, g.height)
    }
  }

  const onDoubleClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const point = viewport.toBoard(screenPoint(event))
    const hit = hitAt(point, NONE)
    if (event.target !== event.currentTarget && !(event.target instanceof HTMLCanvasElement)) return
    if (hit.kind === 'theme') editor.edit({ kind: 'theme-name', id: hit.id })
    else if (hit.kind === 'project') {
      // The Method panel may open the project's sheet; the board has selected it already.
      window.dispatchEvent(new CustomEvent('handlekraft:open-project', { detail: { id: hit.id } }))
    } else if (hit.kind === 'note') editor.edit({ kind: 'note', id: hit.id })
    else if (hit.kind === 'zone') editor.edit({ kind: 'zone-title', id: hit.id })
    else if (hit.kind === 'connector') editor.edit({ kind: 'connector-label', id: hit.id })
    else if (hit.kind === 'empty')
      actions.startNote({ x: point.x - NOTE_SIZE.width / 2, y: point.y - NOTE_SIZE.height / 2 })
  }

  // Wheel: Ctrl/Cmd (and trackpad pinch, which Chromium reports as Ctrl+wheel) zooms; otherwise pan.
  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      if (event.ctrlKey || event.metaKey) {
        const rect = element.getBoundingClientRect()
        const factor = Math.exp(-Math.max(-50, Math.min(50, event.deltaY)) * 0.01)
        viewport.wheelTick()
        viewport.zoomBy(factor, { x: event.clientX - rect.left, y: event.clientY - rect.top })
      } else {
        viewport.wheelTick()
        viewport.panBy(-event.deltaX, -event.deltaY)
      }
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [viewport])

  // Space held turns a left-drag into panning, as in most whiteboards.
  useEffect(() => {
    const down = (event: KeyboardEvent) => {
      if (event.code === 'Space' && !isTyping(event.target) && !(event.target instanceof HTMLButtonElement)) {
        spaceHeld.current = true
        containerRef.current?.classList.add('space-held')
        if (event.target === containerRef.current) event.preventDefault()
      }
    }
    const up = (event: KeyboardEvent) => {
      if (event.code !== 'Space') return
      spaceHeld.current = false
      containerRef.current?.classList.remove('space-held')
    }
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
    }
  }, [])

  const isEmpty = zones.length === 0 && notes.length === 0
  const shownFinds = notes.filter((n) => findMatches.has(n.id) && isShown(n))
  const uiVisible = editorState.selected.length > 0 || shownFinds.length > 0
  const hasUi = useRef(uiVisible)
  useLayoutEffect(() => {
    hasUi.current = uiVisible
  })
  const handle = HANDLE_PX / view.scale
  const outline = 4 / view.scale

  return (
    <div
      ref={containerRef}
      className="board"
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ background: theme.background }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onDoubleClick}
    >
      {size.width > 0 && size.height > 0 && (
        <Stage ref={stageRef} width={size.width} height={size.height} listening={false}>
          {/* The static layer: the board's drawing on one canvas. Re-keyed once the font is in, so
              text is re-measured. onDraw is the bench hook: `npm run bench` times opening a workshop up to
              this mark (bench/README.md). */}
          <Layer listening={false} ref={staticLayerRef} key={fontLoaded ? 'font' : 'fallback'} onDraw={onStaticDraw}>
            <BoardDrawing
              doc={doc}
              scene={staticScene}
              texts={texts}
              theme={theme}
              highlightCategory={highlight}
              snapshot={getSnapshot}
              nodesRef={zonesAndLinesRef}
              onDrawn={publishDrawn}
            />
          </Layer>
          {/* The drag layer: only what is being dragged; moving it is one cheap redraw per frame. Hidden
              (no canvas to composite) when nothing is dragged. */}
          <Layer listening={false} ref={dragLayerRef} visible={dragIds.size > 0}>
            {dragIds.size > 0 && (
              <BoardDrawing doc={doc} scene={dragScene} texts={texts} theme={theme} methodMarks={false} />
            )}
          </Layer>
          {/* Selection, find matches, rubber band, resize outline: hidden while there is none. */}
          <Layer listening={false} ref={uiLayerRef} visible={uiVisible}>
            {shownFinds.map((n) => (
              <Rect
                key={`find-${n.id}`}
                x={n.x - 2 * outline}
                y={n.y - 2 * outline}
                width={n.width + 4 * outline}
                height={n.height + 4 * outline}
                stroke={theme.findMatch}
                strokeWidth={outline * 1.5}
                dash={[10 / view.scale, 5 / view.scale]}
                cornerRadius={8}
                perfectDrawEnabled={false}
              />
            ))}
            <Group ref={selectionGroupRef}>
              {editorState.selected.map((id) => {
                const project = doc.project[id]
                const item = doc.note[id] ?? doc.zone[id] ?? (project && projectBox(project))
                if (item) {
                  return (
                    <Rect
                      key={`sel-${id}`}
                      x={item.x - outline}
                      y={item.y - outline}
                      width={item.width + 2 * outline}
                      height={item.height + 2 * outline}
                      stroke={theme.selection}
                      strokeWidth={outline}
                      cornerRadius={8}
                      perfectDrawEnabled={false}
                    />
                  )
                }
                const connector = doc.connector[id]
                const from = connector && (doc.note[connector.fromId] ?? doc.zone[connector.fromId])
                const to = connector && (doc.note[connector.toId] ?? doc.zone[connector.toId])
                if (!from || !to) return null
                const [x1, y1, x2, y2] = connectorPoints(from, to)
                return (
                  <Rect
                    key={`sel-${id}`}
                    x={(x1 + x2) / 2 - handle / 2}
                    y={(y1 + y2) / 2 - handle / 2}
                    width={handle}
                    height={handle}
                    fill={theme.selection}
                    cornerRadius={handle / 2}
                  />
                )
              })}
              {editorState.selected.map((id) => {
                const zone = doc.zone[id]
                if (!zone || editorState.readOnly) return null
                return (
                  <Rect
                    key={`resize-${id}`}
                    x={zone.x + zone.width - handle / 2}
                    y={zone.y + zone.height - handle / 2}
                    width={handle}
                    height={handle}
                    fill={theme.background}
                    stroke={theme.selection}
                    strokeWidth={outline}
                    cornerRadius={4}
                  />
                )
              })}
            </Group>
            <Rect ref={rubberRef} visible={false} stroke={theme.rubberBand} fill={`${theme.rubberBand}14`} />
            <Rect ref={resizeRef} visible={false} stroke={theme.selection} dash={[12, 8]} cornerRadius={16} />
          </Layer>
        </Stage>
      )}
      {isEmpty && <p className="board-empty">{emptyText}</p>}
      {props.children}
    </div>
  )
}

/** The box around everything on the board, zone titles, theme labels and project cards included. */
export function contentBounds(doc: WorkshopDoc): Box | null {
  const zones = Object.values(doc.zone)
  const labels = themeOutlines(doc).map((outline: ThemeOutline) => outline.label)
  const cards = Object.values(doc.project).map(projectBox)
  return boundsOf([...zones, ...zones.map(zoneTitleBox), ...Object.values(doc.note), ...labels, ...cards])
}

/** Copies the static layer's canvas (one blit, ~1 ms), reusing the last snapshot's canvas when it can. */
function takeSnapshot(
  layer: Konva.Layer,
  view: { scale: number; x: number; y: number },
  size: { width: number; height: number },
  previous: GestureSnapshot | null,
): GestureSnapshot {
  const source = layer.getNativeCanvasElement()
  const canvas = previous?.canvas ?? document.createElement('canvas')
  canvas.width = source.width
  canvas.height = source.height
  canvas.getContext('2d')!.drawImage(source, 0, 0)
  return { canvas, box: viewBox(view, size) }
}

const sameView = (a: { scale: number; x: number; y: number }, b: { scale: number; x: number; y: number }) =>
  a.scale === b.scale && a.x === b.x && a.y === b.y

function viewBox(view: { scale: number; x: number; y: number }, size: { width: number; height: number }): Box {
  return {
    x: -view.x / view.scale,
    y: -view.y / view.scale,
    width: size.width / view.scale,
    height: size.height / view.scale,
  }
}

function intersection(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x)
  const y = Math.max(a.y, b.y)
  const right = Math.min(a.x + a.width, b.x + b.width)
  const bottom = Math.min(a.y + a.height, b.y + b.height)
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null
}

/** With a pixel of slack for rounding. */
function contains(outer: Box, inner: Box): boolean {
  const slack = 1
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  )
}
