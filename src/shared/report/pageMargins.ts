// The report's page margins, shared by the page's CSS (@page) and the printers (page.pdf, printToPDF), so
// the header and footer Chromium adds always have the same room on every engine.
export const PAGE_MARGINS_MM = { top: 20, bottom: 20, left: 18, right: 18 } as const

export const MM_PER_INCH = 25.4
