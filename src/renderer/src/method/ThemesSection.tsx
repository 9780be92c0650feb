// Themes: make a theme from checked notes, tidy them all, then rename, refill or ungroup the themes.
import { useState } from 'react'
import { MakeTheme } from './MakeTheme'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'
import { ThemeList } from './ThemeList'
import { TidyThemes } from './TidyThemes'

export function ThemesSection(props: MethodProps) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set())
  const checked = { ids, set: setIds }
  return (
    <EditLockGroup>
      <MakeTheme {...props} checked={checked} />
      <TidyThemes {...props} />
      <ThemeList {...props} checked={checked} />
    </EditLockGroup>
  )
}
