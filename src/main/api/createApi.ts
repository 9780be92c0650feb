// The single wrapper in front of every handler, used by both shells: it checks the method name, parses
// the input with the contract's schema, runs the handler and turns every failure into a typed error.
// Bad input never reaches a handler, so it can never write.
import path from 'node:path'
import { z } from 'zod'
import { API, type ApiEvent, type ApiMethod, type ApiResult } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import { APP_VERSION } from '../appVersion'
import { toAppError } from '../core/sqliteErrors'
import { createErrorLog } from './errorLog'
import { createHandlers, type Handlers } from './handlers'
import { OpenWorkshops } from './openWorkshops'
import { publicError } from './publicError'
import { resolveInputPaths } from './userPaths'
import type { Api, ShellServices } from './types'
import { eventForView, resultForView, type ViewRole } from './viewFilter'
import type { WorkshopDoc } from '@shared/model/document'
import { isEmptyPatch } from '@shared/model/patch'
import type { Change, WorkshopStore } from '../core/workshopStore'
import { createRoomController } from '../room/roomController'
import { PresenceChannel } from '../presence/presenceChannel'
import { presenceHandlers } from '../presence/presenceHandlers'


/** What a projector window may call: enough to open the shared workshop read-only and stay in sync. */
const PROJECTOR_METHODS: ReadonlySet<ApiMethod> = new Set([
  'app.info',
  'workshop.open',
  'workshop.snapshot',
  'room.publicStatus',
  'presence.get',
])

/** What a facilitator's window opens a workshop with: a projector waiting on that file reconnects to it. */
const OPENING_METHODS: ReadonlySet<ApiMethod> = new Set([
  'workshop.open',
  'workshop.create',
  'workshop.openDemo',
  'workshop.importJson',
])

function isFreeze(method: ApiMethod, input: unknown): boolean {
  if (method !== 'workshop.apply') return false
  const { command } = input as { command: { name: string; args?: { frozen?: unknown } } }
  return command.name === 'setPresentation' && command.args?.frozen === true
}

function isApiMethod(method: string): method is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, method)
}

export function createApi(services: ShellServices): Api {
  const listeners = new Map<(event: ApiEvent) => void, ViewRole>()
  const workshops = new OpenWorkshops()
  const errorLog = createErrorLog(path.join(services.appDataDir, 'logs'))
  /** `after` is the document once the change is in: the projector's copy of the event is judged by it. */
  const emit = (event: ApiEvent, after: WorkshopDoc | null = null) => {
    const perView = new Map<ViewRole, ApiEvent>()
    for (const [listener, view] of listeners) {
      try {
        let shown = perView.get(view)
        if (!shown) perView.set(view, (shown = eventForView(event, view, after)))
        listener(shown)
      } catch (error) {
        console.error('event listener failed', error) // one broken view must not stop the others
      }
    }
  }
  const publish = (workshopId: string, change: Change, store: WorkshopStore) => {
    emit(
      {
        type: 'patch',
        workshopId,
        revision: change.revision,
        patch: change.patch,
        canUndo: store.canUndo(),
        canRedo: store.canRedo(),
      },
      store.doc,
    )
    room.onWorkshopChange(workshopId)
  }
  const presence = new PresenceChannel({
    emit: (event) => emit(event),
    saveView: (workshopId, view) => {
      const store = workshops.get(workshopId)
      if (store.readOnly) return // presenting a read-only file: the view stays presence only
      const change = store.apply({ name: 'publishViewport', args: view })
      if (!isEmptyPatch(change.patch)) publish(workshopId, change, store)
    },
  })
  const room = createRoomController({
    network: services.room,
    doc: (workshopId) => workshops.get(workshopId).doc,
    apply: (workshopId, call, fromRoom) => {
      const store = workshops.get(workshopId)
      const change = store.apply(call, { fromRoom })
      if (!isEmptyPatch(change.patch)) publish(workshopId, change, store)
    },
    emit: (event) => emit(event),
    presence: (workshopId, live) => presence.setRoom(workshopId, live),
  })
  const handlers: Handlers = createHandlers({
    services,
    version: APP_VERSION,
    workshops,
    publish,
    room: room.handlers,
    presence: presenceHandlers(presence, (workshopId) => void workshops.get(workshopId)),
  })

  return {
    async call(method, input, view = 'facilitator'): Promise<ApiResult<ApiMethod>> {
      try {
        if (!isApiMethod(method)) throw new AppError('unknown-method', { method: String(method).slice(0, 100) })
        // The projector only shows: it may not write, close or browse files, whatever its page asks.
        if (view === 'projector' && !PROJECTOR_METHODS.has(method)) throw new AppError('forbidden', { method })
        const parsed = API[method].input.safeParse(input)
        if (!parsed.success) throw new AppError('invalid-input', {}, z.prettifyError(parsed.error))
        // A freeze copies the saved view, closing ends presence: the view the room sees now is saved first.
        if (method === 'workshop.close' || isFreeze(method, parsed.data)) {
          const { workshopId } = parsed.data as { workshopId: string }
          if (method === 'workshop.close') presence.forget(workshopId)
          else presence.flush(workshopId)
        }
        const handler = handlers[method] as (input: unknown) => unknown
        const value = await handler(resolveInputPaths(method, parsed.data, services.workshopsFolder))
        if (method === 'workshop.close') {
          const { workshopId } = parsed.data as { workshopId: string }
          await room.onWorkshopClosed(workshopId)
          emit({ type: 'closed', workshopId })
        }
        if (view === 'facilitator' && OPENING_METHODS.has(method)) {
          const { workshopId, path } = value as { workshopId: string; path: string }
          emit({ type: 'opened', workshopId, path })
        }
        return { ok: true, value: resultForView(value, view) } as ApiResult<ApiMethod>
      } catch (error) {
        const appError = toAppError(error, '')
        if (appError.code === 'internal') console.error(`API ${method} failed`, error)
        // The raw detail stays in the local log; the caller (a renderer, maybe a projector) gets the code.
        errorLog.record(String(method).slice(0, 100), appError, error)
        return { ok: false, error: publicError(appError) }
      }
    },
    onEvent(listener, view = 'facilitator') {
      listeners.set(listener, view)
      return () => listeners.delete(listener)
    },
    closeAll() {
      presence.flushAll()
      void room.close()
      workshops.closeAll()
    },
    room,
  }
}
