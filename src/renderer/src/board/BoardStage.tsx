// The board: a Konva stage showing THE drawing of the board (BoardDrawing, shared with the projector, the PNG
// and the report). A thin adapter: pointer events become GestureEvents for the gesture machine
// (editor/gestures.ts, plain TypeScript and unit-tested), and the effects it answers with become actions here
// (select, move the drag layer, commit one command on drop, pan, open an editor…).
// Speed, on purpose (bench/README.md has the measurements): every layer is listening={false} and
// hit-testing is plain arithmetic (editor/boxes); zones, lines, cards and notes share ONE canvas; the drag and
// UI layers are hidden while empty; notes are drawn by one routine culled to the view (blocks at low zoom), so
// a pan or zoom redraws live, with no React, and every frame is crisp. Huge boards at readable zoom show a
// bitmap during a gesture instead (useBoardSnapshot).
// A drag moves one Konva layer holding the dragged items (and redraws the few lines attached to them,
// DragLines) and commits ONE command on drop.
import type Konva from 'konva'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { Layer, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import type { Actor, Note, Project, Zone } from '@shared/model/records'
import { BoardDrawing, boardScene, type BoardTexts, type DrawnItems } from './BoardDrawing'
import type { BoardActions } from '../editor/boardActions'
import type { BoardEditor } from '../editor/boardEditor'
import { boundsOf, contains, intersects, zoneTitleBox, type Box, type Point } from '../editor/boxes'
import { boardGestureContext, connectHandleBox, connectHandleOwner } from '../editor/gestureContext'
import { IDLE, transition, type GestureEffect, type GestureEvent, type GestureState } from '../editor/gestures'
import { fitBounds } from '../editor/fitBounds'
import { loadView, saveView } from '../editor/viewMemory'
import { isTyping } from '../isTyping'
import { useOpenItem } from '../workshop/OpenItemContext'
import './board.css'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { DragLines, type DragLinesApi, type DraggedLine } from './DragLines'
import type { ProjectCardText } from './shapes'
import { projectBox, themeOutlines, type ThemeOutline } from '../editor/methodBoard'
import { SelectionOverlay, type SelectionOverlayApi } from './SelectionOverlay'
import { useElementSize, useFontLoaded } from './useElementSize'
import { buildBlockIndex } from './noteBlocks'
import { useBoardSnapshot } from './useBoardSnapshot'
import { clampScale } from './geometry'
import { viewShowing, type BoardViewport } from './viewport'
import type { View } from '../editor/viewMemory'

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
  /** Drawn over the board (the text field of the note being edited). */
  children?: React.ReactNode
}

/** Selection and find marks are kept for items within this many screens around the view. */
const CULL_MARGIN = 0.25

const NONE: ReadonlySet<string> = new Set()

export function BoardStage(props: BoardStageProps) {
  const { doc, path, editor, actions, viewport, theme, label, emptyText, zoneTitle, roleLabel, findMatches } = props
  const { themeLabel, stackBadge, projectText, actorType } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const stageRef = useRef<Konva.Stage>(null)
  const dragLayerRef = useRef<Konva.Layer>(null)
  const staticLayerRef = useRef<Konva.Layer>(null)
  const overlay = useRef<SelectionOverlayApi>(null)
  const dragLines = useRef<DragLinesApi>(null)
  const gesture = useRef<GestureState>(IDLE)
  const spaceHeld = useRef(false)
  const docRef = useRef(doc)
  useLayoutEffect(() => {
    docRef.current = doc
  })
  const openItem = useOpenItem()

  const size = useElementSize(containerRef)
  const fontLoaded = useFontLoaded(BOARD_FONT)
  const editorState = useSyncExternalStore(editor.subscribe, editor.getState)
  const selectedSet = useMemo(() => new Set(editorState.selected), [editorState.selected])
  const [dragIds, setDragIds] = useState<ReadonlySet<string>>(NONE)
  /** The view once it stopped moving: culling and the marks' sizes follow it (never every frame). */
  const [settledView, setSettledView] = useState(() => viewport.view)

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
  // The view: restored per workshop file, else fitted; remembered whenever it settles. Worked out while
  // rendering, before the stage exists, and given to the Stage: Konva draws a layer as it is added, so a stage
  // placed afterwards would first draw the board at 100 % (hundreds of notes in full, text laid out, on a
  // 10,000-note board) only to draw it again at once at the right view.
  const placement = useRef<Placement | null>(null)
  if (size.width > 0 && size.height > 0 && placement.current?.path !== path)
    placement.current = placeView(path, doc, size)
  const placedFor = useRef<string | null>(null)
  useLayoutEffect(() => {
    if (!stageRef.current || size.width === 0) {
      viewport.size = size
      return
    }
    viewport.attach(stageRef.current)
    if (placedFor.current === path) return viewport.resize(size)
    viewport.size = size
    placedFor.current = path
    const placed = placement.current?.path === path ? placement.current : placeView(path, docRef.current, size)
    if (placed.fitted) viewport.fitContent(() => fitBounds(docRef.current), placed.fitted.box)
    else viewport.setView(placed.view)
  }, [viewport, size, path])
  useEffect(
    () =>
      viewport.onSettled((view) => {
        saveView(localStorage, path, view)
        setSettledView(view)
      }),
    [viewport, path],
  )

  const zones = useMemo(() => Object.values(doc.zone), [doc.zone])
  const notes = useMemo(() => Object.values(doc.note), [doc.note])
  // The notes in a grid, for deciding whether a gesture can draw live (the drawing keeps its own).
  const blocks = useMemo(() => buildBlockIndex(notes, () => ''), [notes])
  const { getSnapshot, onStaticDraw } = useBoardSnapshot({
    viewport,
    containerRef,
    stageRef,
    staticLayerRef,
    blocks,
    contentBounds: () => contentBounds(docRef.current),
    hasNotes: notes.length > 0,
  })
  /** A pan or zoom gesture is under way (the sharing map is then shown from its bitmap, scaled). */
  const viewMoving = useCallback(() => viewport.inGesture, [viewport])
  /** What the drawing put on screen, as data-drawn (zone titles, theme labels, project titles): for tests. */
  const publishDrawn = useCallback((items: DrawnItems) => {
    const element = containerRef.current
    const text = JSON.stringify(items)
    if (element && element.dataset.drawn !== text) element.dataset.drawn = text
  }, [])

  /** Where the lines attached to a drag are drawn (data-drag-lines), for tests: the room sees them follow. */
  const publishDragLines = useCallback((lines: DraggedLine[]) => {
    const element = containerRef.current
    if (element) element.dataset.dragLines = JSON.stringify(lines)
  }, [])
  const endDrag = useCallback(() => {
    dragLayerRef.current?.position({ x: 0, y: 0 })
    overlay.current?.offset(0, 0)
    dragLines.current?.follow(0, 0)
    delete containerRef.current?.dataset.dragLines
    setDragIds(NONE)
  }, [])

  // The method on the board: outlines around themes (theme outlines stay put during a drag).
  const outlines = useMemo(() => themeOutlines(doc), [doc])
  const editingId = editorState.editing?.id ?? null
  const highlight = editorState.highlightCategory
  const texts: BoardTexts = useMemo(
    () => ({ zoneTitle, themeLabel, projectText, stackBadge, roleLabel, actorType }),
    [zoneTitle, themeLabel, projectText, stackBadge, roleLabel, actorType],
  )
  // What the static layer draws (all but what is dragged or edited) and what the drag layer draws.
  const staticScene = useMemo(() => {
    const hidden = (id: string) => dragIds.has(id) || id === editingId
    const scene = boardScene(doc, dragIds.size > 0 || editingId ? (id) => !hidden(id) : undefined)
    return { ...scene, outlines, stacks: scene.stacks.filter(({ note }) => !hidden(note.id)) }
  }, [doc, dragIds, editingId, outlines])
  // Nothing dragged, nothing to work out: the drag layer draws nothing then (a scene of the whole board,
  // filtered to nothing, is a walk over every record on each change of the document).
  const dragScene = useMemo(
    () => (dragIds.size > 0 ? boardScene(doc, (id) => dragIds.has(id) && id !== editingId) : null),
    [doc, dragIds, editingId],
  )

  // ---- pointer gestures: events in, effects out ------------------------------------------------------
  const screenPoint = (event: { clientX: number; clientY: number }): Point => {
    const rect = containerRef.current!.getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top }
  }

  const perform = (effect: GestureEffect, pointerId: number | null) => {
    switch (effect.type) {
      case 'select':
        return editor.select(effect.ids)
      case 'capture-pointer':
        if (pointerId !== null) containerRef.current?.setPointerCapture(pointerId)
        return
      case 'view-gesture':
        return effect.active ? viewport.beginGesture() : viewport.endGesture()
      case 'set-view':
        return viewport.setView(effect.view)
      case 'drag-start':
        return setDragIds(new Set(effect.ids)) // once per drag: the dragged items move to the drag layer
      case 'drag-preview':
        dragLayerRef.current?.position({ x: effect.dx, y: effect.dy })
        dragLayerRef.current?.batchDraw()
        overlay.current?.offset(effect.dx, effect.dy)
        dragLines.current?.follow(effect.dx, effect.dy)
        return
      case 'drag-cancel':
        return endDrag()
      case 'commit-move':
        // The dragged layer keeps its offset until the drop is stored: the mirror then already holds the new
        // places, and React draws them before the next frame, so nothing jumps back in between.
        void actions.dropBy(effect.ids, effect.dx, effect.dy).then(endDrag)
        return
      case 'brush':
        return overlay.current?.brush(effect.box)
      case 'resize-preview':
        return overlay.current?.resize(effect.box)
      case 'commit-resize':
        void actions.resizeZone(effect.id, effect.width, effect.height)
        return
      case 'connect-preview':
        return overlay.current?.connect(effect.line)
      case 'commit-connect':
        void actions.connect(effect.fromId, effect.toId)
        return
      case 'edit':
        return editor.edit(effect.target)
      case 'open':
        return openItem({ kind: effect.kind, id: effect.id })
      case 'new-note':
        return actions.startNote(effect.at)
    }
  }

  const dispatch = (event: GestureEvent, pointerId: number | null = null) => {
    const state = editor.getState()
    const context = boardGestureContext({
      doc: docRef.current,
      selected: state.selected,
      readOnly: state.readOnly,
      view: viewport.view,
      movingIds: (ids) => actions.movingIds(ids),
    })
    const next = transition(gesture.current, event, context)
    gesture.current = next.state
    for (const effect of next.effects) perform(effect, pointerId)
    containerRef.current?.classList.toggle('panning', next.state.type === 'panning')
  }
  // The latest dispatch for the window's key listener (subscribed once).
  const dispatchRef = useRef(dispatch)
  useLayoutEffect(() => {
    dispatchRef.current = dispatch
  })

  const onCanvas = (event: { target: EventTarget; currentTarget: EventTarget }) =>
    event.target === event.currentTarget || event.target instanceof HTMLCanvasElement

  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (!onCanvas(event)) return
    containerRef.current?.focus({ preventScroll: true })
    if (event.button === 1) event.preventDefault()
    const screen = screenPoint(event)
    dispatch(
      {
        type: 'down',
        button: event.button,
        point: viewport.toBoard(screen),
        screen,
        shift: event.shiftKey,
        space: spaceHeld.current,
      },
      event.pointerId,
    )
  }

  const onPointerMove = (event: React.PointerEvent<HTMLDivElement>) => {
    const screen = screenPoint(event)
    const point = viewport.toBoard(screen)
    if (gesture.current.type === 'idle') {
      showHandleCursor(point)
      return
    }
    dispatch({ type: 'move', point, screen }, event.pointerId)
  }

  /** The connection handle says what it does by its cursor (a crosshair, as drawing tools do). */
  const showHandleCursor = (point: Point) => {
    const { selected, readOnly } = editor.getState()
    const current = docRef.current
    const owner = connectHandleOwner(current, selected, readOnly)
    const box = owner && (current.note[owner] ?? current.actor[owner])
    const over = Boolean(box && contains(connectHandleBox(box, viewport.view.scale), point))
    containerRef.current?.classList.toggle('over-connect-handle', over)
  }

  const release = (event: React.PointerEvent<HTMLDivElement>) => {
    if (containerRef.current?.hasPointerCapture(event.pointerId))
      containerRef.current.releasePointerCapture(event.pointerId)
  }
  const onPointerUp = (event: React.PointerEvent<HTMLDivElement>) => {
    release(event)
    const screen = screenPoint(event)
    dispatch({ type: 'up', point: viewport.toBoard(screen), screen }, event.pointerId)
  }
  /** The browser took the pointer away (a system gesture, a lost touch): like Escape, nothing is committed. */
  const onPointerCancel = (event: React.PointerEvent<HTMLDivElement>) => {
    release(event)
    dispatch({ type: 'cancel' }, event.pointerId)
  }

  const onDoubleClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (!onCanvas(event)) return
    dispatch({ type: 'double-click', point: viewport.toBoard(screenPoint(event)) })
  }

  // Escape in the middle of a gesture cancels it (a dragged note goes back) and nothing else: it is taken
  // before the board's own keys, which would also clear the selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || gesture.current.type === 'idle') return
      event.preventDefault()
      event.stopImmediatePropagation()
      dispatchRef.current({ type: 'cancel' })
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

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
  // Culling follows the view once it stops moving.
  const visible = useMemo(() => visibleBox(settledView, size, CULL_MARGIN), [settledView, size])
  const shownFinds = useMemo(
    () => notes.filter((n) => findMatches.has(n.id) && (selectedSet.has(n.id) || intersects(visible, n))),
    [notes, findMatches, selectedSet, visible],
  )

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
      onPointerCancel={onPointerCancel}
      onDoubleClick={onDoubleClick}
    >
      {size.width > 0 && size.height > 0 && (
        <Stage
          ref={stageRef}
          width={size.width}
          height={size.height}
          listening={false}
          // The first view only (see placeView); afterwards the viewport moves the stage and these stay as
          // they were, so react-konva never sets them again.
          scaleX={placement.current?.view.scale}
          scaleY={placement.current?.view.scale}
          x={placement.current?.view.x}
          y={placement.current?.view.y}
        >
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
              viewMoving={viewMoving}
              onDrawn={publishDrawn}
            />
          </Layer>
          {/* Lines with one end in the drag: they follow it live. Absent when nothing is dragged. */}
          <DragLines doc={doc} dragIds={dragIds} theme={theme} api={dragLines} onFollow={publishDragLines} />
          {/* The drag layer: only what is being dragged; moving it is one cheap redraw per frame. Hidden
              (no canvas to composite) when nothing is dragged. */}
          <Layer listening={false} ref={dragLayerRef} visible={dragIds.size > 0}>
            {dragScene && (
              <BoardDrawing doc={doc} scene={dragScene} texts={texts} theme={theme} methodMarks={false} />
            )}
          </Layer>
          <SelectionOverlay
            doc={doc}
            selected={editorState.selected}
            readOnly={editorState.readOnly}
            finds={shownFinds}
            scale={settledView.scale}
            theme={theme}
            api={overlay}
          />
        </Stage>
      )}
      {isEmpty && <p className="board-empty">{emptyText}</p>}
      {props.children}
    </div>
  )
}

/** The view a workshop opens at: the one remembered for its file, else everything fitted. */
interface Placement {
  path: string
  view: View
  /** Set when the view fits the content: the box fitted, so the viewport need not work it out again. */
  fitted: { box: Box | null } | null
}

function placeView(path: string, doc: WorkshopDoc, size: { width: number; height: number }): Placement {
  const remembered = loadView(localStorage, path)
  if (remembered) return { path, view: { ...remembered, scale: clampScale(remembered.scale) }, fitted: null }
  const box = fitBounds(doc)
  return { path, view: viewShowing(box, size), fitted: { box } }
}

/** The box around everything on the board, zone titles, theme labels and project cards included. */
export function contentBounds(doc: WorkshopDoc): Box | null {
  const zones = Object.values(doc.zone)
  const labels = themeOutlines(doc).map((outline: ThemeOutline) => outline.label)
  const cards = Object.values(doc.project).map(projectBox)
  return boundsOf([...zones, ...zones.map(zoneTitleBox), ...Object.values(doc.note), ...labels, ...cards])
}

/** The board area on screen at `view`, grown by `margin` screens on each side. */
function visibleBox(
  view: { scale: number; x: number; y: number },
  size: { width: number; height: number },
  margin: number,
): Box {
  const width = size.width / view.scale
  const height = size.height / view.scale
  return {
    x: -view.x / view.scale - width * margin,
    y: -view.y / view.scale - height * margin,
    width: width * (1 + 2 * margin),
    height: height * (1 + 2 * margin),
  }
}
