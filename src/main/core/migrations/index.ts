// Every migration in order; the last one's version is the schema version this build writes.
import { migration0001 } from './0001-initial'
import { migration0002 } from './0002-agenda-and-follow-up'
import { migration0003 } from './0003-presentation'
import { migration0004 } from './0004-projector-blank'
import { migration0005 } from './0005-sharing-and-market'
import { migration0006 } from './0006-project-owner-name'
import { migration0007 } from './0007-participant-source'
import { migration0008 } from './0008-strategy-areas-and-progress'
import type { Migration } from './migration'

export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
]
export type { Migration }
