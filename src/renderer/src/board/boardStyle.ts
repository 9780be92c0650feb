// Drawing constants shared by the board's shapes. The family is the bundled font (styles/fonts.css), so
// the board looks the same offline on every laptop, Danish letters included.
// Emoji come from the system's colour emoji font, listed after Inter so Danish text never falls back.
export const BOARD_FONT = '"Inter", system-ui, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif'
export const BOARD_TEXT_COLOUR = '#1d2630'
