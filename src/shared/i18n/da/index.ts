// Danske tekster. Samme nøgler som en.ts (typen sikrer det ved oversættelse, en enhedstest også ved kørsel).
// Skrevet til en facilitator i et forsamlingshus: hvad skete der, og hvad gør man nu.
import { methodDa } from './method'
import { boardMethodDa } from './boardMethod'
import { exchangeDa } from './exchange'
import { presentDa } from './present'
import { reportDa } from './report'
import { votesDa } from './votes'
import { stageDa } from './stage'
import { phoneDa } from './phone'
import { roomDa } from './room'
import { sharingDa } from './sharing'
import { overviewDa } from './overview'
import { readOnlyDa } from './readOnly'
import { projectOwnerDa } from './projectOwner'
import { datesDa } from './dates'
import { invariantsDa } from './invariants'
import type { Catalog } from '../catalog'

export const da: Catalog = {
  app: {
    name: 'Handlekraft',
    languageSwitch: 'Sprog',
  },
  languages: {
    da: 'Dansk',
    en: 'English',
  },
  common: {
    cancel: 'Annuller',
    close: 'Luk',
  },
  start: {
    tagline: 'Styrker, idéer og handleprojekter til jeres workshop.',
    newWorkshop: 'Ny workshop',
    open: 'Åbn…',
    openDemo: 'Åbn demo-workshop',
    recent: 'Seneste',
    recentEmpty: 'Workshops, du åbner, bliver vist her.',
    missing: 'Filen findes ikke',
    openByPath: 'Åbn en workshopfil',
    pathLabel: 'Sti til workshopfil',
    openButton: 'Åbn',
    busy: 'Arbejder…',
  },
  newWorkshop: {
    heading: 'Ny workshop',
    title: 'Titel',
    titleRequired: 'Giv workshoppen en titel.',
    place: 'Sted (valgfrit)',
    facilitator: 'Facilitator (valgfrit)',
    template: 'Skabelon',
    language: 'Workshoppens sprog',
    create: 'Opret',
  },
  templates: {
    blank: 'Tom',
    'strengths-map': 'Styrkekort',
    'action-projects': '100-dages handleprojekter',
    'symbiosis-map': 'Symbiosekort',
    'needs-offers': 'Behov og tilbud',
  },
  workshop: {
    toolbar: 'Værktøjer til workshoppen',
    close: 'Luk workshop',
    saveCopy: 'Gem en kopi…',
    saveCopyPath: 'Sti til kopien',
    saveCopyButton: 'Gem kopi',
    copySaved: 'En kopi blev gemt i {{path}}',
    readOnlyBanner:
      'Skrivebeskyttet: du må ikke ændre denne fil. Du kan se den, vise den på projektoren og eksportere den. For at redigere: brug “Gem en kopi…”, så åbnes kopien til redigering.',
    sideFileMovedAside:
      'Hjælpefilen {{file}} ved siden af workshoppen hørte til en anden database, så den blev flyttet til side som {{movedTo}}. Selve workshoppen er hel.',
    undo: 'Fortryd',
    redo: 'Gentag',
    board: 'Tavle',
    boardEmpty: 'Tavlen er tom. Sedler og felter vises her.',
    closedElsewhere: 'Workshoppen blev lukket.',
  },
  board: {
    tools: 'Værktøjer til tavlen',
    newNote: 'Ny seddel',
    newArea: 'Nyt felt',
    newAreaTitle: 'Nyt felt',
    connect: 'Forbind valgte',
    tidy: 'Ryd op',
    duplicate: 'Dupliker',
    delete: 'Slet',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    fitAll: 'Vis alt',
    actualSize: 'Faktisk størrelse (100 %)',
    zoomToSelection: 'Zoom til det valgte',
    zoomLevel: 'Zoomniveau',
    find: 'Søg',
    highContrast: 'Høj kontrast',
    showRoles: 'Vis roller',
    kind: 'Type',
    category: 'Kategori',
    noCategory: 'Ingen kategori',
    colour: 'Farve',
    mixed: '—',
    noteText: 'Sedlens tekst',
    areaTitle: 'Feltets titel',
    lineLabel: 'Linjens tekst',
    notes: 'Sedler',
    areas: 'Felter',
    lines: 'Linjer',
    emptyNote: '(tom seddel)',
    untitledArea: '(felt uden titel)',
    lineName: '{{from}} til {{to}}',
    legend: 'Forklaring',
    findNotes: 'Søg i sedler',
    findField: 'Søgetekst',
    findNext: 'Næste fund',
    findPrevious: 'Forrige fund',
    findClose: 'Luk søgning',
    findCount: '{{current}} af {{count}}',
    findNone: 'Ingen fund',
    selectedCount: '{{count}} valgt',
    kinds: { strength: 'Styrke', idea: 'Idé', other: 'Andet', need: 'Behov', offer: 'Tilbud' },
    colours: { yellow: 'Gul', blue: 'Blå', grey: 'Grå', green: 'Grøn', pink: 'Lyserød', orange: 'Orange' },
    help: 'Dobbeltklik eller tryk N for en ny seddel. Træk for at flytte, Shift-klik for at vælge flere. Træk med mellemrum nede eller midterknappen for at panorere, Ctrl+hjul zoomer.',
  },
  categories: {
    people: 'Mennesker',
    associations: 'Foreninger',
    institutions: 'Institutioner',
    places: 'Steder',
    economy: 'Økonomi',
    culture: 'Kultur',
  },
  roles: {
    citizen: 'Borger',
    politician: 'Politiker',
    staff: 'Medarbejder',
    other: 'Andet',
  },
  zones: {
    ideas: 'Idéer',
    projects: 'Handleprojekter',
  },
  recordKinds: {
    workshop: 'workshop',
    participant: 'deltager',
    session: 'møde',
    category: 'kategori',
    theme: 'tema',
    note: 'seddel',
    zone: 'felt',
    connector: 'streg',
    votingRound: 'afstemningsrunde',
    vote: 'stemme',
    project: 'handleprojekt',
    phase: 'punkt på dagsordenen',
    projectUpdate: 'projektopdatering',
    actor: 'aktør',
    match: 'match',
    liveState: 'rummets tilstand',
    presentation: 'projektorens visning',
  },
  errors: {
    'invalid-input': 'Noget i forespørgslen var ikke udfyldt rigtigt. Tjek felterne, og prøv igen.',
    'unknown-method': 'Denne version af Handlekraft kender ikke den handling. Genstart Handlekraft, og prøv igen.',
    'not-found': 'Workshopfilen blev ikke fundet. Den er måske flyttet, omdøbt eller slettet.',
    'is-directory': 'Det er en mappe, ikke en workshopfil. Vælg workshopfilen inde i mappen.',
    'empty-file': 'Filen er tom (0 byte), så der er ingen workshop i den.',
    'not-sqlite': 'Denne fil er ikke en Handlekraft-workshop.',
    'foreign-file': 'Denne fil hører til et andet program, ikke Handlekraft. Den er ikke blevet ændret.',
    corrupt:
      'Workshopfilen er beskadiget og kan ikke åbnes. Den er ikke blevet ændret. Prøv en kopi eller en sikkerhedskopi af den.',
    'newer-version':
      'Denne workshop er lavet med en nyere version af Handlekraft (filversion {{found}}, dette program kan læse op til {{supported}}). Opdater Handlekraft for at åbne den.',
    'network-share':
      'Workshoppen ligger på et netværksdrev ({{share}}). Et netværksdrev kan beskadige en workshopfil, så Handlekraft åbner kun workshops, der ligger på denne computer. Kopiér filen til denne computer, f.eks. til Dokumenter, og åbn kopien.',
    'already-open': 'Workshoppen er allerede åben i et andet vindue eller program. Luk den der først.',
    'read-only': 'Handlekraft har ikke lov til at ændre denne fil eller mappe. Vælg et sted, hvor du kan gemme.',
    'no-space': 'Disken er fuld. Frigør noget plads, og prøv igen; intet er gået tabt.',
    'file-exists': 'Der findes allerede en fil med det navn. Vælg et andet navn.',
    'not-open': 'Workshoppen er ikke længere åben. Åbn den igen fra startskærmen.',
    'command-rejected': 'Ændringen kunne ikke laves.',
    'nothing-to-undo': 'Der er intet at fortryde eller gentage.',
    unauthorized: 'Vinduet har mistet forbindelsen til Handlekraft. Start Handlekraft igen.',
    forbidden: 'Dette vindue har ikke lov til at gøre det.',
    'too-large': 'Det er for meget på én gang. Prøv med mindre.',
    'bad-import': 'Filen kan ikke importeres. Intet blev skrevet.',
    internal: 'Noget gik galt inde i Handlekraft. Prøv igen; sker det igen, så genstart Handlekraft.',
    'no-browser':
      'Der blev ikke fundet nogen Chromium eller Chrome til at lave PDF’en eller billedet. Installér Chromium, eller sæt CHROME_PATH til en Chrome-lignende browser.',
    'folder-not-found': 'Mappen findes ikke. Vælg en anden mappe.',
    'not-a-file':
      'Dette er ikke en almindelig fil (det er en pipe, en enhed eller en socket), så Handlekraft læser den ikke. Vælg selve workshopfilen.',
    'not-readable':
      'Handlekraft har ikke lov til at læse denne fil. Bed ejeren om at dele den med dig, eller brug en kopi.',
    'workshop-too-large':
      'Filen fylder {{size}} MB, langt mere end nogen workshop (højst {{limit}} MB), så Handlekraft læser den ikke. Den er ikke blevet ændret.',
  },
  errorsWithoutDetails: {
    'network-share':
      'Workshoppen ligger på et netværksdrev. Et netværksdrev kan beskadige en workshopfil, så Handlekraft åbner kun workshops, der ligger på denne computer. Kopiér filen til denne computer, f.eks. til Dokumenter, og åbn kopien.',
    'newer-version':
      'Denne workshop er lavet med en nyere version af Handlekraft. Opdater Handlekraft for at åbne den.',
    'workshop-too-large':
      'Filen er langt større end nogen workshop, så Handlekraft læser den ikke. Den er ikke blevet ændret.',
  },
  errorFile: 'Fil: {{file}}',
  errorFolder: 'Mappe: {{file}}',
  commandRejected: {
    'unknown-strategy-area':
      '“{{area}}” er ikke et af workshoppens strategiområder. Tilføj det under Opsætning først. Intet blev gemt.',
    'strategy-area-in-use':
      'Strategiområdet “{{area}}” bruges stadig af handleprojektet “{{project}}”. Fjern det fra projektet først. Intet blev gemt.',
    'progress-out-of-range':
      'Fremdrift er et helt tal fra 0 til 100 %, ikke “{{progress}}”. Intet blev gemt.',
    'status-follows-follow-up':
      'Status følger projektets nyeste opfølgning. Skriv en ny opfølgning for dette møde for at ændre den.',
    'role-over-budget':
      'For mange {{roleDots}}: {{count}}, men {{people}} {{rolePeople}} med {{dots}} prikker hver har højst {{max}}. Intet blev gemt.',
    'role-too-many-on-item':
      'For mange {{roleDots}} på ét punkt: {{count}}, men {{people}} {{rolePeople}} med højst {{perItem}} hver har højst {{max}}. Intet blev gemt.',
    'role-has-no-people':
      'Der er ingen {{rolePeople}} blandt deltagerne, så der kan ikke registreres {{roleDots}}. Tilføj dem under Opsætning først.',
    'unknown-participant': 'Prikkerne hører til en deltager, som ikke findes. Intet blev gemt.',
    'participant-needed-for-item-dots':
      'Deltageren kan ikke fjernes: så ville der være {{count}} {{roleDots}} på ét punkt, hvor {{people}} {{rolePeople}} højst må sætte {{max}}. Ret papirprikkerne først, eller fjern også deltagerens prikker.',
    'participant-needed-for-dots':
      'Deltageren kan ikke fjernes: så ville der være {{count}} {{roleDots}} i en runde, hvor {{people}} {{rolePeople}} højst har {{max}}. Ret papirprikkerne først, eller fjern også deltagerens prikker.',
    'nothing-to-add': 'Der var intet at tilføje.',
    'theme-was-voted-on': 'Temaet har prikker i en afstemningsrunde og bliver derfor. Omdøb det i stedet.',
    'unknown-record':
      'Ændringen henviser til noget ({{what}}), som ikke findes længere. Det er måske slettet i et andet vindue.',
    'missing-position': 'En ny seddel skal have en plads på tavlen. Intet blev tilføjet.',
    'duplicate-id': 'Det var allerede tilføjet. Intet blev ændret.',
    'too-many-dots': 'Hver deltager har højst {{max}} prikker i denne runde.',
    'too-many-on-item': 'Der må højst sættes {{max}} prikker på ét punkt i denne runde.',
    'round-closed': 'Denne afstemningsrunde er lukket. Åbn den igen for at sætte prikker.',
    'not-an-option': 'Det punkt er ikke med i denne afstemningsrunde.',
    'vote-needs-role': 'Vælg en rolle (borger, politiker, medarbejder) for disse prikker.',
    'connector-to-itself': 'En streg skal forbinde to forskellige ting.',
    'workshop-exists': 'Denne fil indeholder allerede en workshop.',
    'not-an-offer': 'Kun et tilbud kan matches med et behov.',
    'not-a-need': 'Et tilbud kan kun matches med et behov.',
    'match-exists': 'Dette tilbud og dette behov er allerede matchet.',
    'match-not-agreed': 'Bliv enige om matchet først; så kan det blive et handleprojekt.',
    'match-has-project': 'Dette match er allerede blevet et handleprojekt.',
  },
  commandRejectedWithoutDetails: {
    'unknown-strategy-area': 'Det er ikke et af workshoppens strategiområder. Tilføj det under Opsætning først. Intet blev gemt.',
    'strategy-area-in-use': 'Et handleprojekt bruger stadig det strategiområde. Fjern det fra projektet først. Intet blev gemt.',
    'progress-out-of-range': 'Fremdrift er et helt tal fra 0 til 100 %. Intet blev gemt.',
    'role-over-budget': 'Der er ikke flere prikker tilbage til denne rolle i runden. Intet blev gemt.',
    'role-too-many-on-item': 'Der er for mange prikker fra denne rolle på ét punkt. Intet blev gemt.',
    'participant-needed-for-dots':
      'Deltageren kan ikke fjernes uden at rollen får flere prikker, end den har. Ret papirprikkerne først.',
    'unknown-record': 'Ændringen henviser til noget, som ikke findes længere. Det er måske slettet i et andet vindue.',
    'too-many-dots': 'Deltageren har ikke flere prikker tilbage i denne runde.',
    'too-many-on-item': 'Punktet har allerede så mange prikker fra deltageren, som runden tillader.',
  },
  method: methodDa,
  boardMethod: boardMethodDa,
  exchange: exchangeDa,
  present: presentDa,
  report: reportDa,
  votes: votesDa,
  stage: stageDa,
  phone: phoneDa,
  room: roomDa,
  sharing: sharingDa,
  overview: overviewDa,
  readOnly: readOnlyDa,
  projectOwner: projectOwnerDa,
  dates: datesDa,
  invariants: invariantsDa,
}
