// A project's strategy areas are on the workshop's list (commands/strategyAreas.ts keeps it so); an imported
// file that breaks this would count projects under areas the workshop does not have.
import type { Project } from '../model/records'

export function unknownStrategyAreas(
  projects: readonly Project[],
  workshopAreas: readonly string[],
): { project: Project; area: string }[] {
  return projects.flatMap((project) => {
    const area = project.strategyAreas.find((name) => !workshopAreas.includes(name))
    return area === undefined ? [] : [{ project, area }]
  })
}
