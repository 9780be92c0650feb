// An action project's progress as the report prints it: a bar with the number beside it (the bar alone says
// nothing on a black-and-white printout), or "not reported yet" before any follow-up gave one.
import type { Translate } from '../reportModel'
import { Bar } from './common'

export function ProjectProgress({ progress, t }: { progress: number | null; t: Translate }) {
  if (progress === null) return <span className="progress-value muted">{t('report.projects.notReported')}</span>
  return (
    <span className="project-progress">
      <Bar value={progress} max={100} colour="#1f5f5b" />
      <span className="progress-value">{progress} %</span>
    </span>
  )
}
