// The files the room server may serve: the participant page (out/renderer/participant.html) and what it loads,
// followed from the page through its scripts' imports and its styles' url()s. Everything else in out/renderer
// (the facilitator's app, the report page) is not served to the network.
import { readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'

export const PARTICIPANT_PAGE = 'participant.html'

const REFERENCE =
  /(?:src|href)\s*=\s*["']([^"']+)["']|url\(\s*["']?([^"')]+)["']?\s*\)|(?:from|import)\s*\(?\s*["']([^"']+)["']/g

/** Relative paths (with "/" separators) inside `rendererDir`, the page first; empty when it is not built. */
export function participantAssets(rendererDir: string): Set<string> {
  const root = resolve(rendererDir)
  const allowed = new Set<string>()
  const visit = (file: string) => {
    const rel = relative(root, file).split(sep).join('/')
    if (allowed.has(rel) || rel.startsWith('..')) return
    let text: string
    try {
      if (!statSync(file).isFile()) return
      text = readFileSync(file, 'utf8')
    } catch {
      return
    }
    allowed.add(rel)
    if (!['.html', '.js', '.mjs', '.css'].includes(extname(file))) return
    for (const match of text.matchAll(REFERENCE)) {
      const target = match[1] ?? match[2] ?? match[3]
      if (!target || /^[a-z]+:/i.test(target) || target.startsWith('//') || target.startsWith('#')) continue
      const path = target.split(/[?#]/)[0]!
      visit(path.startsWith('/') ? join(root, path) : resolve(dirname(file), path))
    }
  }
  visit(join(root, PARTICIPANT_PAGE))
  return allowed
}
