// `npm start`: the Electron app when its binary is installed, else the browser shell (a loopback server
// shown in a Chromium window). Never require('electron') here: from plain Node that tries to download it.
import { spawn } from 'node:child_process'
import { startBrowserShell, type BrowserShell } from './host/browserShell'
import { findElectronBinary, projectRoot } from './shellPaths'
import { electronArgs, parseStartArgs, START_USAGE, type StartOptions } from './startArgs'

function runElectron(binary: string, options: StartOptions): void {
  const args = electronArgs(options, projectRoot())
  const child = spawn(binary, args, { stdio: 'inherit' })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

async function runBrowser(options: StartOptions): Promise<void> {
  let shell: BrowserShell | null = null
  let stopRequested = false
  let stopping = false
  const stop = async () => {
    stopRequested = true
    // A signal during start-up is honoured once the shell exists (see below).
    if (shell === null || stopping) return
    stopping = true
    await shell.close() // closes the server, then every workshop file (api.closeAll)
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  shell = await startBrowserShell({
    port: options.port,
    address: options.address,
    tokenFile: options.tokenFile,
    workshopPath: options.workshopPath,
    open: options.open,
    room: { open: options.room, host: options.roomHost, port: options.roomPort },
    // Closing the app window ends the app, as it would for a desktop program.
    onWindowClosed: () => void stop(),
  })
  if (stopRequested) await stop()
}

async function main(): Promise<void> {
  const parsed = parseStartArgs(process.argv.slice(2))
  if (!parsed.ok) {
    console.error(`${parsed.message}\n${START_USAGE}`)
    process.exit(2)
  }
  const options = parsed.options
  if (options.help) {
    console.log(START_USAGE)
    return
  }

  if (options.shell !== 'browser') {
    const electron = findElectronBinary()
    if (electron.found) return runElectron(electron.path, options)
    if (options.shell === 'electron') {
      console.error(`Cannot start the Electron shell: ${electron.reason}. Use --shell=browser instead.`)
      process.exit(2)
    }
    console.error(`Electron is not installed on this machine (${electron.reason}); using the browser shell.`)
  }
  await runBrowser(options)
}

main().catch((error: unknown) => {
  console.error(`Handlekraft could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
