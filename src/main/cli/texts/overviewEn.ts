// English texts of the CLI's `overview` command and the demo scenarios (issue 14), merged under `cli.`.
export const cliOverviewEn = {
  help: {
    overview: `Usage: handlekraft overview <folder|files…> [--json] [--pdf out.pdf] [--csv DIR] [--lang da|en]
                           [--recursive] [--today YYYY-MM-DD] [--replace]

Many workshops side by side: one row per workshop (place, last session, participants by role, strengths,
themes, action projects by status, follow-ups due, overdue) with totals, themes that recur across areas,
and every project's status. Each file is read from a private copy, never locked or changed; a file that
cannot be read is listed with its reason and the others are still read.
  --json           one JSON object (shape described in src/shared/overview/buildOverview.ts)
  --pdf out.pdf    the overview report: a summary page, the cross-area tables, projects by strategy
                   area and one page per area (needs Chromium, like export --pdf)
  --csv DIR        areas.csv and projects.csv in the folder DIR, for Excel
  --recursive      read sub-folders too
  --today D        judge overdue and due as of this date (default: today)
  --replace        replace existing export files
Exit code 0 when every file was read, 1 when any could not be.`,
  },
  overview: {
    missingPaths: 'Name a folder or one or more workshop files.',
    badToday: '--today must be a date like 2026-11-30.',
    csvWritten: 'Exported areas.csv and projects.csv to {{folder}}.',
    pdfWritten: 'Exported {{file}} ({{pages}} pages).',
    scenarioCreated_one: 'Created {{count}} workshop in {{folder}} ({{ms}} ms).',
    scenarioCreated_other: 'Created {{count}} workshops in {{folder}} ({{ms}} ms).',
    scenarioBad: 'Also {{count}} files the overview cannot read, in {{folder}}.',
  },
}
