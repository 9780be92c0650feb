// Poppler and qpdf, as a person checking a PDF would run them.
import { spawnSync } from 'node:child_process'

function run(command: string, args: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr }
}

export const pdfText = (file: string, layout = true) =>
  run('pdftotext', [...(layout ? ['-layout'] : []), file, '-']).out

/** Each font pdffonts lists: its name and whether it is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const lines = run('pdffonts', [file])
    .out.split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/)
    // Columns from the right: emb sub uni object-number generation.
    return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' }
  })
}

export const qpdfCheck = (file: string) => run('qpdf', ['--check', file])

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', [file]).out.split('\n')) {
    const at = line.indexOf(':')
    if (at > 0) info[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  return info
}

/** The PDF's bookmarks (outline) titles, read with qpdf's JSON view. */
export function outlineTitles(file: string): string[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file]).out) as {
    outlines: { title: string; kids: unknown[] }[]
  }
  const titles: string[] = []
  const walk = (items: { title: string; kids: unknown[] }[]) => {
    for (const item of items) {
      titles.push(item.title)
      walk(item.kids as { title: string; kids: unknown[] }[])
    }
  }
  walk(json.outlines)
  return titles
}
