// One open workshop: its title, saved state and undo/redo (rendered into the app's top bar), Save a copy (into
// the File menu) and Close, the board's toolbar and the board with its overlays (text editing, find, legend)
// and the hidden list of notes for the keyboard.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { WorkshopSnapshot } from '@shared/api/contract'
import { workshopOf } from '@shared/model/document'
import type { Note, Zone } from '@shared/model/records'
import { BoardStage } from '../board/BoardStage'
import { HIGH_CONTRAST_THEME, NORMAL_THEME } from '../board/boardTheme'
import { zoneTitle } from '../board/labels'
import { NoteEditorOverlay } from '../board/NoteEditorOverlay'
import { BoardViewport } from '../board/viewport'
import { usePresencePublisher } from '../present/usePresencePublisher'
import { BoardActions } from '../editor/boardActions'
import { BoardEditor } from '../editor/boardEditor'
import { boundsOf, type Box } from '../editor/boxes'
import { fitBounds } from '../editor/fitBounds'
import type { DocumentMirror } from '../editor/documentMirror'
import type { CommandSource, WorkshopCommands } from '../editor/workshopCommands'
import { findNotes } from '../editor/find'
import { projectBox } from '../editor/methodBoard'
import { selectableIn } from '../editor/selectable'
import { BoardItemsList } from './BoardItemsList'
import { BoardLegend } from './BoardLegend'
import { SharingLegend } from './SharingLegend'
import { SharingLinkBar } from './SharingLinkBar'
import { BoardToolbar } from './BoardToolbar'
import { FindBar } from './FindBar'
import { useBoardKeys } from './useBoardKeys'
import { useMethodTexts } from './useMethodTexts'
import { useApp } from './appContext'
import { ErrorAlert } from './ErrorAlert'
import { FileNotices } from './FileNotices'
import { PathForm } from './PathForm'
import { useCall } from './useCall'
import { isTyping } from '../isTyping'
import { SavedIndicator } from '../frame/SavedIndicator'

export interface WorkshopViewProps {
  mirror: DocumentMirror
  commands: WorkshopCommands
  onClosed: () => void
  /** A read-only workshop's copy was saved: open it for editing in place of this one. */
  onOpenCopy: (snapshot: WorkshopSnapshot) => void
  /** Places in the app's top bar for the workshop's title and history, its File-menu items and Close. */
  slots: { header: HTMLElement | null; fileMenu: HTMLElement | null; close: HTMLElement | null }
}

export function WorkshopView({ mirror, commands, onClosed, onOpenCopy, slots }: WorkshopViewProps) {
  const { t } = useTranslation()
  const { api, info } = useApp()
  const state = useSyncExternalStore(mirror.subscribe, mirror.getState)
  const { busy, error, setError, run } = useCall()
  const [askingCopyPath, setAskingCopyPath] = useState(false)
  const [savedTo, setSavedTo] = useState<string | null>(null)
  const workshop = workshopOf(state.doc)
  const { workshopId } = state

  // The board's own state lives beside the mirror, one set per open workshop.
  const { editor, viewport } = useMemo(
    () => ({ editor: new BoardEditor({ readOnly: mirror.getState().readOnly }), viewport: new BoardViewport() }),
    [mirror],
  )
  const editorState = useSyncExternalStore(editor.subscribe, editor.getState)
  const apply = useCallback(
    async (command: CommandSource): Promise<boolean> => {
      setError(null)
      const sent = await commands.send(command)
      if (!sent.ok) setError(sent.error)
      return sent.ok
    },
    [commands, setError],
  )
  const actions = useMemo(
    () =>
      new BoardActions({
        apply,
        doc: () => mirror.getState().doc,
        source: () => mirror.getState().path,
        editor,
        viewCentre: () => viewport.centre(),
      }),
    [apply, mirror, editor, viewport],
  )
  // Undo, redo or another window may remove what is selected or being edited.
  useEffect(
    () =>
      mirror.subscribe(() => {
        editor.keepOnly(selectableIn(mirror.getState().doc))
      }),
    [mirror, editor],
  )
  // While presenting, the view goes to main's presence channel: the projector follows it.
  usePresencePublisher(api, mirror, viewport)
  const [zoomPercent, setZoomPercent] = useState(100)
  useEffect(() => viewport.onSettled((view) => setZoomPercent(Math.round(view.scale * 100))), [viewport])

  const boxOfId = useCallback(
    (id: string): Box | null => {
      const doc = mirror.getState().doc
      const project = doc.project[id]
      return doc.note[id] ?? doc.zone[id] ?? (project ? projectBox(project) : null)
    },
    [mirror],
  )
  // Show everything, and keep showing everything when the window changes size (until the view is moved).
  const fitAll = useCallback(() => viewport.fitContent(() => fitBounds(mirror.getState().doc)), [viewport, mirror])
  const zoomToSelection = useCallback(() => {
    const boxes = editor
      .getState()
      .selected.map(boxOfId)
      .filter((b): b is Box => b !== null)
    if (boxes.length > 0) viewport.fit(boundsOf(boxes), 2)
  }, [viewport, editor, boxOfId])
  const selectAll = useCallback(() => {
    const doc = mirror.getState().doc
    editor.select([...Object.keys(doc.zone), ...Object.keys(doc.note)])
  }, [mirror, editor])
  const reveal = useCallback(
    (id: string) => {
      const box = boxOfId(id)
      if (box) viewport.reveal(box)
    },
    [viewport, boxOfId],
  )
  const isBoardFocus = useCallback(
    (target: EventTarget | null) =>
      !isTyping(target) && !(target instanceof HTMLElement && target.closest('dialog, form, .find-bar')),
    [],
  )
  useBoardKeys({ editor, actions, viewport, isBoardFocus, fitAll, zoomToSelection, selectAll })

  const findMatches = useMemo(
    () => (editorState.find.open ? findNotes(state.doc, editorState.find.query) : []),
    [editorState.find.open, editorState.find.query, state.doc],
  )
  const findMatchSet = useMemo(() => new Set(findMatches), [findMatches])
  const jumpToMatch = (index: number) => {
    const id = findMatches[index]
    const box = id ? boxOfId(id) : null
    if (!id || !box) return
    editor.select([id])
    viewport.centreOn(box)
  }
  const closeFind = () => {
    editor.setFind({ open: false })
    document.querySelector<HTMLElement>('.board')?.focus()
  }
  const titleOfZone = useCallback((zone: Zone) => zoneTitle(zone, state.doc, t), [state.doc, t])
  const roleLabel = useCallback(
    (note: Note) => {
      if (!editorState.showRoles || !note.authorId) return null
      const author = state.doc.participant[note.authorId]
      return author ? t(`roles.${author.role}`) : null
    },
    [editorState.showRoles, state.doc, t],
  )
  const methodTexts = useMethodTexts(state.doc)
  const editingDone = () => {
    const id = editorState.selected[0]
    const listButton = id ? document.querySelector<HTMLElement>(`[data-board-item="${CSS.escape(id)}"]`) : null
    ;(listButton ?? document.querySelector<HTMLElement>('.board'))?.focus({ preventScroll: true })
  }

  const history = useCallback(
    async (method: 'undo' | 'redo') => {
      setError(null)
      const sent = await commands[method]()
      if (!sent.ok) setError(sent.error)
    },
    [commands, setError],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return
      const key = event.key.toLowerCase()
      const redo = key === 'y' || (key === 'z' && event.shiftKey)
      if (redo && mirror.getState().canRedo) void history('redo')
      else if (key === 'z' && !event.shiftKey && mirror.getState().canUndo) void history('undo')
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

  /** `replace` only when the system save dialog already asked whether to replace an existing file. */
  const saveCopyTo = async (path: string, replace = false) => {
    const saved = await run(() => api['workshop.saveCopy']({ workshopId, path, replace }))
    if (!saved) return
    setAskingCopyPath(false)
    setSavedTo(saved.path)
    if (!state.readOnly) return
    // "Save a copy" is how a read-only workshop is edited: the copy (ours, writable) takes its place.
    const copy = await run(() => api['workshop.open']({ path: saved.path }))
    if (!copy) return
    mirror.closingHere = true
    await api['workshop.close']({ workshopId })
    onOpenCopy(copy)
  }

  const saveCopy = async () => {
    setSavedTo(null)
    if (!info?.nativeDialogs) {
      setAskingCopyPath(true)
      return
    }
    const chosen = await run(() => api['dialog.chooseWorkshop']({ purpose: 'save', suggestedName: workshop.title }))
    if (chosen?.path) await saveCopyTo(chosen.path, true)
  }

  const subtitle = [workshop.place, workshop.facilitator].filter((part) => part.trim() !== '').join(' · ')

  return (
    <main className={editorState.highContrast ? 'workshop high-contrast' : 'workshop'}>
      {slots.header &&
        createPortal(
          <>
            <div className="workshop-heading">
              {/* Cut to one line when the bar is full; the full title stays in the name and the tooltip. */}
              <h1 title={workshop.title}>{workshop.title}</h1>
              {subtitle && (
                <p className="muted" title={subtitle}>
                  {subtitle}
                </p>
              )}
            </div>
            <SavedIndicator commands={commands} path={state.path} />
            <div className="toolbar" role="toolbar" aria-label={t('workshop.toolbar')}>
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.undo')}
                title={`${t('workshop.undo')} (Ctrl+Z)`}
                disabled={!state.canUndo}
                onClick={() => void history('undo')}
              >
                ↶
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.redo')}
                title={`${t('workshop.redo')} (Ctrl+Shift+Z)`}
                disabled={!state.canRedo}
                onClick={() => void history('redo')}
              >
                ↷
              </button>
            </div>
          </>,
          slots.header,
        )}
      {slots.fileMenu &&
        createPortal(
          <button
            type="button"
            disabled={busy}
            onClick={() => void saveCopy()}
            aria-expanded={info?.nativeDialogs ? undefined : askingCopyPath}
          >
            {t('workshop.saveCopy')}
          </button>,
          slots.fileMenu,
        )}
      {slots.close &&
        createPortal(
          <button type="button" onClick={() => void close()}>
            {t('workshop.close')}
          </button>,
          slots.close,
        )}
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
      <FileNotices state={state} />
      <ErrorAlert error={error ?? state.syncError} />
      <BoardToolbar
        doc={state.doc}
        state={editorState}
        editor={editor}
        actions={actions}
        viewport={viewport}
        zoomPercent={zoomPercent}
        onFitAll={fitAll}
        onZoomToSelection={zoomToSelection}
      />
      <div className="board-wrap">
        <BoardStage
          doc={state.doc}
          path={state.path}
          editor={editor}
          actions={actions}
          viewport={viewport}
          theme={editorState.highContrast ? HIGH_CONTRAST_THEME : NORMAL_THEME}
          label={t('workshop.board')}
          emptyText={t('workshop.boardEmpty')}
          zoneTitle={titleOfZone}
          roleLabel={roleLabel}
          findMatches={findMatchSet}
          themeLabel={methodTexts.themeLabel}
          stackBadge={methodTexts.stackBadge}
          actorType={methodTexts.actorType}
          projectText={methodTexts.projectText}
        >
          {editorState.editing && (
            <NoteEditorOverlay
              target={editorState.editing}
              doc={state.doc}
              editor={editor}
              actions={actions}
              viewport={viewport}
              label={t(
                editorState.editing.kind === 'zone-title'
                  ? 'board.areaTitle'
                  : editorState.editing.kind === 'theme-name'
                    ? 'boardMethod.themeName'
                    : editorState.editing.kind === 'connector-label'
                      ? 'board.lineLabel'
                      : 'board.noteText',
              )}
              onDone={editingDone}
              zoneTitle={titleOfZone}
            />
          )}
        </BoardStage>
        <BoardItemsList
          doc={state.doc}
          selected={editorState.selected}
          findMatches={findMatchSet}
          editor={editor}
          zoneTitle={titleOfZone}
          reveal={reveal}
          methodTexts={methodTexts}
        />
        {editorState.find.open && (
          <FindBar state={editorState} editor={editor} matches={findMatches} onJump={jumpToMatch} onClose={closeFind} />
        )}
        <BoardLegend doc={state.doc} editor={editor} highlight={editorState.highlightCategory} />
        <SharingLegend doc={state.doc} />
        <SharingLinkBar doc={state.doc} selected={editorState.selected} actions={actions} />
      </div>
    </main>
  )
}
