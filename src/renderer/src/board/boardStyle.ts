// Drawing constants shared by the board's shapes. The family is the bundled font (styles/fonts.css), so
// the board looks the same offline on every laptop, Danish letters included.
export const BOARD_FONT = '"Inter", system-ui, sans-serif'
export const BOARD_TEXT_COLOUR = '#1d2630'
