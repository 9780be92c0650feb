// The lines of pasted text that become notes (placed in the shared grid, @shared/layout/grid).

/** The lines of pasted plain text that make notes: trimmed, without empty lines or list bullets. */
export function pastedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '')
}
