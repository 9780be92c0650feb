import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { REPO_ROOT } from './helpers'

/** Starts fixtures/applyForever.ts under tsx in a child process; resolves once it has the file open. */
export function startWriter(file: string, mode: 'write' | 'hold'): Promise<{ child: ChildProcess; acked: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/applyForever.ts'), file, mode], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const acked: string[] = []
  return new Promise((resolve, reject) => {
    let buffered = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        if (line === 'open') resolve({ child, acked })
        else if (line.startsWith('ack ')) acked.push(line.slice(4))
      }
    })
    child.once('exit', (code) => reject(new Error(`writer exited early with ${code}`)))
  })
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })
}
