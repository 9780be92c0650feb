// Before issue 14 a project's strategy area was one free-text field, where several areas were written
// separated by ";" (never a comma, which names contain). Migration 0008 and the version 4 -> 5 exchange
// upgrade both turn it into a list, and put any name the workshop's own list lacks at the end of that list,
// so every project's areas stay choosable and nothing typed is lost.

/** "Klima; Samskabelse " -> ["Klima", "Samskabelse"]: trimmed, empty parts and repeats dropped. */
export function splitLegacyStrategyArea(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((area) => area.trim())
        .filter(Boolean),
    ),
  ]
}

/** The workshop's list with the projects' areas it lacks added at the end, in the order first met. */
export function listWithAreas(list: readonly string[], projectAreas: readonly (readonly string[])[]): string[] {
  const result = [...list]
  for (const areas of projectAreas) for (const area of areas) if (!result.includes(area)) result.push(area)
  return result
}
