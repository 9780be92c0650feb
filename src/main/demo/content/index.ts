import type { Language } from '@shared/model/records'
import { da } from './da'
import { en } from './en'
import type { DemoTexts } from './types'

export const DEMO_TEXTS: Record<Language, DemoTexts> = { da, en }
export type { DemoTexts }
