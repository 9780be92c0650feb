// `handlekraft new <file> --title T`: a new, empty workshop file made by the same store the app uses.
import path from 'node:path'
import { Language, Template } from '@shared/model/records'
import { WorkshopStore } from '../core/workshopStore'
import type { CliContext } from './context'
import { choice, oneFile, parseCommandLine, UsageError } from './parseCommandLine'

export const NEW_OPTIONS = {
  title: { type: 'string' },
  template: { type: 'string' },
  place: { type: 'string' },
  facilitator: { type: 'string' },
} as const

export function runNew(ctx: CliContext, args: string[]): number {
  const { values, positionals } = parseCommandLine(args, NEW_OPTIONS, ctx.t, 'new')
  const file = oneFile(positionals, ctx.t, 'new')
  const title = values.title?.trim()
  if (!title) throw new UsageError(ctx.t('cli.usage.missingTitle'), 'new')
  const language = choice(values.lang, Language.options, '--lang', ctx.t, 'new') ?? ctx.language
  const template = choice(values.template, Template.options, '--template', ctx.t, 'new') ?? 'blank'

  // WorkshopStore.create refuses an existing file (file-exists) and writes the new one aside, then renames.
  const store = WorkshopStore.create(file, {
    title,
    language,
    template,
    place: values.place ?? '',
    facilitator: values.facilitator ?? '',
  })
  store.close()
  ctx.io.out(
    ctx.t('cli.new.created', {
      file: path.resolve(file),
      title,
      template: ctx.t(`templates.${template}`),
      language: ctx.t(`languages.${language}`),
    }),
  )
  return 0
}
