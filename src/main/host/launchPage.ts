// Hands the entry address to the Chromium window without putting it on a command line: every user of the
// computer can read every process's arguments (/proc/*/cmdline), but not a file in our private folder. The
// window is started on this small page (`--app=file:///…/launch.html`), which forwards it to the entry address
// at once; the code in it is spent on arrival (the page is then deleted) and expires within a minute anyway.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const LAUNCH_PAGE = 'launch.html'

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function launchPageHtml(entryUrl: string): string {
  const target = escapeAttribute(entryUrl)
  return [
    '<!doctype html>',
    '<meta charset="utf-8">',
    '<meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${target}">`,
    '<title>Handlekraft</title>',
  ].join('\n')
}

export interface LaunchPage {
  /** The file: address to give the browser; it holds no secret. */
  fileUrl: string
  remove(): void
}

/** Writes the page into `privateDir` (a folder only this user can open), readable by this user alone. */
export function writeLaunchPage(privateDir: string, entryUrl: string): LaunchPage {
  const path = join(privateDir, LAUNCH_PAGE)
  writeFileSync(path, launchPageHtml(entryUrl), { mode: 0o600, flag: 'wx' })
  return {
    fileUrl: pathToFileURL(path).href,
    remove: () => rmSync(path, { force: true }),
  }
}
