// Unit tests run under Node: the core opens real SQLite files (better-sqlite3, a native module) in temp folders.
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    environment: 'node',
    include: ['src/**/__tests__/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.mjs', 'scripts/**/__tests__/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'out/**', 'e2e/**'],
    // Native addons are safest in child processes: worker threads share one process and its loaded .node files.
    pool: 'forks',
    // SQLite on disk plus property-based tests (fast-check) are slower than pure unit tests, above all on 2 cores.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Fail instead of silently passing when a filter or a typo leaves nothing to run.
    passWithNoTests: false,
  },
})
