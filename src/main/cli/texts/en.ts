// English texts of the command-line tool. The domain words (roles, categories, templates) and the error
// messages come from the app's shared catalog (src/shared/i18n); these are only the CLI's own lines.
export const cliEn = {
  help: {
    main: `Handlekraft on the command line: make, check and summarise workshop files without the app.

Usage: handlekraft <command> [options]

Commands:
  new <file> --title T     make a new, empty workshop file
  demo <file>              make the demo workshop (a village of 2,000, 50 people, four months)
  check <file>             check that a workshop file is healthy
  info <file> [--json]     counts: people, notes, themes, votes, action projects
  overview <folder|files…> many workshops side by side (see "handlekraft overview --help")
  export <file> --json F --csv DIR   export as JSON (re-importable) and/or CSV for Excel
  import <in.json> <file>  make a new workshop file from a JSON export

Options for every command:
  --lang da|en             language of the messages (default: from LANG)
  -h, --help               help for the tool or a command

Exit codes: 0 done, 1 a problem with the file, 2 a mistake on the command line.`,
    new: `Usage: handlekraft new <file> --title T [--lang da|en] [--template blank|strengths-map|action-projects]
                       [--place P] [--facilitator F]

Makes a new workshop file. An existing file is never overwritten.
  --title T        the workshop's title (required)
  --lang da|en     the workshop's language, also used for these messages (default: from LANG)
  --template X     blank (default), strengths-map or action-projects
  --place P        where the workshop takes place
  --facilitator F  who runs it`,
    demo: `Usage: handlekraft demo <file> [--lang da|en]

Makes the demo workshop: a village of 2,000 people, 50 participants (35 citizens, 5 politicians, 10 staff),
about 60 strengths, 80 ideas in six themes, a dot vote and six action projects over four months.
An existing file is never overwritten.
  --lang da|en     the demo's language (default: from LANG)

handlekraft demo <folder> --scenario holbaek|vejle|kalundborg|rudersdal
  holbaek          18 local-area workshops of Holbæk Municipality (Danish), plus files the overview
                   cannot read in <folder>/bad (a damaged one, a newer version, not a workshop)
  vejle            one workshop whose projects spread over Vejle's four strategy areas
  kalundborg       a symbiosis map: 21 actors of every type, 25 typed sharing links, 3 actors without one
  rudersdal        a needs-and-offers market: 12 job seekers' initiatives with 15 needs, 17 offers, matches
                   in every status, two agreed matches made into action projects
  A one-workshop scenario given a path ending in .handlekraft writes exactly that file.`,
    check: `Usage: handlekraft check <file> [--lang da|en]

Checks a workshop file without changing it (the check runs on a temporary copy): is it a Handlekraft file,
which version, is the database intact. Exit code 0 when healthy, 1 on any problem.`,
    info: `Usage: handlekraft info <file> [--json] [--lang da|en]

Counts in a workshop: participants by role, notes by kind and asset category, themes with their notes and
dots by role, voting rounds, action projects and how complete each is. The file is not changed.
  --json           one JSON object instead of tables (the shape is described in
                   src/shared/analysis/workshopSummary.ts)`,
  },
  usage: {
    unknownCommand: 'Unknown command "{{command}}".',
    noCommand: 'Name a command.',
    unknownOption: 'Unknown option {{option}}.',
    missingValue: 'The option {{option}} needs a value.',
    unexpectedArgument: 'Unexpected argument {{argument}}.',
    badArguments: 'The command line could not be read: {{detail}}',
    missingFile: 'Name the workshop file.',
    tooManyFiles: 'Name one workshop file only.',
    missingTitle: 'Give the workshop a title with --title.',
    badChoice: '{{option}} must be one of: {{choices}}.',
    seeMainHelp: 'See "handlekraft --help".',
    seeHelp: 'See "handlekraft {{command}} --help".',
  },
  new: {
    created: 'Created {{file}}: "{{title}}" ({{template}}, {{language}}).',
  },
  demo: {
    created: 'Created the demo workshop {{file}} in {{ms}} ms ({{commands}} commands, {{size}}).',
    counts:
      '{{participants}} participants, {{strengths}} strengths, {{ideas}} ideas, {{themes}} themes, {{dots}} dots, {{projects}} action projects.',
    sharingCounts: '{{file}}: {{actors}} actors, {{links}} sharing links, {{unlinked}} actors without a link.',
    marketCounts:
      '{{file}}: {{needs}} needs, {{offers}} offers, matches {{proposed}} proposed, {{agreed}} agreed, {{done}} done, {{projects}} action projects; {{share}} of the participants have an agreed match.',
  },
  check: {
    file: 'File',
    applicationId: 'Application id',
    applicationIdOk: '{{id}} (Handlekraft workshop)',
    schemaVersion: 'File version',
    schemaCurrent: '{{version}} (current)',
    schemaOlder: '{{version}} (this app upgrades it to {{supported}} when the file is opened)',
    integrity: 'Integrity',
    integrityOk: 'ok',
    integrityProblems: '{{count}} problem(s)',
    contents: 'Contents',
    contentsLine:
      '{{participants}} participants, {{notes}} notes, {{themes}} themes, {{rounds}} voting rounds, {{projects}} action projects',
    healthy: 'The workshop file is healthy.',
    unhealthy: 'The workshop file has problems.',
    foreignSideFile:
      'The side file {{file}} next to it belongs to another database, not to this workshop. It was not used; opening the workshop in Handlekraft moves it aside.',
    refused: 'The file could not be checked.',
  },
  info: {
    place: 'Place',
    facilitator: 'Facilitator',
    language: 'Language',
    template: 'Template',
    participants: 'Participants',
    named: 'with a name',
    sessions: 'Sessions',
    notes: 'Notes',
    byKind: 'By kind',
    byCategory: 'By asset category',
    withoutCategory: 'Without category',
    connectors: 'Lines between notes',
    themes: 'Themes',
    noThemes: 'No themes yet.',
    votingRounds: 'Voting rounds',
    noRounds: 'No voting rounds yet.',
    votes: 'Dots in total',
    projects: 'Action projects',
    noProjects: 'No action projects yet.',
    missing: 'Missing',
    nobody: '—',
    unnamed: '(no name)',
    columns: {
      role: 'Role',
      name: 'Name',
      count: 'Count',
      notes: 'Notes',
      dots: 'Dots',
      title: 'Title',
      status: 'Status',
      target: 'Over',
      voters: 'Voters',
      owner: 'Owner',
      filled: 'Filled in',
      date: 'Date',
    },
  },
  noteKinds: { strength: 'Strengths', idea: 'Ideas', other: 'Other notes' },
  projectStatus: { idea: 'idea', running: 'running', done: 'done', paused: 'paused' },
  roundStatus: { open: 'open', revealed: 'revealed', closed: 'closed' },
  roundTarget: { themes: 'themes', notes: 'notes' },
  projectFields: {
    title: 'title',
    goal: 'goal',
    ownerId: 'owner',
    memberIds: 'members',
    firstStep: 'first step',
    deadline: 'deadline',
    resourcesNeeded: 'resources needed',
    resourcesOffered: 'resources offered',
    barriers: 'barriers',
    successMeasure: 'how we know it worked',
    strategyAreas: 'strategy areas',
    strengthIds: 'strengths',
    ideaIds: 'ideas',
  },
}

/** Every CLI catalog has the English one's shape; only the words change. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }
export type CliCatalog = Shape<typeof cliEn>
