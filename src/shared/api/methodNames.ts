// The method names alone, without schemas, so the Electron preload stays tiny (it is sandboxed and gets
// no bundled zod). contract.ts checks at compile time that this list and the contract agree.
export const API_METHOD_NAMES = [
  'app.info',
  'workshop.create',
  'workshop.open',
  'workshop.openDemo',
  'workshop.snapshot',
  'workshop.close',
  'workshop.recent',
  'workshop.saveCopy',
  'workshop.apply',
  'workshop.undo',
  'workshop.redo',
  'presentation.openProjector',
  'presentation.projectorAddress',
  'workshop.exportJson',
  'workshop.exportCsv',
  'workshop.importJson',
  'dialog.chooseExchangeFile',
  'workshop.exportPdf',
  'workshop.exportPng',
  'dialog.chooseWorkshop',
  'overview.list',
  'overview.read',
  'overview.exportPdf',
  'overview.exportCsv',
  // The room (issue 13): src/shared/room/contract.ts
  'room.open',
  'room.close',
  'room.status',
  'room.setMode',
  'room.accept',
  'room.acceptAll',
  'room.editEntry',
  'room.reject',
  'room.setAutoAccept',
  'room.removeDevice',
  'room.showJoinScreen',
  'room.publicStatus',
  // Presence (src/shared/presence/presence.ts)
  'presence.view',
  'presence.get',
] as const
export type ApiMethodName = (typeof API_METHOD_NAMES)[number]

/** Electron IPC channel names, shared by main and preload. */
export const IPC_CALL_CHANNEL = 'handlekraft:call'
export const IPC_EVENT_CHANNEL = 'handlekraft:event'
