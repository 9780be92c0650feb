// Builds the three parts of the Electron app into out/ (main, preload, renderer).
// The browser shell serves the same out/renderer, so the renderer must work from file:// and from http://127.0.0.1.
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { budgetVerdict, entrySize, type BudgetChunk } from './scripts/bundleBudget'

const root = __dirname
const alias = { '@shared': resolve(root, 'src/shared') }

/**
 * A sandboxed preload can only `require('electron')`: anything else left as a require() or split into a second
 * chunk makes Electron refuse the preload at run time, long after the build said "ok". Fail the build instead.
 */
function preloadMustBeOneFile(): Plugin {
  return {
    name: 'handlekraft:preload-must-be-one-file',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
      if (chunks.length !== 1) {
        this.error(`the preload must be one file, got ${chunks.length}: ${chunks.map((c) => c.fileName).join(', ')}`)
      }
      for (const chunk of chunks) {
        const foreign = [...chunk.imports, ...chunk.dynamicImports].filter((id) => id !== 'electron')
        if (foreign.length > 0) {
          this.error(`the sandboxed preload may only require 'electron', but requires: ${foreign.join(', ')}`)
        }
      }
    },
  }
}

/** Workshops run in halls without internet: the renderer may not load scripts, styles or fonts from the network. */
function rendererLoadsNothingFromNetwork(): Plugin {
  const remote = /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i
  return {
    name: 'handlekraft:renderer-loads-nothing-from-network',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const line = html.split('\n').find((text) => remote.test(text))
        if (line !== undefined) {
          throw new Error(`${context.filename} loads from the network (no CDN, ever): ${line.trim()}`)
        }
        return html
      },
    },
  }
}

/** The participants' phone page has a JavaScript budget (issue 13): print its size, fail the build above it. */
function phonePageWithinBudget(): Plugin {
  return {
    name: 'handlekraft:phone-page-within-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const size = entrySize(bundle as unknown as Record<string, BudgetChunk>, 'src/renderer/participant.html')
      if (!size) return this.error('the phone page (src/renderer/participant.html) is missing from the renderer build')
      const verdict = budgetVerdict(size)
      if (!verdict.ok) return this.error(verdict.line)
      console.log(verdict.line)
    },
  }
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: resolve(root, 'out/main'),
      // package.json "dependencies" (better-sqlite3, zod, ws, ...) stay external: electron-builder ships them in
      // node_modules, and better-sqlite3's native .node cannot be bundled anyway.
      externalizeDeps: true,
      rolldownOptions: {
        // The Electron main, and what runs on plain Node: `npm start` / the browser shell (start.js) and the
        // `handlekraft` command (cli.js, run by bin/handlekraft.js). One build, so both shells run the same code.
        input: {
          index: resolve(root, 'src/main/electron/main.ts'),
          start: resolve(root, 'src/main/start.ts'),
          cli: resolve(root, 'src/main/cli.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    resolve: { alias },
    plugins: [preloadMustBeOneFile()],
    build: {
      outDir: resolve(root, 'out/preload'),
      // Bundle everything (no externalized dependencies) into one CommonJS file; see preloadMustBeOneFile.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    // Relative asset URLs, so index.html works from file:// (Electron) and from the browser host alike.
    base: './',
    resolve: { alias },
    plugins: [react(), rendererLoadsNothingFromNetwork(), phonePageWithinBudget()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; the phone page goes over a hall's Wi-Fi to old phones
      // (budget, issue 13), and the facilitator's pages load faster minified too.
      minify: true,
      // The facilitator's pages load from this computer, not over a network: their large shared chunk is fine.
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: {
          index: resolve(root, 'src/renderer/index.html'),
          report: resolve(root, 'src/renderer/report.html'),
          // The participants' phone page (issue 13), served by the room server: no Konva, its own small budget.
          participant: resolve(root, 'src/renderer/participant.html'),
        },
        // React in a chunk of its own: otherwise the chunk the entries share also carries what only the
        // facilitator's pages use (i18next, zod, ...), and the phone page would load it all.
        output: {
          codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
        },
      },
    },
  },
})
