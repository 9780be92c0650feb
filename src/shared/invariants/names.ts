// How a name the facilitator gives (a theme's) is written: no spaces at either end and never two in a row,
// so "Trafik" and "Trafik " are one theme in every tally, list and report. Commands tidy a typed name;
// an import refuses an untidy one (the app would never have written it).

/** The name as the app stores it: trimmed, every run of white space one plain space. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, ' ')
}

export function isTidyName(name: string): boolean {
  return tidyName(name) === name
}
