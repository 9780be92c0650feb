// Issue 10: labels of zones, themes and project cards stay readable at every zoom (a minimum on-screen size,
// as a map draws place names), and note text is drawn wherever it is at least 7 px tall on screen.
import { describe, expect, it } from 'vitest'
import type { Note } from '@shared/model/records'
import { NORMAL_THEME } from '../boardTheme'
import { drawNote, MIN_TEXT_PX } from '../drawNotes'
import {
  drawProjectTitles,
  drawThemeLabels,
  drawZoneTitles,
  MIN_LABEL_PX,
  roomBeforeNeighbours,
} from '../methodDrawing'
import { noteTextLayout } from '../noteText'

/** A canvas context that records the text drawn and the font size (board units) it was drawn at. */
function recordingContext() {
  const texts: { text: string; size: number }[] = []
  let font = '10px sans-serif'
  const noop = () => undefined
  const ctx = {
    get font() {
      return font
    },
    set font(value: string) {
      font = value
    },
    measureText: (text: string) => ({ width: text.length * Number(/(\d+(\.\d+)?)px/.exec(font)![1]) * 0.56 }),
    fillText: (text: string) => texts.push({ text, size: Number(/(\d+(\.\d+)?)px/.exec(font)![1]) }),
    save: noop,
    restore: noop,
    beginPath: noop,
    roundRect: noop,
    arc: noop,
    lineTo: noop,
    closePath: noop,
    fill: noop,
    stroke: noop,
    clip: noop,
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    textBaseline: 'alphabetic',
    textAlign: 'left',
  }
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts }
}

const everywhere = { x: -1e6, y: -1e6, width: 2e6, height: 2e6 }

describe('labels at every zoom', () => {
  for (const scale of [1, 0.3, 0.1, 0.03]) {
    it(`zone titles, theme labels and project titles are at least ${MIN_LABEL_PX} px on screen at ${scale * 100} %`, () => {
      const { ctx, texts } = recordingContext()
      drawZoneTitles(
        ctx,
        [{ box: { x: 0, y: 0, width: 1600, height: 900 }, title: 'Foreninger' }],
        40,
        10,
        '#000',
        scale,
        everywhere,
      )
      const outline = {
        themeId: 't',
        box: { x: 0, y: 2000, width: 600, height: 400 },
        label: { x: 0, y: 1966, width: 600, height: 30 },
        noteIds: [],
      }
      drawThemeLabels(
        ctx,
        [outline],
        () => 'Trafik · ● 36 prikker',
        () => '#e76f51',
        scale,
        everywhere,
      )
      drawProjectTitles(
        ctx,
        [{ box: { x: 0, y: 3000, width: 420, height: 240 }, title: 'Sikker skolevej', accent: '#2a9d8f' }],
        26,
        '#000',
        scale,
        everywhere,
      )
      const zone = texts.find((t) => t.text.startsWith('Forening'))
      const theme = texts.find((t) => t.text.startsWith('Trafik'))
      expect(zone!.size * scale).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9)
      expect(theme!.size * scale).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9)
      // The card draws its own 26-unit title while that is readable; below, the title is drawn as a label.
      const project = texts.find((t) => t.text.startsWith('Sikker'))
      if (26 * scale >= MIN_LABEL_PX) expect(project).toBeUndefined()
      else expect(project!.size * scale).toBeGreaterThanOrEqual(MIN_LABEL_PX - 1e-9)
    })
  }

  it('neighbouring labels on one line are shortened so they do not cover each other', () => {
    const rooms = roomBeforeNeighbours(
      [
        { x: 0, y: 0, height: 20, room: 500 },
        { x: 200, y: 5, height: 20, room: 500 },
        { x: 100, y: 400, height: 20, room: 500 },
      ],
      4,
    )
    expect(rooms).toEqual([196, 500, 500])
  })
})

describe('note text from 7 px on screen', () => {
  const note: Note = {
    id: 'n',
    kind: 'idea',
    text: 'Shelter ved søen',
    color: '#fff3b0',
    categoryId: null,
    themeId: null,
    x: 0,
    y: 0,
    width: 180,
    height: 120,
  } as unknown as Note
  const look = { theme: NORMAL_THEME, categoryColour: () => null, roleLabel: () => null }

  it('draws the text when it is at least 7 px tall on screen and leaves it out below', () => {
    const size = noteTextLayout(note.text, note.width, note.height).size
    const readable = recordingContext()
    drawNote(readable.ctx, note, look, MIN_TEXT_PX / size)
    expect(readable.texts.map((t) => t.text).join(' ')).toBe('Shelter ved søen')
    const tiny = recordingContext()
    drawNote(tiny.ctx, note, look, (MIN_TEXT_PX - 0.5) / size)
    expect(tiny.texts).toEqual([])
  })
})
