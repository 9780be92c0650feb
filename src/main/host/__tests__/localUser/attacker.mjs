// Run as ANOTHER local user (nobody) while Handlekraft runs: everything such a user can read about our
// processes (/proc/*/cmdline, /proc/*/environ, the files those name) is tried against the host's port as a
// session token, an entry code and a cookie. Prints one JSON report; `granted` lists what got API access.
// Plain Node, no dependencies: it runs from a folder the other user can read.
import { readdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'

const port = Number(process.argv[2])
const report = {
  uid: process.getuid(),
  processes: 0,
  cmdlinesRead: 0,
  environsRead: 0,
  environsRefused: 0,
  sawWindow: false,
  files: [],
  candidates: 0,
  granted: [],
}
const texts = []

for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
  report.processes++
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
    report.cmdlinesRead++
    texts.push(args)
    if (args.includes('--app=') && args.includes('handlekraft-window-')) report.sawWindow = true
  } catch {
    // not readable by this user: nothing to learn
  }
  try {
    texts.push(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').join(' '))
    report.environsRead++
  } catch {
    report.environsRefused++
  }
}

// Files and folders named in what we read: the window's launch page, its profile (cookies), token files.
const paths = new Set()
for (const text of texts) {
  for (const match of text.matchAll(/(?:file:\/\/)?(\/[^\s'"=]*(?:handlekraft|hk-)[^\s'"=]*)/g)) {
    let path = match[1]
    try {
      path = decodeURIComponent(path)
    } catch {
      // kept as it was
    }
    paths.add(path)
    for (const inside of ['launch.html', 'Default/Cookies', 'session.token']) paths.add(`${path}/${inside}`)
  }
}
for (const path of paths) {
  try {
    texts.push(readFileSync(path, 'latin1'))
    report.files.push({ path, read: true })
  } catch (error) {
    report.files.push({ path, read: false, error: error.code })
  }
}

function send(method, path, headers = {}, body) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = []
      res.on('data', (chunk) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      )
    })
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }))
    if (body !== undefined) req.write(body)
    req.end()
  })
}

const callApi = (headers) =>
  send('POST', '/api/workshop.recent', { 'content-type': 'application/json', ...headers }, '{}')

const candidates = new Set()
for (const text of texts) for (const match of text.matchAll(/[A-Za-z0-9_-]{20,64}/g)) candidates.add(match[0])
report.candidates = candidates.size
for (const candidate of candidates) {
  const tries = [
    ['header', { 'x-handlekraft-token': candidate }],
    ['cookie', { cookie: `hk_token_${port}=${candidate}; hk_token=${candidate}` }],
  ]
  for (const [how, headers] of tries) {
    if ((await callApi(headers)).status === 200) report.granted.push({ how, candidate })
  }
  for (const key of ['code', 'token']) {
    const entry = await send('GET', `/?${key}=${encodeURIComponent(candidate)}`)
    const cookie = [entry.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0]
    if (entry.status === 200) report.granted.push({ how: `entry page ?${key}=`, candidate })
    if (cookie && (await callApi({ cookie })).status === 200)
      report.granted.push({ how: `?${key}= then cookie`, candidate })
  }
}
console.log(JSON.stringify(report))
