// Draws the board into a picture, off screen, with the board's own shapes (board/shapes.tsx) so the report
// and the PNG look exactly like the board the room saw. A temporary React root holds a react-konva Stage
// in a hidden element; once it has committed, the stage is drawn once and exported, then thrown away.
import type Konva from 'konva'
import { useLayoutEffect, useRef } from 'react'
import { createRoot } from 'react-dom/client'
import { Layer, Rect, Stage } from 'react-konva'
import type { WorkshopDoc } from '@shared/model/document'
import { BOARD_FONT } from '../board/boardStyle'
import { NORMAL_THEME } from '../board/boardTheme'
import { zoneTitle } from '../board/labels'
import { ConnectorShape, NoteShape, ZoneShape } from '../board/shapes'
import { boxOf, connectorPoints } from '../editor/boxes'
import { pictureScale, sceneContent, type SceneContent } from './boardScene'
import type { Translate } from '@shared/i18n'


const PRINT_THEME = { ...NORMAL_THEME, shadow: false, noteStroke: '#00000040' }

export interface BoardImage {
  dataUrl: string
  width: number
  height: number
}

interface SceneProps {
  doc: WorkshopDoc
  content: SceneContent
  /** Stage pixels per board unit. */
  scale: number
  t: Translate
  onDrawn(stage: Konva.Stage): void
}

function Scene({ doc, content, scale, t, onDrawn }: SceneProps) {
  const stageRef = useRef<Konva.Stage>(null)
  const bounds = content.bounds!
  const width = Math.max(1, Math.round(bounds.width * scale))
  const height = Math.max(1, Math.round(bounds.height * scale))
  useLayoutEffect(() => {
    if (stageRef.current) onDrawn(stageRef.current)
  }, [onDrawn])
  // Soft shadows are blurred per note, the slowest part of drawing; on paper a thin outline reads better.
  const theme = PRINT_THEME
  return (
    <Stage ref={stageRef} width={width} height={height} listening={false}>
      <Layer listening={false}>
        <Rect width={width} height={height} fill={theme.background} />
      </Layer>
      <Layer listening={false} x={-bounds.x * scale} y={-bounds.y * scale} scaleX={scale} scaleY={scale}>
        {content.zones.map((zone) => (
          <ZoneShape key={zone.id} zone={zone} title={zoneTitle(zone, doc, t)} theme={theme} />
        ))}
        {content.connectors.map((connector) => {
          const from = boxOf(doc, connector.fromId)
          const to = boxOf(doc, connector.toId)
          if (!from || !to) return null
          return (
            <ConnectorShape key={connector.id} connector={connector} points={connectorPoints(from, to)} theme={theme} />
          )
        })}
        {content.notes.map((note) => (
          <NoteShape
            key={note.id}
            note={note}
            theme={theme}
            categoryColour={(note.categoryId && doc.category[note.categoryId]?.color) || null}
            roleLabel={null}
            lowDetail={false}
          />
        ))}
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
    const stage = await new Promise<Konva.Stage>((resolve) => {
      root.render(<Scene doc={doc} content={content} scale={scale} t={t} onDrawn={resolve} />)
    })
    stage.draw()
    const dataUrl = stage.toDataURL({ mimeType: 'image/png', pixelRatio })
    return { dataUrl, width: Math.round(stage.width() * pixelRatio), height: Math.round(stage.height() * pixelRatio) }
  } finally {
    root.unmount()
    host.remove()
  }
}
