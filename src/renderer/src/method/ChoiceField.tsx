// A labelled drop-down, the Sharing tab's repeated form block (actor type, gives, receives, what flows, who,
// category, exchange): one place for the label-wraps-select pattern that gives each its accessible name.
export interface Choice<T extends string> {
  value: T
  label: string
}

export function ChoiceField<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string
  value: T
  choices: readonly Choice<T>[]
  onChange(value: NoInfer<T>): void
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}
