// Danish texts of the command-line tool (same keys as en.ts; the compiler holds them in step).
import type { CliCatalog } from './en'

export const cliDa: CliCatalog = {
  help: {
    main: `Handlekraft på kommandolinjen: lav, tjek og opsummér workshopfiler uden appen.

Brug: handlekraft <kommando> [tilvalg]

Kommandoer:
  new <fil> --title T      lav en ny, tom workshopfil
  demo <fil>               lav demo-workshoppen (en landsby på 2.000, 50 deltagere, fire måneder)
  check <fil>              tjek at en workshopfil er sund
  info <fil> [--json]      optællinger: deltagere, noter, temaer, prikker, handleprojekter
  overview <mappe|filer…> mange workshops side om side (se "handlekraft overview --help")
  export <fil> --json F --csv MAPPE  eksportér som JSON (kan importeres igen) og/eller CSV til Excel
  import <ind.json> <fil>  lav en ny workshopfil ud fra en JSON-eksport

Tilvalg til alle kommandoer:
  --lang da|en             sprog for beskederne (standard: fra LANG)
  -h, --help               hjælp til værktøjet eller en kommando

Slutkoder: 0 færdig, 1 et problem med filen, 2 en fejl på kommandolinjen.`,
    new: `Brug: handlekraft new <fil> --title T [--lang da|en] [--template blank|strengths-map|action-projects]
                      [--place S] [--facilitator F]

Laver en ny workshopfil. En eksisterende fil bliver aldrig overskrevet.
  --title T        workshoppens titel (skal angives)
  --lang da|en     workshoppens sprog, også brugt til disse beskeder (standard: fra LANG)
  --template X     blank (standard), strengths-map eller action-projects
  --place S        hvor workshoppen holdes
  --facilitator F  hvem der leder den`,
    demo: `Brug: handlekraft demo <fil> [--lang da|en]

Laver demo-workshoppen: en landsby på 2.000 indbyggere, 50 deltagere (35 borgere, 5 politikere,
10 medarbejdere), omkring 60 styrker, 80 idéer i seks temaer, en prioritering med prikker og seks
handleprojekter over fire måneder. En eksisterende fil bliver aldrig overskrevet.
  --lang da|en     demoens sprog (standard: fra LANG)

handlekraft demo <mappe> --scenario holbaek|vejle|kalundborg|rudersdal
  holbaek          18 lokalområde-workshops i Holbæk Kommune, plus filer som overblikket ikke kan
                   læse i <mappe>/bad (en skadet, en fra en nyere version, en der ikke er en workshop)
  vejle            én workshop hvis projekter fordeler sig over Vejles fire strategiområder
  kalundborg       et symbiosekort: 21 aktører af alle typer, 25 delingsforbindelser med type, 3 aktører uden
  rudersdal        et behov- og tilbudsmarked: 12 ledigas initiativer med 15 behov, 17 tilbud, match i alle
                   statusser, to aftalte match gjort til handleprojekter
  Et scenarie med én workshop og en sti, der ender på .handlekraft, skriver netop den fil.`,
    check: `Brug: handlekraft check <fil> [--lang da|en]

Tjekker en workshopfil uden at ændre den (tjekket kører på en midlertidig kopi): er det en Handlekraft-fil,
hvilken version, er databasen hel. Slutkode 0 når filen er sund, 1 ved ethvert problem.`,
    info: `Brug: handlekraft info <fil> [--json] [--lang da|en]

Optællinger i en workshop: deltagere efter rolle, noter efter slags og styrkekategori, temaer med deres
noter og prikker efter rolle, prioriteringsrunder, handleprojekter og hvor udfyldt hvert er. Filen ændres ikke.
  --json           ét JSON-objekt i stedet for tabeller (formen er beskrevet i
                   src/shared/analysis/workshopSummary.ts)`,
  },
  usage: {
    unknownCommand: 'Ukendt kommando "{{command}}".',
    noCommand: 'Angiv en kommando.',
    unknownOption: 'Ukendt tilvalg {{option}}.',
    missingValue: 'Tilvalget {{option}} skal have en værdi.',
    unexpectedArgument: 'Uventet argument {{argument}}.',
    badArguments: 'Kommandolinjen kunne ikke læses: {{detail}}',
    missingFile: 'Angiv workshopfilen.',
    tooManyFiles: 'Angiv kun én workshopfil.',
    missingTitle: 'Giv workshoppen en titel med --title.',
    badChoice: '{{option}} skal være en af: {{choices}}.',
    seeMainHelp: 'Se "handlekraft --help".',
    seeHelp: 'Se "handlekraft {{command}} --help".',
  },
  new: {
    created: 'Oprettede {{file}}: "{{title}}" ({{template}}, {{language}}).',
  },
  demo: {
    created: 'Oprettede demo-workshoppen {{file}} på {{ms}} ms ({{commands}} kommandoer, {{size}}).',
    counts:
      '{{participants}} deltagere, {{strengths}} styrker, {{ideas}} idéer, {{themes}} temaer, {{dots}} prikker, {{projects}} handleprojekter.',
    sharingCounts: '{{file}}: {{actors}} aktører, {{links}} delingsforbindelser, {{unlinked}} aktører uden forbindelse.',
    marketCounts:
      '{{file}}: {{needs}} behov, {{offers}} tilbud, match {{proposed}} foreslået, {{agreed}} aftalt, {{done}} gennemført, {{projects}} handleprojekter; {{share}} af deltagerne har et aftalt match.',
  },
  check: {
    file: 'Fil',
    applicationId: 'Program-id',
    applicationIdOk: '{{id}} (Handlekraft-workshop)',
    schemaVersion: 'Filversion',
    schemaCurrent: '{{version}} (nyeste)',
    schemaOlder: '{{version}} (appen opgraderer den til {{supported}}, når filen åbnes)',
    integrity: 'Integritet',
    integrityOk: 'ok',
    integrityProblems: '{{count}} problem(er)',
    contents: 'Indhold',
    contentsLine:
      '{{participants}} deltagere, {{notes}} noter, {{themes}} temaer, {{rounds}} prioriteringsrunder, {{projects}} handleprojekter',
    healthy: 'Workshopfilen er sund.',
    unhealthy: 'Workshopfilen har problemer.',
    foreignSideFile:
      'Hjælpefilen {{file}} ved siden af hører til en anden database, ikke til denne workshop. Den blev ikke brugt; når workshoppen åbnes i Handlekraft, flyttes den til side.',
    refused: 'Filen kunne ikke tjekkes.',
  },
  info: {
    place: 'Sted',
    facilitator: 'Facilitator',
    language: 'Sprog',
    template: 'Skabelon',
    participants: 'Deltagere',
    named: 'med navn',
    sessions: 'Møder',
    notes: 'Noter',
    byKind: 'Efter slags',
    byCategory: 'Efter styrkekategori',
    withoutCategory: 'Uden kategori',
    connectors: 'Streger mellem noter',
    themes: 'Temaer',
    noThemes: 'Ingen temaer endnu.',
    votingRounds: 'Prioriteringsrunder',
    noRounds: 'Ingen prioriteringsrunder endnu.',
    votes: 'Prikker i alt',
    projects: 'Handleprojekter',
    noProjects: 'Ingen handleprojekter endnu.',
    missing: 'Mangler',
    nobody: '—',
    unnamed: '(uden navn)',
    columns: {
      role: 'Rolle',
      name: 'Navn',
      count: 'Antal',
      notes: 'Noter',
      dots: 'Prikker',
      title: 'Titel',
      status: 'Status',
      target: 'Over',
      voters: 'Deltagere',
      owner: 'Tovholder',
      filled: 'Udfyldt',
      date: 'Dato',
    },
  },
  noteKinds: { strength: 'Styrker', idea: 'Idéer', other: 'Andre noter' },
  projectStatus: { idea: 'idé', running: 'i gang', done: 'færdig', paused: 'sat på pause' },
  roundStatus: { open: 'åben', revealed: 'afsløret', closed: 'lukket' },
  roundTarget: { themes: 'temaer', notes: 'noter' },
  projectFields: {
    title: 'titel',
    goal: 'mål',
    ownerId: 'tovholder',
    memberIds: 'medlemmer',
    firstStep: 'første skridt',
    deadline: 'frist',
    resourcesNeeded: 'ressourcer vi mangler',
    resourcesOffered: 'ressourcer vi har',
    barriers: 'forhindringer',
    successMeasure: 'hvordan vi ved, det virkede',
    strategyAreas: 'strategiområder',
    strengthIds: 'styrker',
    ideaIds: 'idéer',
  },
}
