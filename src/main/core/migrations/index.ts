// Every migration in order; the last one's version is the schema version this build writes.
import { migration0001 } from './0001-initial'
import type { Migration } from './migration'

export const MIGRATIONS: readonly Migration[] = [migration0001]
export type { Migration }
