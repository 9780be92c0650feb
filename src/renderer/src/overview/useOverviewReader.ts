// Reads the chosen folder or files in small batches through the API, so the screen can say "12 of 200"
// and stays responsive; the aggregation runs here, on the same pure code as the CLI's.
import { useCallback, useRef, useState } from 'react'
import type { AppErrorShape } from '@shared/errors'
import type { Language } from '@shared/model/records'
import { buildOverview, type Overview, type OverviewEntry } from '@shared/overview/buildOverview'
import type { HandlekraftApi } from '@shared/api/contract'

const BATCH = 4

export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export interface OverviewReading {
  overview: Overview | null
  files: string[]
  progress: { done: number; total: number } | null
  error: AppErrorShape | null
  empty: boolean
  read(paths: string[], recursive: boolean, language: Language): Promise<void>
}

export function useOverviewReader(api: HandlekraftApi): OverviewReading {
  const [overview, setOverview] = useState<Overview | null>(null)
  const [files, setFiles] = useState<string[]>([])
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [error, setError] = useState<AppErrorShape | null>(null)
  const [empty, setEmpty] = useState(false)
  const generation = useRef(0)

  const read = useCallback(
    async (paths: string[], recursive: boolean, language: Language) => {
      const mine = ++generation.current
      setError(null)
      setEmpty(false)
      setOverview(null)
      const listed = await api['overview.list']({ paths, recursive })
      if (mine !== generation.current) return
      if (!listed.ok) {
        setError(listed.error)
        return
      }
      const found = listed.value.files
      setFiles(found)
      if (found.length === 0) {
        setEmpty(true)
        return
      }
      const today = localToday()
      const entries: OverviewEntry[] = []
      setProgress({ done: 0, total: found.length })
      for (let start = 0; start < found.length; start += BATCH) {
        const result = await api['overview.read']({ files: found.slice(start, start + BATCH), today, language })
        if (mine !== generation.current) return
        if (!result.ok) {
          setError(result.error)
          setProgress(null)
          return
        }
        entries.push(...result.value.entries)
        setProgress({ done: entries.length, total: found.length })
      }
      setProgress(null)
      setOverview(buildOverview(entries, today))
    },
    [api],
  )

  return { overview, files, progress, error, empty, read }
}
