// The shape every language catalog has: the English catalog's shape, with any text in each place.
import type { en } from './en'

export type Catalog = typeof en
