// Danske tekster til CLI'ens `overview` og demo-scenarierne (issue 14); samme nøgler som cliOverviewEn.
import type { cliOverviewEn } from './overviewEn'

export const cliOverviewDa: typeof cliOverviewEn = {
  help: {
    overview: `Brug: handlekraft overview <mappe|filer…> [--json] [--pdf ud.pdf] [--csv MAPPE] [--lang da|en]
                           [--recursive] [--today ÅÅÅÅ-MM-DD] [--replace]

Mange workshops side om side: én række pr. workshop (sted, seneste møde, deltagere pr. rolle, styrker,
temaer, handleprojekter pr. status, opfølgning snart, forsinket) med totaler, temaer der går igen på tværs
af områder, og hvert projekts status. Hver fil læses fra en privat kopi og bliver aldrig låst eller ændret;
en fil der ikke kan læses, står på listen med årsagen, og de andre bliver stadig læst.
  --json           ét JSON-objekt (formen er beskrevet i src/shared/overview/buildOverview.ts)
  --pdf ud.pdf     overbliksrapporten: en sammenfatning, tabellerne på tværs, projekter pr.
                   strategiområde og en side pr. område (kræver Chromium, som export --pdf)
  --csv MAPPE      areas.csv og projects.csv i mappen MAPPE, til Excel
  --recursive      læs også undermapper
  --today D        vurdér forsinket og snart aktuelt pr. denne dato (standard: i dag)
  --replace        erstat eksisterende eksportfiler
Afslutningskode 0 når alle filer blev læst, 1 når nogen ikke kunne.`,
  },
  overview: {
    missingPaths: 'Angiv en mappe eller en eller flere workshopfiler.',
    badToday: '--today skal være en dato som 2026-11-30.',
    csvWritten: 'Eksporterede areas.csv og projects.csv til {{folder}}.',
    pdfWritten: 'Eksporterede {{file}} ({{pages}} sider).',
    scenarioCreated_one: 'Lavede {{count}} workshop i {{folder}} ({{ms}} ms).',
    scenarioCreated_other: 'Lavede {{count}} workshops i {{folder}} ({{ms}} ms).',
    scenarioBad: 'Desuden {{count}} filer som overblikket ikke kan læse, i {{folder}}.',
  },
}
