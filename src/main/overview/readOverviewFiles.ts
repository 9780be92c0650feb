// The whole overview from paths (folders and files): every file read one after the other, each refusal
// kept as an entry, then aggregated (shared/overview/buildOverview.ts). `onProgress` lets a caller show
// "12 of 200"; between files the event loop gets a turn when `yieldEvery` is set, so a host stays responsive.
import type { Translate } from '@shared/i18n'
import { buildOverview, type Overview, type OverviewEntry } from '@shared/overview/buildOverview'
import { expandPaths, readAreaFile } from './readOverview'

export function readOverviewSync(paths: readonly string[], today: string, t: Translate, recursive = false): Overview {
  const files = expandPaths(paths, recursive)
  return buildOverview(
    files.map((file) => readAreaFile(file, today, t)),
    today,
  )
}

export async function readOverviewFiles(
  files: readonly string[],
  today: string,
  t: Translate,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<OverviewEntry[]> {
  const entries: OverviewEntry[] = []
  for (const file of files) {
    entries.push(readAreaFile(file, today, t))
    onProgress(entries.length, files.length)
    await new Promise((resolve) => setImmediate(resolve))
  }
  return entries
}
