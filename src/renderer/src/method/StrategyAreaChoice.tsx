// Which of the workshop's strategy areas a project belongs to: one checkbox per area on the workshop's list
// (Setup edits the list), so a project can be in several and a name cannot be mistyped.
import { useTranslation } from 'react-i18next'

interface Props {
  areas: readonly string[]
  chosen: readonly string[]
  legend: string
  onChange: (chosen: string[]) => void
}

export function StrategyAreaChoice({ areas, chosen, legend, onChange }: Props) {
  const { t } = useTranslation()
  const toggle = (area: string, on: boolean) =>
    onChange(areas.filter((name) => (name === area ? on : chosen.includes(name))))
  return (
    <fieldset className="method-choices">
      <legend>{legend}</legend>
      {areas.length === 0 && <p className="muted">{t('method.projects.noStrategyAreas')}</p>}
      {areas.map((area) => (
        <label key={area} className="method-choice">
          <input
            type="checkbox"
            checked={chosen.includes(area)}
            onChange={(event) => toggle(area, event.target.checked)}
          />
          {area}
        </label>
      ))}
    </fieldset>
  )
}
