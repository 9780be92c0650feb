// Draws the board into a picture, off screen, with THE drawing of the board (board/BoardDrawing, as on the
// laptop and the projector) so the report and the PNG look exactly like the board the room saw, themes and
// project cards included. What was drawn comes back with the picture (the report's caption counts it).
// A temporary React root holds a react-konva Stage in a hidden element; once it has committed, the stage is
// drawn once and exported, then thrown away.
import type Konva from 'konva'
import { useLayoutEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { Layer, Rect, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import { BoardDrawing, boardScene, type BoardScene, type BoardTexts, type DrawnItems } from '../board/BoardDrawing'
import { BOARD_FONT } from '../board/boardStyle'
import { NORMAL_THEME } from '../board/boardTheme'
import { zoneTitle } from '../board/labels'
import { methodTexts } from '../board/methodTexts'
import type { Translate } from '@shared/i18n'
import { pictureScale, sceneContent } from './boardScene'

const PRINT_THEME = { ...NORMAL_THEME, shadow: false, noteStroke: '#00000040' }

export interface BoardImage {
  dataUrl: string
  width: number
  height: number
  /** What the picture shows in words: zone titles, theme labels, project titles, how many notes. */
  drawn: DrawnItems
}

interface SceneProps {
  doc: WorkshopDoc
  scene: BoardScene
  texts: BoardTexts
  bounds: { x: number; y: number; width: number; height: number }
  /** Stage pixels per board unit. */
  scale: number
  onMounted(stage: Konva.Stage): void
  onDrawn(items: DrawnItems): void
}

function Scene({ doc, scene, texts, bounds, scale, onMounted, onDrawn }: SceneProps) {
  const stageRef = useRef<Konva.Stage>(null)
  const width = Math.max(1, Math.round(bounds.width * scale))
  const height = Math.max(1, Math.round(bounds.height * scale))
  useLayoutEffect(() => {
    if (stageRef.current) onMounted(stageRef.current)
  }, [onMounted])
  // Soft shadows read as smudges on paper; a thin outline reads better.
  const theme = PRINT_THEME
  return (
    <Stage ref={stageRef} width={width} height={height} listening={false}>
      <Layer listening={false}>
        <Rect width={width} height={height} fill={theme.background} />
      </Layer>
      <Layer listening={false} x={-bounds.x * scale} y={-bounds.y * scale} scaleX={scale} scaleY={scale}>
        <BoardDrawing doc={doc} scene={scene} texts={texts} theme={theme} onDrawn={onDrawn} />
      </Layer>
    </Stage>
  )
}

/** Konva measures text when a shape is made: the bundled font must be loaded before the first shape. */
async function fontsLoaded(): Promise<void> {
  const fonts = document.fonts
  if (!fonts) return
  await Promise.all([fonts.load(`400 16px ${BOARD_FONT}`, 'æøå'), fonts.load(`600 16px ${BOARD_FONT}`, 'æøå')])
}

/**
 * The board (or the items in `selection`) as a PNG data URL. `scale` is board units to stage pixels;
 * `pixelRatio` multiplies on top (print sharpness) and is capped with it so the canvas stays possible.
 * Null when there is nothing on the board.
 */
export async function renderBoardImage(
  doc: WorkshopDoc,
  t: Translate,
  options: { scale: number; pixelRatio?: number; selection?: readonly string[] },
): Promise<BoardImage | null> {
  const content = sceneContent(doc, options.selection)
  if (!content.bounds) return null
  const bounds = content.bounds
  const chosen = options.selection && options.selection.length > 0 ? new Set(options.selection) : null
  const scene = boardScene(doc, chosen ? (id) => chosen.has(id) : undefined)
  const texts: BoardTexts = {
    ...methodTexts(doc, t),
    zoneTitle: (zone) => zoneTitle(zone, doc, t),
    roleLabel: () => null,
  }
  await fontsLoaded()
  const pixelRatio = options.pixelRatio ?? 1
  const total = pictureScale(content.bounds, options.scale * pixelRatio)
  const scale = total / pixelRatio

  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = 'position:fixed;left:-200000px;top:0;visibility:hidden;'
  document.body.append(host)
  const root = createRoot(host)
  try {
    let drawn: DrawnItems = { zones: [], themes: [], projects: [], notes: 0, truncated: [] }
    const onDrawn = (items: DrawnItems) => void (drawn = items)
    const stage = await new Promise<Konva.Stage>((resolve) => {
      root.render(
        <Scene
          doc={doc}
          scene={scene}
          texts={texts}
          bounds={bounds}
          scale={scale}
          onMounted={resolve}
          onDrawn={onDrawn}
        />,
      )
    })
    const dataUrl = stage.toDataURL({ mimeType: 'image/png', pixelRatio })
    const size = { width: Math.round(stage.width() * pixelRatio), height: Math.round(stage.height() * pixelRatio) }
    return { dataUrl, ...size, drawn }
  } finally {
    root.unmount()
    host.remove()
  }
}
