// Themes: make a theme from checked notes, then rename, refill or ungroup the themes.
import { useState } from 'react'
import { MakeTheme } from './MakeTheme'
import type { MethodProps } from './methodProps'
import { ThemeList } from './ThemeList'

export function ThemesSection(props: MethodProps) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set())
  const checked = { ids, set: setIds }
  return (
    <>
      <MakeTheme {...props} checked={checked} />
      <ThemeList {...props} checked={checked} />
    </>
  )
}
