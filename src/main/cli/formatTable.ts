// Plain-text tables for the terminal: columns padded to their widest cell, numbers aligned right.

export type Cell = string | number

/** Characters as a terminal shows them (æ, ø, å and "—" are one column each). */
function width(text: string): number {
  return [...text].length
}

export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[], indent = '  '): string[] {
  const numeric = headers.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number'))
  const text = [headers, ...rows].map((row) => row.map((cell) => String(cell)))
  const widths = headers.map((_, column) => Math.max(...text.map((row) => width(row[column] ?? ''))))
  const line = (row: string[]) =>
    indent +
    row
      .map((cell, column) => {
        const pad = ' '.repeat(widths[column]! - width(cell))
        return numeric[column] ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  return [line(text[0]!), indent + widths.map((w) => '-'.repeat(w)).join('  '), ...text.slice(1).map(line)]
}

/** "label:  value" lines with the values lined up. */
export function formatPairs(pairs: readonly (readonly [string, Cell])[], indent = ''): string[] {
  const labelWidth = Math.max(0, ...pairs.map(([label]) => width(label)))
  return pairs.map(([label, value]) => `${indent}${label}:${' '.repeat(labelWidth - width(label) + 2)}${value}`)
}
