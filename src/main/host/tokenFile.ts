// `--token-file PATH`: for scripts that call the API themselves (the e2e tests, automation). The session
// token is written to a new file only this user can read, instead of into an address or an argument.
import { closeSync, constants, openSync, rmSync, writeSync } from 'node:fs'

export interface TokenFile {
  remove(): void
}

/**
 * Creates `path` (0600) holding the token. An existing file or a symlink is refused rather than followed or
 * overwritten: in a shared folder such as /tmp another user could have planted either.
 */
export function writeTokenFile(path: string, token: string): TokenFile {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600)
  try {
    writeSync(fd, `${token}\n`)
  } finally {
    closeSync(fd)
  }
  return { remove: () => rmSync(path, { force: true }) }
}
