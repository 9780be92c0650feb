// How sharing links and actor cards look (issue 15), in one place for the board drawing, the legend and the
// report (plain data, so the report's tests under Node can check the printed colours):
// each flow type has a colour AND a mark (a small shape on the line), so the types stay apart on a
// washed-out projector and for people who do not see colours. Each actor type has a colour for its band.
import type { ActorType, FlowType } from './records'

export type FlowMark = 'square' | 'circle' | 'triangle' | 'diamond' | 'hexagon' | 'cross' | 'ring' | 'bar'

export const FLOW_STYLE: Record<FlowType, { colour: string; mark: FlowMark; dash: number[] }> = {
  premises: { colour: '#1f5fa8', mark: 'square', dash: [] },
  labour: { colour: '#c2261f', mark: 'circle', dash: [] },
  knowledge: { colour: '#7b3fa0', mark: 'triangle', dash: [18, 8] },
  materials: { colour: '#8a5a2b', mark: 'diamond', dash: [] },
  energy: { colour: '#d86a00', mark: 'hexagon', dash: [6, 6] },
  equipment: { colour: '#2e7d32', mark: 'cross', dash: [] },
  money: { colour: '#a07800', mark: 'ring', dash: [24, 6, 4, 6] },
  other: { colour: '#4b5563', mark: 'bar', dash: [4, 6] },
}

export const ACTOR_COLOUR: Record<ActorType, string> = {
  institution: '#4e79a7',
  education: '#f28e2b',
  firm: '#59a14f',
  association: '#e15759',
  'citizen-group': '#b07aa1',
  authority: '#2f6f6a',
  other: '#9c755f',
}

/** An SVG path of the mark, centred on 0,0 with radius r: the same path feeds the canvas (Path2D) and the legend. */
export function markPath(mark: FlowMark, r: number): string {
  const p = (points: [number, number][]) => `M${points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L')}Z`
  switch (mark) {
    case 'square':
      return p([[-r, -r], [r, -r], [r, r], [-r, r]])
    case 'circle':
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0Z`
    case 'ring': {
      const i = r * 0.5
      return `M${-r},0A${r},${r} 0 1,0 ${r},0A${r},${r} 0 1,0 ${-r},0ZM${-i},0A${i},${i} 0 1,1 ${i},0A${i},${i} 0 1,1 ${-i},0Z`
    }
    case 'triangle':
      return p([[0, -r * 1.15], [r * 1.1, r * 0.8], [-r * 1.1, r * 0.8]])
    case 'diamond':
      return p([[0, -r * 1.25], [r * 1.1, 0], [0, r * 1.25], [-r * 1.1, 0]])
    case 'hexagon':
      return p([0, 1, 2, 3, 4, 5].map((k) => [r * 1.1 * Math.cos((Math.PI / 3) * k), r * 1.1 * Math.sin((Math.PI / 3) * k)]))
    case 'cross': {
      const t = r * 0.4
      return p([[-t, -r], [t, -r], [t, -t], [r, -t], [r, t], [t, t], [t, r], [-t, r], [-t, t], [-r, t], [-r, -t], [-t, -t]])
    }
    case 'bar':
      return p([[-r * 1.2, -r * 0.45], [r * 1.2, -r * 0.45], [r * 1.2, r * 0.45], [-r * 1.2, r * 0.45]])
  }
}
