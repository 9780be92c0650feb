// One open workshop: its title, the toolbar (undo, redo, save a copy, close) and the board.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { workshopOf } from '@shared/model/document'
import { BoardStage } from '../board/BoardStage'
import { zoneTitle } from '../board/labels'
import type { DocumentMirror } from '../editor/documentMirror'
import { useApp } from './appContext'
import { ErrorAlert } from './ErrorAlert'
import { PathForm } from './PathForm'
import { useCall } from './useCall'

export interface WorkshopViewProps {
  mirror: DocumentMirror
  onClosed: () => void
}

/** Keyboard shortcuts belong to the board, not to text fields, where Ctrl+Z undoes typing. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

export function WorkshopView({ mirror, onClosed }: WorkshopViewProps) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const state = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const { busy, error, setError, run } = useCall()
  const [askingCopyPath, setAskingCopyPath] = useState(false)
  const [savedTo, setSavedTo] = useState<string | null>(null)
  const workshop = workshopOf(state.doc)
  const { workshopId } = state

  const history = useCallback(
    async (method: 'workshop.undo' | 'workshop.redo') => {
      const result = await run(() => api[method]({ workshopId }))
      if (result) mirror.expectRevision(result.revision)
    },
    [api, mirror, run, workshopId],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return
      const key = event.key.toLowerCase()
      const redo = key === 'y' || (key === 'z' && event.shiftKey)
      if (redo && mirror.getState().canRedo) void history('workshop.redo')
      else if (key === 'z' && !event.shiftKey && mirror.getState().canUndo) void history('workshop.undo')
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [history, mirror])

  const close = async () => {
    mirror.closingHere = true
    const result = await api['workshop.close']({ workshopId })
    // 'not-open' means it is closed already, which is what we wanted.
    if (result.ok || result.error.code === 'not-open') onClosed()
    else {
      mirror.closingHere = false
      setError(result.error)
    }
  }

  const saveCopyTo = async (path: string) => {
    const saved = await run(() => api['workshop.saveCopy']({ workshopId, path }))
    if (saved) {
      setAskingCopyPath(false)
      setSavedTo(saved.path)
    }
  }

  const saveCopy = async () => {
    setSavedTo(null)
    if (!info?.nativeDialogs) {
      setAskingCopyPath(true)
      return
    }
    const chosen = await run(() => api['dialog.chooseWorkshop']({ purpose: 'save', suggestedName: workshop.title }))
    if (chosen?.path) await saveCopyTo(chosen.path)
  }

  const subtitle = [workshop.place, workshop.facilitator].filter((part) => part.trim() !== '').join(' · ')

  return (
    <main className="workshop">
      <header className="workshop-header">
        <div className="workshop-heading">
          <h1>{workshop.title}</h1>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        <div className="toolbar" role="toolbar" aria-label={t('workshop.toolbar')}>
          <button type="button" disabled={busy || !state.canUndo} onClick={() => void history('workshop.undo')}>
            {t('workshop.undo')}
          </button>
          <button type="button" disabled={busy || !state.canRedo} onClick={() => void history('workshop.redo')}>
            {t('workshop.redo')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void saveCopy()}
            aria-expanded={info?.nativeDialogs ? undefined : askingCopyPath}
          >
            {t('workshop.saveCopy')}
          </button>
          <button type="button" onClick={() => void close()}>
            {t('workshop.close')}
          </button>
        </div>
      </header>
      {askingCopyPath && (
        <PathForm
          heading={t('workshop.saveCopy')}
          label={t('workshop.saveCopyPath')}
          submitLabel={t('workshop.saveCopyButton')}
          cancelLabel={t('common.cancel')}
          busy={busy}
          onSubmit={(path) => void saveCopyTo(path)}
          onCancel={() => setAskingCopyPath(false)}
        />
      )}
      {savedTo && (
        <p className="notice" role="status">
          {t('workshop.copySaved', { path: savedTo })}
        </p>
      )}
      <ErrorAlert error={error ?? state.syncError} />
      <BoardStage
        doc={state.doc}
        workshopId={workshopId}
        label={t('workshop.board')}
        emptyText={t('workshop.boardEmpty')}
        zoneTitle={(zoneId) => {
          const zone = state.doc.zone[zoneId]
          return zone ? zoneTitle(zone, state.doc, t) : ''
        }}
      />
    </main>
  )
}
