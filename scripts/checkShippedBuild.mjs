// `npm run test:shipped` (CI runs it after `npm test`): is the built app complete with production dependencies
// alone, as electron-builder packs it and as `npm install --omit=dev` leaves it? In a copy of the built tree it runs
// `npm prune --omit=dev`, then the built command line answers --help, demo, info, check and export --pdf, and the
// built browser shell starts, serves its page and stops cleanly on SIGTERM. Needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const SHIPPED = ['package.json', 'package-lock.json', 'bin', 'out', 'resources', 'node_modules']

let failures = 0
function check(what, ok, detail = '') {
  console.log(`${ok ? 'ok    ' : 'FAILED'}  ${what}${!ok && detail ? `\n${detail}` : ''}`)
  if (!ok) failures++
}

function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8', ...env } })
  return { status: result.status, out: result.stdout ?? '', err: `${result.stderr ?? ''}${result.error?.message ?? ''}` }
}

/** Starts the built browser shell, waits for its one line, fetches the page, then SIGTERM; resolves to a report. */
function browserShell(copy, home) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['out/main/start.js', '--shell=browser', '--no-open', '--port', '0'], {
      cwd: copy,
      env: { ...process.env, HANDLEKRAFT_HOME: join(home, 'app'), HANDLEKRAFT_WORKSHOPS: join(home, 'workshops') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let url = null
    let page = null
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text))
    child.stdout.setEncoding('utf8').on('data', async (text) => {
      stdout += text
      const match = /^Handlekraft running at (http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(stdout)
      if (!match || url) return
      url = match[1]
      try {
        const response = await fetch(url, { redirect: 'manual' })
        page = { status: response.status, body: await response.text() }
      } catch (error) {
        page = { status: 0, body: String(error) }
      }
      child.kill('SIGTERM')
    })
    // No timed assertion: the limit only keeps a hung shell from hanging CI for ever.
    const limit = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('exit', (code, signal) => {
      clearTimeout(limit)
      done({ url, page, code, signal, stdout, stderr })
    })
  })
}

async function main() {
  for (const built of ['out/main/cli.js', 'out/main/start.js', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built))) {
      console.log(`${built} is missing: run \`npm run build\` first.`)
      process.exit(1)
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'hk-shipped-'))
  const copy = join(scratch, 'app')
  try {
    for (const entry of SHIPPED) cpSync(join(root, entry), join(copy, entry), { recursive: true, verbatimSymlinks: true })
    const prune = run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], copy)
    check('npm prune --omit=dev in a copy of the built tree', prune.status === 0, prune.err)
    check('the pruned copy has no development tools (tsx, vite, typescript)', ['tsx', 'vite', 'typescript'].every(
      (name) => !existsSync(join(copy, 'node_modules', name))))

    const cli = (...args) => run(process.execPath, [join(copy, 'bin', 'handlekraft.js'), ...args], scratch)
    const help = cli('--help')
    check('handlekraft --help', help.status === 0 && /\binfo\b/.test(help.out + help.err), help.out + help.err)
    const demo = join(scratch, 'demo.handlekraft')
    const made = cli('demo', demo, '--lang', 'en')
    check('handlekraft demo demo.handlekraft', made.status === 0 && existsSync(demo), made.out + made.err)
    const info = cli('info', demo, '--json')
    let participants = -1
    try {
      participants = Object.values(JSON.parse(info.out).participants.byRole).reduce((sum, n) => sum + n, 0)
    } catch {
      // reported below with the output
    }
    check('handlekraft info demo.handlekraft --json', info.status === 0 && participants > 0, info.out + info.err)
    const checked = cli('check', demo)
    check('handlekraft check demo.handlekraft', checked.status === 0, checked.out + checked.err)
    const pdf = join(scratch, 'x.pdf')
    const exported = cli('export', demo, '--pdf', pdf)
    const isPdf = existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString('latin1') === '%PDF-'
    check('handlekraft export demo.handlekraft --pdf x.pdf', exported.status === 0 && isPdf, exported.out + exported.err)

    const shell = await browserShell(copy, scratch)
    check('the built browser shell prints "Handlekraft running at …"', shell.url !== null, shell.stdout + shell.stderr)
    check(
      'it serves the app page',
      shell.page?.status === 200 && /<div id="root">/.test(shell.page.body),
      `${shell.page?.status}\n${shell.page?.body?.slice(0, 300)}`,
    )
    check('it stops on SIGTERM with exit 0', shell.code === 0, `exit ${shell.code} ${shell.signal ?? ''}\n${shell.stderr}`)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
  console.log(failures === 0 ? 'The shipped build works with production dependencies only.' : `${failures} failed`)
  process.exit(failures === 0 ? 0 : 1)
}

await main()
