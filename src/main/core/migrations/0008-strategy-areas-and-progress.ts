// Issue 14: a project belongs to a list of the workshop's strategy areas (it had one free-text field, where
// several were written with ";"), and a follow-up may say how far the project has come (0–100 %). Names a
// project used that the workshop's list lacks are added to the list, so nothing typed is lost and every
// project's areas can be chosen in the editor.
import { listWithAreas, splitLegacyStrategyArea } from '@shared/model/legacyStrategyArea'
import type { Migration } from './migration'

export const migration0008: Migration = {
  version: 8,
  up(db) {
    db.exec(`
      ALTER TABLE project ADD COLUMN strategy_areas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(strategy_areas));
      ALTER TABLE project_update ADD COLUMN progress INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 100);
    `)
    const projects = db.prepare('SELECT id, strategy_area FROM project').all() as {
      id: string
      strategy_area: string
    }[]
    const setAreas = db.prepare('UPDATE project SET strategy_areas = ? WHERE id = ?')
    const projectAreas = projects.map((project) => {
      const areas = splitLegacyStrategyArea(project.strategy_area)
      setAreas.run(JSON.stringify(areas), project.id)
      return areas
    })
    const workshop = db.prepare('SELECT strategy_areas FROM workshop').get() as { strategy_areas: string } | undefined
    if (workshop) {
      const list = listWithAreas(JSON.parse(workshop.strategy_areas) as string[], projectAreas)
      db.prepare('UPDATE workshop SET strategy_areas = ?').run(JSON.stringify(list))
    }
    db.exec('ALTER TABLE project DROP COLUMN strategy_area')
  },
}
