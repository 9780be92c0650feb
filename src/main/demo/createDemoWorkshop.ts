// Makes a demo workshop file: create with the demo's arguments, then build it. A demo that fails halfway is
// removed again, so nobody later opens a half-built demo thinking it is the real one.
import fs from 'node:fs'
import type { Language } from '@shared/model/records'
import { buildDemo, type CommandTarget } from './buildDemo'
import { demoWorkshopArgs, type CreateWorkshopArgs } from './demoCommands'

interface ClosableTarget extends CommandTarget {
  close(): void
}

/**
 * `create` is WorkshopStore.create (passed in, so this file does not decide how stores are made); it refuses
 * an existing file, so a demo never overwrites anything.
 */
export function createDemoWorkshop<S extends ClosableTarget>(
  create: (filePath: string, args: CreateWorkshopArgs) => S,
  filePath: string,
  language: Language,
): { store: S; commands: number } {
  const store = create(filePath, demoWorkshopArgs(language))
  try {
    return { store, commands: buildDemo(store, language) }
  } catch (error) {
    store.close()
    for (const leftover of [filePath, `${filePath}-wal`, `${filePath}-shm`]) fs.rmSync(leftover, { force: true })
    throw error
  }
}
