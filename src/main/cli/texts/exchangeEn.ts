// English texts of the CLI's export and import commands, merged into the CLI catalog under `cli.` by
// context.ts (so `cli.help.export` is found like every other command's help).
export const cliExchangeEn = {
  help: {
    export: `Usage: handlekraft export <file> [--pdf out.pdf] [--png out.png] [--json out.json] [--csv DIR]
                          [--paper a4|letter] [--names] [--scale 1|2|4] [--replace] [--lang da|en]

Exports a workshop without changing it. Name at least one of:
  --pdf out.pdf    the report: title page, board, strengths, themes with votes by role, one page per
                   action project, appendices; A4 unless --paper letter; participants' names only with --names
  --png out.png    a picture of the whole board, at --scale 1, 2 or 4 (default 1)
  --json out.json  the whole workshop as JSON (format described in docs/json-format.md); it can be
                   imported again with "handlekraft import"
  --csv DIR        notes, votes, projects, actors, links and matches (.csv) in the folder DIR (made if missing), for Excel:
                   UTF-8, semicolons, headers in the workshop's language
  --replace        replace existing export files (never a workshop file); without it they are kept
Each file is written completely or not at all.`,
    import: `Usage: handlekraft import <in.json> <new.handlekraft> [--lang da|en]

Makes a NEW workshop file from a JSON export (docs/json-format.md). An existing file is never
overwritten. A file that is damaged, too large (over 20 MB), from a newer version or has fields
Handlekraft does not know is refused with the reason, and nothing is written.`,
  },
  usage: {
    exportNeedsTarget: 'Name where to export: --json out.json, --csv DIR or both.',
    importNeedsFiles: 'Name the JSON file to import and the new workshop file.',
  },
  export: {
    json: 'Exported {{file}} ({{size}} kB, {{ms}} ms).',
    csv: 'Exported notes.csv, votes.csv, projects.csv, actors.csv, links.csv and matches.csv to {{folder}} ({{ms}} ms).',
  },
  import: {
    created: 'Created {{file}}: "{{title}}" from {{source}} ({{ms}} ms).',
  },
}

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
export type CliExchangeCatalog = Shape<typeof cliExchangeEn>
