// One handler per API method. Inputs arrive already validated by createApi; handlers throw AppError for
// anything the user should be told about.
import path from 'node:path'
import type { ApiMethod, ApiOutput, ApiParsedInput, WorkshopSnapshot } from '@shared/api/contract'
import { AppError } from '@shared/errors'
import { workshopOf } from '@shared/model/document'
import type { Patch } from '@shared/model/patch'
import { existingFolder, newWorkshopPath } from '../core/newWorkshopPath'
import { RecentWorkshops } from '../core/recentWorkshops'
import { WorkshopStore, type Change } from '../core/workshopStore'
import { createDemoWorkshop } from '../demo/createDemoWorkshop'
import { demoWorkshopArgs } from '../demo/demoCommands'
import { exchangeHandlers } from '../exchange/exchangeHandlers'
import { reportHandlers } from '../report/reportHandlers'
import type { RoomHandlers } from '../room/roomController'
import type { PresenceHandlers } from '../presence/presenceHandlers'
import { overviewHandlers } from '../overview/overviewHandlers'
import type { ShellServices } from './types'
import { OpenWorkshops } from './openWorkshops'

export type Handlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => Promise<ApiOutput<M>> | ApiOutput<M> }

export interface HandlerDeps {
  services: ShellServices
  /** The room's methods (src/main/room/roomController.ts). */
  room: RoomHandlers
  /** The presence channel's methods (src/main/presence). */
  presence: PresenceHandlers
  version: string
  workshops: OpenWorkshops
  /** Tells every view what changed. */
  publish(workshopId: string, change: Change, store: WorkshopStore): void
}

export function createHandlers({ services, version, workshops, publish, room, presence }: HandlerDeps): Handlers {
  const recent = new RecentWorkshops(services.appDataDir)

  const snapshot = (workshopId: string): WorkshopSnapshot => {
    const store = workshops.get(workshopId)
    return {
      workshopId,
      path: store.path,
      revision: store.revision,
      canUndo: store.canUndo(),
      canRedo: store.canRedo(),
      doc: store.doc,
      readOnly: store.readOnly,
      movedAside: store.movedAside,
    }
  }

  /** Puts an open workshop on the Recent list and answers with its snapshot. */
  const remember = (handle: string): WorkshopSnapshot => {
    const store = workshops.get(handle)
    recent.remember(store.path, workshopOf(store.doc).title)
    return snapshot(handle)
  }

  const change = (workshopId: string, run: (store: WorkshopStore) => Change) => {
    const store = workshops.get(workshopId)
    const result = run(store)
    if (!isNothing(result.patch)) publish(workshopId, result, store)
    return { revision: result.revision, patch: result.patch, canUndo: store.canUndo(), canRedo: store.canRedo() }
  }

  return {
    'app.info': () => ({
      version,
      shell: services.shell,
      locale: services.locale,
      workshopsFolder: services.workshopsFolder,
      nativeDialogs: Boolean(services.chooseWorkshop),
    }),
    'workshop.create': ({ path: chosen, folder, ...args }) => {
      const target = chosen
        ? path.resolve(chosen)
        : newWorkshopPath(folder ? existingFolder(folder) : services.workshopsFolder, args.title)
      return remember(workshops.add(WorkshopStore.create(target, args)))
    },
    // A file another view of this process already has open is shared, not opened twice (one writer).
    'workshop.open': ({ path: chosen }) =>
      remember(workshops.handleFor(chosen) ?? workshops.add(WorkshopStore.open(chosen))),
    'workshop.openDemo': ({ language }) => {
      const target = newWorkshopPath(services.workshopsFolder, demoWorkshopArgs(language).title)
      return remember(workshops.add(createDemoWorkshop(WorkshopStore.create, target, language).store))
    },
    'workshop.snapshot': ({ workshopId }) => snapshot(workshopId),
    'workshop.close': ({ workshopId }) => {
      workshops.close(workshopId)
      return {}
    },
    'workshop.recent': () => recent.list(),
    'workshop.saveCopy': ({ workshopId, path: destination, replace }) => ({
      path: workshops.get(workshopId).saveCopy(destination, { replace }),
    }),
    'workshop.apply': ({ workshopId, command }) => change(workshopId, (store) => store.apply(command)),
    'workshop.undo': ({ workshopId }) => change(workshopId, (store) => store.undo()),
    'workshop.redo': ({ workshopId }) => change(workshopId, (store) => store.redo()),
    'presentation.openProjector': async ({ workshopId }) => {
      const store = workshops.get(workshopId)
      return { opened: services.openProjector ? await services.openProjector(store.path) : false }
    },
    'presentation.projectorAddress': ({ workshopId }) => {
      const store = workshops.get(workshopId)
      return services.projectorAddress?.(store.path) ?? { address: null, expiresInMs: null }
    },
    ...exchangeHandlers({ services, version, workshops, remember }),
    ...reportHandlers({ services, workshops }),
    ...room,
    ...presence,
    ...overviewHandlers(services),
    'dialog.chooseWorkshop': async ({ purpose, suggestedName }) => {
      if (!services.chooseWorkshop) throw new AppError('invalid-input', {}, 'no native dialogs in this shell')
      return { path: await services.chooseWorkshop(purpose, suggestedName) }
    },
  }
}

function isNothing(patch: Patch): boolean {
  return Object.keys(patch).length === 0
}
