#!/usr/bin/env node
// The `handlekraft` command: runs the built CLI (out/main/cli.js, made by `npm run build` from src/main/cli.ts), the
// same JavaScript an installed app ships; no TypeScript is compiled at run time. The CLI reads its own arguments
// (process.argv.slice(2)) and sets the exit code.
'use strict'

const { existsSync } = require('node:fs')
const path = require('node:path')

const cli = path.join(__dirname, '..', 'out', 'main', 'cli.js')

if (!existsSync(cli)) {
  console.error(`handlekraft: the command-line tool is not built (no ${cli}); run \`npm run build\` first.`)
  process.exit(1)
}

require(cli)
