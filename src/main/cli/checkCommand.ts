// `handlekraft check <file>`: is this a healthy Handlekraft workshop? Never changes the file (see
// workshopCopy.ts). Exit 0 when healthy, 1 on any problem, including a refusal to open it.
import path from 'node:path'
import { isAppError } from '@shared/errors'
import { errorMessage } from '@shared/i18n'
import { recordsOf } from '@shared/model/document'
import { APPLICATION_ID, SCHEMA_VERSION } from '../core/fileFormat'
import type { CliContext } from './context'
import { formatPairs } from './formatTable'
import { oneFile, parseCommandLine } from './parseCommandLine'
import { headerIds, withWorkshopCopy } from './workshopCopy'

function hex(id: number): string {
  return `0x${id.toString(16).padStart(8, '0')}`
}

export function runCheck(ctx: CliContext, args: string[]): number {
  const { positionals } = parseCommandLine(args, {}, ctx.t, 'check')
  const file = path.resolve(oneFile(positionals, ctx.t, 'check'))
  const { t, io } = ctx

  let result: { pairs: [string, string][]; problems: string[]; notices: string[] }
  try {
    result = withWorkshopCopy(file, (store, facts) => {
      const doc = store.doc
      const problems = store.integrityProblems()
      const version =
        facts.schemaVersion === SCHEMA_VERSION
          ? t('cli.check.schemaCurrent', { version: facts.schemaVersion })
          : t('cli.check.schemaOlder', { version: facts.schemaVersion, supported: SCHEMA_VERSION })
      const pairs: [string, string][] = [
        [t('cli.check.file'), file],
        [t('cli.check.applicationId'), t('cli.check.applicationIdOk', { id: hex(APPLICATION_ID) })],
        [t('cli.check.schemaVersion'), version],
        [
          t('cli.check.integrity'),
          problems.length === 0
            ? t('cli.check.integrityOk')
            : t('cli.check.integrityProblems', { count: problems.length }),
        ],
        [
          t('cli.check.contents'),
          t('cli.check.contentsLine', {
            participants: recordsOf(doc, 'participant').length,
            notes: recordsOf(doc, 'note').length,
            themes: recordsOf(doc, 'theme').length,
            rounds: recordsOf(doc, 'votingRound').length,
            projects: recordsOf(doc, 'project').length,
          }),
        ],
      ]
      const notices = facts.foreignSideFiles.map((side) => t('cli.check.foreignSideFile', { file: path.basename(side) }))
      return { pairs, problems, notices }
    })
  } catch (error) {
    if (!isAppError(error)) throw error
    // Refused: say why in the person's language, and show what the header says when there is one.
    const header = headerIds(file)
    const pairs: [string, string][] = [[t('cli.check.file'), file]]
    if (header) {
      pairs.push([t('cli.check.applicationId'), hex(header.applicationId)])
      pairs.push([t('cli.check.schemaVersion'), String(header.userVersion)])
    }
    for (const line of formatPairs(pairs)) io.out(line)
    io.err(t('cli.check.refused'))
    io.err(errorMessage(t, error.toShape()))
    return 1
  }

  for (const line of formatPairs(result.pairs)) io.out(line)
  for (const problem of result.problems) io.out(`  - ${problem}`)
  for (const notice of result.notices) io.out(notice)
  if (result.problems.length > 0) {
    io.err(t('cli.check.unhealthy'))
    return 1
  }
  io.out(t('cli.check.healthy'))
  return 0
}
