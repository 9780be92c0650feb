// The drawn pieces of the board. Each is memoised on its record: the document mirror keeps unchanged
// records identical across patches, so editing one note re-renders that note only. No shape listens to
// the pointer (the board hit-tests in plain TS), so Konva never builds hit canvases for them.
import { memo } from 'react'
import { Arrow, Group, Label, Rect, Shape, Tag, Text } from 'react-konva'
import type { Connector, Project, Zone } from '@shared/model/records'
import { PROJECT_CARD } from '../editor/methodBoard'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { CARD_LAYOUT, drawProjectCardText } from './projectCardText'

export interface ZoneShapeProps {
  zone: Zone
  theme: BoardTheme
}

/** A zone's area; its title is a label (methodDrawing.drawZoneTitles), readable at every zoom. */
export const ZoneShape = memo(function ZoneShape({ zone, theme }: ZoneShapeProps) {
  return (
    <Group x={zone.x} y={zone.y}>
      <Rect
        width={zone.width}
        height={zone.height}
        fill={zone.color}
        opacity={theme.zoneFillOpacity}
        cornerRadius={16}
        perfectDrawEnabled={false}
      />
      <Rect
        width={zone.width}
        height={zone.height}
        stroke={zone.color}
        strokeWidth={theme.zoneStrokeWidth}
        cornerRadius={16}
        perfectDrawEnabled={false}
      />
    </Group>
  )
})

export interface ConnectorShapeProps {
  connector: Connector
  points: [number, number, number, number]
  theme: BoardTheme
}

export const ConnectorShape = memo(function ConnectorShape({ connector, points, theme }: ConnectorShapeProps) {
  const [x1, y1, x2, y2] = points
  return (
    <Group id={`connector-${connector.id}`}>
      <Arrow
        name="arrow"
        points={points}
        stroke={theme.connector}
        fill={theme.connector}
        strokeWidth={4}
        pointerLength={18}
        pointerWidth={18}
        perfectDrawEnabled={false}
      />
      {connector.label && (
        <Label name="label" x={(x1 + x2) / 2} y={(y1 + y2) / 2} offsetX={connector.label.length * 5.5 + 6} offsetY={16}>
          <Tag
            fill={theme.background}
            stroke={theme.connector}
            strokeWidth={1.5}
            cornerRadius={6}
            pointerDirection="none"
          />
          <Text
            text={connector.label}
            fontFamily={BOARD_FONT}
            fontSize={20}
            padding={6}
            fill={theme.text}
            perfectDrawEnabled={false}
          />
        </Label>
      )}
    </Group>
  )
})

/** What a project card says, already translated. */
export interface ProjectCardText {
  title: string
  owner: string
  status: string
  /** "9/13": how many of the sheet's fields are filled. */
  complete: string
  /** The same as a fraction, for the bar. */
  fraction: number
}

export interface ProjectCardShapeProps {
  project: Project
  text: ProjectCardText
  theme: BoardTheme
  /** The colour of the theme it came from, for the strip on the left; null when it has none. */
  accent: string | null
}

const STATUS_COLOURS: Record<Project['status'], string> = {
  idea: '#6b7280',
  running: '#2563eb',
  done: '#15803d',
  paused: '#b45309',
}

/** An action project as a card: title, owner, status and how complete its sheet is. */
export const ProjectCardShape = memo(function ProjectCardShape({
  project,
  text,
  theme,
  accent,
}: ProjectCardShapeProps) {
  const { width, height } = PROJECT_CARD
  const { pad, strip } = CARD_LAYOUT
  const barWidth = width - strip - 2 * pad - 90
  const statusColour = STATUS_COLOURS[project.status]
  return (
    <Group x={project.x} y={project.y}>
      <Rect
        width={width}
        height={height}
        fill="#ffffff"
        cornerRadius={10}
        stroke={theme.noteStroke === '#000000' ? '#000000' : '#1d263055'}
        strokeWidth={theme.noteStrokeWidth * 1.5}
        shadowEnabled={theme.shadow}
        shadowColor="#000000"
        shadowOpacity={0.2}
        shadowBlur={8}
        shadowOffsetY={3}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      <Rect width={strip} height={height} fill={accent ?? statusColour} cornerRadius={[10, 0, 0, 10]} />
      {/* The words, drawn at the zoom they are seen at: nothing too small or under the title pill. */}
      <Shape
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(context) => {
          const ctx = context._context
          const matrix = ctx.getTransform()
          const scale = Math.hypot(matrix.a, matrix.b) / context.canvas.getPixelRatio()
          drawProjectCardText(ctx, text, { ink: theme.text, status: statusColour }, scale)
        }}
      />
      <Rect x={strip + pad} y={height - pad - 14} width={barWidth} height={14} fill="#e5e7eb" cornerRadius={7} />
      <Rect
        x={strip + pad}
        y={height - pad - 14}
        width={Math.max(14, barWidth * text.fraction)}
        height={14}
        fill={statusColour}
        cornerRadius={7}
      />
    </Group>
  )
})
