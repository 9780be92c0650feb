// What the demo's action projects report at the day-50 and day-100 gatherings, by the status they land in.
import type { Language, ProjectStatus } from '@shared/model/records'

export const FOLLOW_UP_TEXTS: Record<Language, Record<'day50' | 'day100', Partial<Record<ProjectStatus, string>>>> = {
  da: {
    day50: { running: 'Gruppen er i gang: første skridt er taget, og flere har meldt sig.' },
    day100: {
      running: 'Stadig i gang. Næste skridt er aftalt, og gruppen mødes hver anden uge.',
      done: 'Målet er nået, og resultatet blev vist frem for landsbyen ved dag 100.',
      paused: 'Sat på pause, indtil der er flere hænder. Gruppen tager det op igen til foråret.',
    },
  },
  en: {
    day50: { running: 'The group is under way: the first step is taken and more people have joined.' },
    day100: {
      running: 'Still under way. The next step is agreed and the group meets every other week.',
      done: 'The goal is reached, and the result was shown to the village at day 100.',
      paused: 'Paused until there are more hands. The group picks it up again in spring.',
    },
  },
}
