// The single wrapper in front of every handler, used by both shells: it checks the method name, parses
// the input with the contract's schema, runs the handler and turns every failure into a typed error.
// Bad input never reaches a handler, so it can never write.
import { z } from 'zod'
import { API, type ApiEvent, type ApiMethod, type ApiResult } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import { toAppError } from '../core/sqliteErrors'
import { createHandlers, type Handlers } from './handlers'
import { OpenWorkshops } from './openWorkshops'
import type { Api, ShellServices } from './types'

const VERSION = '0.1.0'

function isApiMethod(method: string): method is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, method)
}

export function createApi(services: ShellServices): Api {
  const listeners = new Set<(event: ApiEvent) => void>()
  const workshops = new OpenWorkshops()
  const emit = (event: ApiEvent) => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch (error) {
        console.error('event listener failed', error) // one broken view must not stop the others
      }
    }
  }
  const handlers: Handlers = createHandlers({
    services,
    version: VERSION,
    workshops,
    publish: (workshopId, change, store) =>
      emit({
        type: 'patch',
        workshopId,
        revision: change.revision,
        patch: change.patch,
        canUndo: store.canUndo(),
        canRedo: store.canRedo(),
      }),
  })

  return {
    async call(method, input): Promise<ApiResult<ApiMethod>> {
      try {
        if (!isApiMethod(method)) throw new AppError('unknown-method', { method: String(method).slice(0, 100) })
        const parsed = API[method].input.safeParse(input)
        if (!parsed.success) throw new AppError('invalid-input', {}, z.prettifyError(parsed.error))
        const handler = handlers[method] as (input: unknown) => unknown
        const value = await handler(parsed.data)
        if (method === 'workshop.close') emit({ type: 'closed', workshopId: (parsed.data as { workshopId: string }).workshopId })
        return { ok: true, value } as ApiResult<ApiMethod>
      } catch (error) {
        const appError = toAppError(error, '')
        if (appError.code === 'internal') console.error(`API ${method} failed`, error)
        return { ok: false, error: appError.toShape() }
      }
    },
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    closeAll() {
      workshops.closeAll()
    },
  }
}
