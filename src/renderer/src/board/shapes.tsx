// The drawn pieces of the board. Each is memoised on its record: the document mirror keeps unchanged
// records identical across patches, so editing one note re-renders that note only. No shape listens to
// the pointer (the board hit-tests in plain TS), so Konva never builds hit canvases for them.
import { memo } from 'react'
import { Arrow, Circle, Group, Label, Rect, Star, Tag, Text } from 'react-konva'
import type { Connector, Note, Project, Zone } from '@shared/model/records'
import { ZONE_TITLE } from '../editor/boxes'
import { PROJECT_CARD } from '../editor/methodBoard'
import { BOARD_FONT } from './boardStyle'
import type { BoardTheme } from './boardTheme'
import { fitFontSize, NOTE_BAND, NOTE_FONT, NOTE_PADDING } from './noteText'

export interface NoteShapeProps {
  note: Note
  theme: BoardTheme
  /** The category's colour for the band at the top, or null when the note has no category. */
  categoryColour: string | null
  /** Shown at the bottom when "show roles" is on. */
  roleLabel: string | null
  /** At low zoom text is unreadable anyway: draw a plain block, much cheaper. */
  lowDetail: boolean
}

/** The kind as a shape in the top-left corner: a star for a strength, a dot for an idea. */
function KindMark({ kind, theme }: { kind: Note['kind']; theme: BoardTheme }) {
  if (kind === 'strength') {
    return (
      <Star
        x={12}
        y={NOTE_BAND / 2 + 2}
        numPoints={5}
        innerRadius={3.5}
        outerRadius={8}
        fill="#b45309"
        stroke={theme.text}
        strokeWidth={0.8}
        perfectDrawEnabled={false}
      />
    )
  }
  if (kind === 'idea') {
    return (
      <Circle
        x={12}
        y={NOTE_BAND / 2 + 2}
        radius={6}
        fill="#0369a1"
        stroke={theme.text}
        strokeWidth={0.8}
        perfectDrawEnabled={false}
      />
    )
  }
  return null
}

export const NoteShape = memo(function NoteShape({
  note,
  theme,
  categoryColour,
  roleLabel,
  lowDetail,
}: NoteShapeProps) {
  if (lowDetail) {
    return (
      <Rect
        x={note.x}
        y={note.y}
        width={note.width}
        height={note.height}
        fill={categoryColour ?? note.color}
        perfectDrawEnabled={false}
      />
    )
  }
  const fontSize = fitFontSize(note.text, note.width, note.height)
  return (
    <Group x={note.x} y={note.y}>
      <Rect
        width={note.width}
        height={note.height}
        fill={note.color}
        cornerRadius={6}
        stroke={theme.noteStroke}
        strokeWidth={theme.noteStrokeWidth}
        shadowEnabled={theme.shadow}
        shadowColor="#000000"
        shadowOpacity={0.18}
        shadowBlur={6}
        shadowOffsetY={2}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      {categoryColour && (
        <Rect
          x={24}
          width={note.width - 24}
          height={NOTE_BAND}
          fill={categoryColour}
          cornerRadius={[0, 6, 0, 0]}
          perfectDrawEnabled={false}
        />
      )}
      <KindMark kind={note.kind} theme={theme} />
      <Text
        x={NOTE_PADDING}
        y={NOTE_PADDING + NOTE_BAND}
        width={Math.max(1, note.width - 2 * NOTE_PADDING)}
        height={Math.max(1, note.height - 2 * NOTE_PADDING - NOTE_BAND)}
        text={note.text}
        fontFamily={BOARD_FONT}
        fontSize={fontSize}
        lineHeight={NOTE_FONT.lineHeight}
        fill={theme.text}
        wrap="word"
        ellipsis
        perfectDrawEnabled={false}
      />
      {roleLabel && (
        <Text
          x={NOTE_PADDING}
          y={note.height - 18}
          width={note.width - 2 * NOTE_PADDING}
          align="right"
          text={roleLabel}
          fontFamily={BOARD_FONT}
          fontStyle="600"
          fontSize={12}
          fill={theme.text}
          opacity={0.75}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  )
})

export interface ZoneShapeProps {
  zone: Zone
  title: string
  theme: BoardTheme
}

export const ZoneShape = memo(function ZoneShape({ zone, title, theme }: ZoneShapeProps) {
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
      <Text
        x={8}
        y={-ZONE_TITLE.size - ZONE_TITLE.gap}
        width={Math.max(1, zone.width - 16)}
        text={title}
        fontFamily={BOARD_FONT}
        fontStyle="600"
        fontSize={ZONE_TITLE.size}
        fill={theme.text}
        wrap="none"
        ellipsis
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
  const pad = 18
  const strip = 12
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
      <Text
        x={strip + pad}
        y={pad}
        width={width - strip - 2 * pad}
        height={64}
        text={text.title}
        fontFamily={BOARD_FONT}
        fontStyle="700"
        fontSize={26}
        lineHeight={1.15}
        fill={theme.text}
        wrap="word"
        ellipsis
        perfectDrawEnabled={false}
      />
      <Text
        x={strip + pad}
        y={pad + 76}
        width={width - strip - 2 * pad}
        text={text.owner}
        fontFamily={BOARD_FONT}
        fontSize={19}
        fill={theme.text}
        wrap="none"
        ellipsis
        perfectDrawEnabled={false}
      />
      <Label x={strip + pad} y={pad + 118}>
        <Tag fill={statusColour} cornerRadius={12} />
        <Text
          text={text.status}
          fontFamily={BOARD_FONT}
          fontStyle="600"
          fontSize={18}
          padding={7}
          fill="#ffffff"
          perfectDrawEnabled={false}
        />
      </Label>
      <Rect x={strip + pad} y={height - pad - 14} width={barWidth} height={14} fill="#e5e7eb" cornerRadius={7} />
      <Rect
        x={strip + pad}
        y={height - pad - 14}
        width={Math.max(14, barWidth * text.fraction)}
        height={14}
        fill={statusColour}
        cornerRadius={7}
      />
      <Text
        x={width - pad - 80}
        y={height - pad - 20}
        width={80}
        align="right"
        text={text.complete}
        fontFamily={BOARD_FONT}
        fontStyle="700"
        fontSize={22}
        fill={theme.text}
        perfectDrawEnabled={false}
      />
    </Group>
  )
})
