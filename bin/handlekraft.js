#!/usr/bin/env node
// The `handlekraft` command: runs the TypeScript CLI (src/main/cli.ts) in this process through tsx, so nothing has
// to be compiled first. The CLI sees its own arguments as usual (process.argv.slice(2)) and decides the exit code
// (process.exitCode or process.exit); an error that escapes it exits with 1.
'use strict'

const { existsSync } = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')
const cli = path.join(root, 'src', 'main', 'cli.ts')

if (!existsSync(cli)) {
  console.error(`handlekraft: the command-line tool is missing (${cli}).`)
  process.exit(1)
}

// tsx reads the tsconfig (for the @shared/* path alias) when it registers, from the working directory unless told
// otherwise, and the command may be run from any folder.
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.node.json')
require('tsx/cjs/api').register()

// As if started as `node src/main/cli.ts ...args`: argv[1] names the CLI, not this launcher.
process.argv = [process.argv[0], cli, ...process.argv.slice(2)]
try {
  require(cli)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
}
