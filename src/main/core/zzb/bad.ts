import { app } from 'electron'
import { Stage } from 'react-konva'
import { start } from '../../host/server'
import { win } from '../../electron/window'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { runCommand } from '@shared/commands'
export const all = [app, Stage, start, win, Database, join, runCommand]
