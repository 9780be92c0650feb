// Lint = the recommended rules plus the import boundaries between the app's layers (see ARCHITECTURE.md):
//   src/shared    plain TypeScript: no electron, no Node built-ins, no React/Konva, nothing from main/renderer/preload
//   src/renderer  no electron, no Node built-ins, nothing from main/preload (it talks to main through the API only)
//   src/main/core the workshop store: no electron, no React/Konva, no shell code (electron/, host/)
//   src/preload   sandboxed: only electron and @shared/api/methodNames (type-only imports of other @shared files)
// The boundaries are plain `no-restricted-imports` patterns, so they work without a resolver; relative imports that
// climb into another layer (`../../main/...`) are caught by the folder name they pass through.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

/** One restricted-import pattern: a regex on the import string and the reason shown to whoever hits it. */
const rule = (regex, message) => ({ regex, message, caseSensitive: true })

const noElectron = rule('^electron(/|$)', 'Only src/main/electron and src/preload may import electron.')
const noNodeBuiltins = [
  rule('^node:', 'Node built-ins belong in src/main; this layer must also run in a browser.'),
  rule(
    `^(${builtinModules.join('|')})(/|$)`,
    'Node built-ins belong in src/main; this layer must also run in a browser.',
  ),
]
const noReactOrKonva = rule(
  '^(react(-[\\w-]+)?|konva)(/|$)',
  'React and Konva belong in src/renderer; this layer has no UI.',
)
/** A relative import that climbs out of its folder and then passes through one of the named layer folders. */
const noLayers = (layers, message) => [
  rule(`^(\\.\\./)+(.*/)?(${layers.join('|')})(/|$)`, message),
  rule(`^/?src/(${layers.join('|')})(/|$)`, message),
]

const sharedRestrictions = [
  noElectron,
  noReactOrKonva,
  ...noLayers(['main', 'preload', 'renderer'], 'src/shared is imported by every layer and imports none of them.'),
]
const rendererRestrictions = [
  noElectron,
  ...noLayers(['main', 'preload'], 'The renderer reaches main only through the API (@shared/api/contract).'),
]
const coreRestrictions = [
  noElectron,
  noReactOrKonva,
  ...noLayers(
    ['renderer', 'preload', 'electron', 'host'],
    'src/main/core is the shell-free domain store: the shells import it, never the other way round.',
  ),
]
const mainRestrictions = [
  noReactOrKonva,
  ...noLayers(['renderer', 'preload'], 'src/main reaches the renderer only through the API and IPC.'),
]
const preloadRestrictions = [
  rule(
    '^(?!electron$|@shared/|\\./)',
    'The sandboxed preload may import only electron, @shared/api/methodNames and files beside it.',
  ),
  {
    ...rule('^@shared/(?!api/methodNames$)', 'The sandboxed preload imports only @shared/api/methodNames at run time.'),
    // Types are erased at build time, so typing the exposed object against the contract costs the preload nothing.
    allowTypeImports: true,
  },
]

/**
 * The import rule for one layer folder. Tests of a browser-safe layer still run under Node and may read fixtures
 * with node:fs, so `nodeBuiltins` bans Node built-ins from the layer's code but not from its tests.
 */
const restrict = (dir, patterns, { nodeBuiltins = false } = {}) => {
  const code = [`${dir}/**/*.{ts,tsx}`]
  const tests = [`${dir}/**/__tests__/**`, `${dir}/**/*.test.{ts,tsx}`]
  const block = (files, list, extra = {}) => ({
    files,
    ...extra,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: list }] },
  })
  if (!nodeBuiltins) return [block(code, patterns)]
  return [block(code, [...patterns, ...noNodeBuiltins], { ignores: tests }), block(tests, patterns)]
}

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'].map((name) => [
    name,
    'readonly',
  ]),
)

export default defineConfig(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-out/**',
      '.vite/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // Plain JavaScript run by Node: scripts and configs (ES modules) and the CommonJS bin launcher.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: nodeGlobals } },
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Import boundaries. In flat config a later block replaces a rule's options for the files it matches, so the
  // narrower layer (src/main/core) comes after the wider one (src/main) and carries all of its own restrictions.
  ...restrict('src/main', mainRestrictions),
  ...restrict('src/main/core', coreRestrictions),
  ...restrict('src/shared', sharedRestrictions, { nodeBuiltins: true }),
  ...restrict('src/renderer', rendererRestrictions, { nodeBuiltins: true }),
  ...restrict('src/preload', preloadRestrictions),
  {
    // src/shared also runs in the renderer and the CLI: no Node or browser globals either.
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/__tests__/**', 'src/shared/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'window', 'document', 'localStorage'].map(
          (name) => ({ name, message: 'src/shared is plain TypeScript: pass this in from the shell instead.' }),
        ),
      ],
    },
  },
  {
    // Production code never imports test code: a helper both need lives beside the code (e.g.
    // src/shared/commands/randomCommands.ts). The base rule, so it adds to the layer rules above instead of
    // replacing them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/__tests__/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)__tests__(/|$)', message: 'Production code does not import from __tests__.' }] },
      ],
    },
  },
)
