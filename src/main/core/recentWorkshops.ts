// The "Recent" list on the start screen: a small JSON file in the app's data folder, newest first.
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { RecentEntry } from '@shared/api/contract'
import { readRegularTextFile } from './regularFile'

/** The list holds at most MAX_ENTRIES short entries; anything bigger is not ours. */
const RECENT_MAX_BYTES = 1024 * 1024

const MAX_ENTRIES = 12
const Stored = z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() }))

export class RecentWorkshops {
  private readonly file: string

  constructor(appDataDir: string) {
    this.file = path.join(appDataDir, 'recent.json')
  }

  list(): RecentEntry[] {
    return this.read().map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }))
  }

  remember(workshopPath: string, title: string): void {
    const entries = this.read().filter((entry) => entry.path !== workshopPath)
    entries.unshift({ path: workshopPath, title, openedAt: new Date().toISOString() })
    this.write(entries.slice(0, MAX_ENTRIES))
  }

  private read(): z.infer<typeof Stored> {
    try {
      const parsed = Stored.safeParse(JSON.parse(readRegularTextFile(this.file, RECENT_MAX_BYTES)))
      return parsed.success ? parsed.data : []
    } catch {
      return [] // no list yet, an unreadable one or a FIFO in its place: start afresh rather than fail the start screen
    }
  }

  /** Written aside and renamed, so a crash never leaves half a list. */
  private write(entries: z.infer<typeof Stored>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const temporary = `${this.file}.${process.pid}.tmp`
    fs.writeFileSync(temporary, JSON.stringify(entries, null, 2))
    fs.renameSync(temporary, this.file)
  }
}
