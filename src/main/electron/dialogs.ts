// Native open/save dialogs for workshop files, and the folder for a new one (ShellServices.chooseWorkshop). Titles and buttons come from
// the OS in the user's language; the filter name is the product name, which needs no translation.
import { join } from 'node:path'
import { BrowserWindow, dialog, type FileFilter } from 'electron'
import type { ShellServices } from '../api/types'
import { ensureWorkshopExtension, suggestedFileName } from './workshopFileName'

const FILTERS: FileFilter[] = [{ name: 'Handlekraft', extensions: ['handlekraft'] }]

export function createChooseWorkshop(workshopsFolder: string): NonNullable<ShellServices['chooseWorkshop']> {
  return async (purpose, suggestedName) => {
    const parent = BrowserWindow.getFocusedWindow()
    if (purpose === 'folder') {
      const options = {
        properties: ['openDirectory' as const, 'createDirectory' as const],
        defaultPath: workshopsFolder,
      }
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
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

/** Native dialogs for the data exports and the JSON import (ShellServices.chooseExchangeFile). */
export function createChooseExchangeFile(workshopsFolder: string): NonNullable<ShellServices['chooseExchangeFile']> {
  const JSON_FILTERS: FileFilter[] = [{ name: 'JSON', extensions: ['json'] }]
  return async (purpose, suggestedName) => {
    const parent = BrowserWindow.getFocusedWindow()
    if (purpose === 'export-json') {
      // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
      const base = (suggestedName ?? 'workshop').replace(/[<>:"/\\|?*\u0000-\u001f]/g, '').trim() || 'workshop'
      const options = {
        defaultPath: join(workshopsFolder, base.endsWith('.json') ? base : `${base}.json`),
        filters: JSON_FILTERS,
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      }
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    }
    const options =
      purpose === 'export-csv'
        ? { properties: ['openDirectory' as const, 'createDirectory' as const], defaultPath: workshopsFolder }
        : { properties: ['openFile' as const], filters: JSON_FILTERS, defaultPath: workshopsFolder }
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
}
