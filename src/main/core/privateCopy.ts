// A private copy of a file, made by streaming through one small buffer: memory stays bounded whatever the
// file's size (reading a whole workshop into a Buffer took 2 GB for a 600 MB file and threw for 3 GB).
// The copy lives in a folder only this user can enter (mkdtemp makes it 0700) and is itself 0600 whatever
// the original's mode, so a read-only (0444) original gives a copy SQLite can work on.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { OpenedFile } from './regularFile'

const CHUNK_BYTES = 1024 * 1024

/** Copies an open file's bytes from offset 0 into a new file at `destination`. */
export function streamCopy(source: OpenedFile, destination: string): void {
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
  const out = fs.openSync(destination, 'wx', 0o600)
  try {
    let position = 0
    for (;;) {
      const read = fs.readSync(source.fd, buffer, 0, buffer.length, position)
      if (read === 0) break
      let written = 0
      while (written < read) written += fs.writeSync(out, buffer, written, read - written)
      position += read
    }
  } finally {
    fs.closeSync(out)
  }
}

export interface PrivateFolder {
  dir: string
  remove(): void
}

export function privateFolder(prefix: string): PrivateFolder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
