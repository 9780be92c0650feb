// Facts read from a finished PDF without a PDF library: how many pages it has. Chromium (Skia) writes
// every page object as "/Type /Page" in plain text; the page tree's own "/Type /Pages" is not counted.
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1')
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}
