// Sizes of the method's shapes on the board, in board units. They live in src/shared because placement
// (where a new project card or a gathered theme goes) is decided by the commands, and the board draws the
// same shapes from the same numbers.

/** Space between a theme's notes and its outline, and the label row above the outline. */
export const THEME_OUTLINE = { padding: 10, labelHeight: 30, labelGap: 4 } as const
/** An action project's card on the board: fits a column of the template's "Action projects" area. */
export const PROJECT_CARD = { width: 420, height: 240 } as const
/**
 * What a card takes up when placed: the card and free room to its right for its title. Zoomed out to show
 * everything, the title is drawn in a pill at a minimum on-screen size (13 px) that is wider than the card;
 * a neighbour at the card's edge cut it ("Lektie… i forsa…"). 660 units hold a word like
 * "forsamlingshuset" (112 px at 13 px) at 20 % zoom, the projector's fit of an evening's board.
 */
export const PROJECT_CARD_ROOM = { width: 660, height: PROJECT_CARD.height } as const
/**
 * Room kept free above a theme's outline for its label, and the label's least width. The label's pill keeps
 * a minimum size on screen, so at "show everything" zoom on a projector it is up to three times its board
 * size (`fontSize`, 60 units) and wraps onto two lines (1.5 + 1.2 line heights): a block that reserves this
 * much never has its label over a neighbour, at any zoom. Blocks are also at least as wide as their label's
 * two lines at that size (themeLabelWidth.ts).
 */
export const THEME_LABEL_ROOM = { height: 170, width: 240, fontSize: 60 } as const
/** Space left between blocks, notes and cards placed by the layout, and inside a zone's edge. */
export const LAYOUT_GAP = 24
export const ZONE_PADDING = 30
