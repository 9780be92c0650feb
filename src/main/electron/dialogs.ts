// Native open/save dialogs for workshop files (ShellServices.chooseWorkshop). Titles and buttons come from
// the OS in the user's language; the filter name is the product name, which needs no translation.
import { join } from 'node:path'
import { BrowserWindow, dialog, type FileFilter } from 'electron'
import type { ShellServices } from '../api/types'
import { ensureWorkshopExtension, suggestedFileName } from './workshopFileName'

const FILTERS: FileFilter[] = [{ name: 'Handlekraft', extensions: ['handlekraft'] }]

export function createChooseWorkshop(workshopsFolder: string): NonNullable<ShellServices['chooseWorkshop']> {
  return async (purpose, suggestedName) => {
    const parent = BrowserWindow.getFocusedWindow()
    if (purpose === 'open') {
      const options = { properties: ['openFile' as const], filters: FILTERS, defaultPath: workshopsFolder }
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
    const options = {
      defaultPath: join(workshopsFolder, suggestedFileName(suggestedName)),
      filters: FILTERS,
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    }
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : ensureWorkshopExtension(result.filePath)
  }
}
