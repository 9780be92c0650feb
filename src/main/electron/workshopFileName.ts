// File names for the save dialog: a suggestion from the workshop title, and the extension added if the
// user typed a name without it (the API opens only what it can recognise by content, but people find
// their files by the extension).
import { WORKSHOP_EXTENSION } from './launchArgs'

export function ensureWorkshopExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSHOP_EXTENSION) ? path : `${path}${WORKSHOP_EXTENSION}`
}

/** A title as a file name: no path separators or characters Windows refuses, not empty, not too long. */
export function suggestedFileName(title: string | undefined): string {
  const cleaned = (title ?? '')
    .replace(/[\\/:*?"<>|]/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '') // no hidden files, no leading '..'
    .slice(0, 100)
    .trim()
  return ensureWorkshopExtension(cleaned === '' ? 'Workshop' : cleaned)
}
