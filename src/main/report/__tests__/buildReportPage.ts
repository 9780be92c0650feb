// Unit tests run before `electron-vite build`, so they build report.html themselves into a temp folder with
// the same Vite setup (React, the @shared alias): only the report entry, about three seconds.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { projectRoot } from '../../shellPaths'

export async function buildReportPage(): Promise<string> {
  const root = projectRoot()
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handlekraft-report-page-'))
  await build({
    configFile: false,
    root: path.join(root, 'src/renderer'),
    base: './',
    logLevel: 'error',
    resolve: { alias: { '@shared': path.join(root, 'src/shared') } },
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 5000,
      rolldownOptions: { input: { report: path.join(root, 'src/renderer/report.html') } },
    },
  })
  return outDir
}
