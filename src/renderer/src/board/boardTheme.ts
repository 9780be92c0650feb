// The board's colours in its two looks. High contrast is for projectors in bright rooms: white paper,
// black text and edges, thicker outlines, no soft shadows.
export interface BoardTheme {
  background: string
  text: string
  noteStroke: string
  noteStrokeWidth: number
  shadow: boolean
  zoneFillOpacity: number
  zoneStrokeWidth: number
  connector: string
  selection: string
  findMatch: string
  rubberBand: string
}

export const NORMAL_THEME: BoardTheme = {
  background: '#fbfaf7',
  text: '#1d2630',
  noteStroke: '#00000022',
  noteStrokeWidth: 1,
  shadow: true,
  zoneFillOpacity: 0.2,
  zoneStrokeWidth: 4,
  connector: '#38444f',
  selection: '#d97706',
  findMatch: '#c026d3',
  rubberBand: '#1f5f5b',
}

export const HIGH_CONTRAST_THEME: BoardTheme = {
  background: '#ffffff',
  text: '#000000',
  noteStroke: '#000000',
  noteStrokeWidth: 2,
  shadow: false,
  zoneFillOpacity: 0.12,
  zoneStrokeWidth: 6,
  connector: '#000000',
  selection: '#e65100',
  findMatch: '#9c00b8',
  rubberBand: '#000000',
}
