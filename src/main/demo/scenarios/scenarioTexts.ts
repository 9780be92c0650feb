// The words of the Holbæk and Vejle demo scenarios (Danish: they are Danish municipalities' local areas).
// Each theme has name variants as different local forums write them ("Trafik", "Trafikken"), so the
// overview's "learn from each other" has near-identical names to find; project titles and ideas per theme.
import { DEFAULT_STRATEGY_AREAS } from '@shared/model/defaults'

export const SCENARIO_THEMES = {
  traffic: {
    names: ['Trafik', 'Trafikken', 'trafik'],
    area: 'Social sammenhængskraft',
    projects: ['Sikker skolevej', 'Fartdæmpning på Hovedgaden', 'Samkørsel til stationen'],
    ideas: [
      'Fodgængerfelt ved skolen',
      'Lavere fart gennem byen',
      'Cykelparkering ved stationen',
      'Skolepatrulje',
      'Bedre busforbindelse om aftenen',
      'Lys på stien til hallen',
    ],
  },
  youth: {
    names: ['Ungeliv', 'Ungelivet'],
    area: 'Social sammenhængskraft',
    projects: ['Et sted for de unge', 'Ungeråd i lokalforum', 'Fredagscafé for unge'],
    ideas: [
      'Klubaften om fredagen',
      'Skaterampe',
      'E-sport i hallen',
      'Unge i lokalforum',
      'Sommerjob i byen',
      'Musikrum',
    ],
  },
  harbour: {
    names: ['Havn', 'Havnen'],
    area: 'Samskabelse',
    projects: ['Liv på havnen', 'Havnebadet', 'Havnefest'],
    ideas: ['Havnebad', 'Bænke ved vandet', 'Marked på kajen', 'Kajakklub', 'Lys på molen', 'Madboder om sommeren'],
  },
  culture: {
    names: ['Kulturliv', 'Kulturlivet'],
    area: 'Samskabelse',
    projects: ['Kulturnat', 'Fælles kulturkalender', 'Sommerkoncerter i parken'],
    ideas: [
      'Kulturkalender på nettet',
      'Koncert i kirken',
      'Foredrag på biblioteket',
      'Lokalhistorisk vandring',
      'Teater for børn',
      'Kunst i byrummet',
    ],
  },
  community: {
    names: ['Fællesskab', 'Fællesskabet'],
    area: 'Social sammenhængskraft',
    projects: ['Spisefællesskab', 'Nabohjælp', 'Velkomstdag i byen'],
    ideas: [
      'Fællesspisning hver måned',
      'Nabohjælp via opslagstavle',
      'Loppemarked',
      'Arbejdsdag i byen',
      'Strikkecafé',
      'Fælles juletræ',
    ],
  },
  children: {
    names: ['Børneliv', 'Børnelivet'],
    area: 'Social sammenhængskraft',
    projects: ['Legeplads i bevægelse', 'Naturlegeplads ved skoven', 'Børnenes byrum'],
    ideas: ['Ny legeplads', 'Bålhytte', 'Skovbørnehave', 'Legedag i hallen', 'Cykelbane', 'Lektiecafé'],
  },
  hall: {
    names: ['Forsamlingshus', 'Forsamlingshuset'],
    area: 'Samskabelse',
    projects: ['Forsamlingshuset for alle', 'Energirenovering af huset', 'Nye brugere af huset'],
    ideas: [
      'Solceller på taget',
      'Udlån til foreninger',
      'Fællesspisning',
      'Nyt køkken',
      'Booking på nettet',
      'Åbent hus',
    ],
  },
  newcomers: {
    names: ['Tilflyttere', 'Tilflytterne'],
    area: 'Social sammenhængskraft',
    projects: ['Velkommen til byen', 'Tilflytterguide', 'Nabovenner'],
    ideas: [
      'Velkomstpakke',
      'Tilflytteraften',
      'Guide til foreningerne',
      'Nabovenner',
      'Boliger til salg på nettet',
      'Rundvisning',
    ],
  },
  nature: {
    names: ['Natur', 'Naturen'],
    area: 'Klima',
    projects: ['Vild med vilje', 'Naturpleje med får', 'Naturrum ved søen'],
    ideas: ['Blomstereng', 'Fuglekasser', 'Naturvejleder', 'Shelter', 'Insekthotel', 'Affaldsindsamling'],
  },
  paths: {
    names: ['Stier', 'Stierne'],
    area: 'Klima',
    projects: ['Sti mellem byerne', 'Stinet rundt om søen', 'Skilte på stierne'],
    ideas: ['Cykelsti til skolen', 'Trampesti', 'Skilte', 'Bænke langs stien', 'Kort over stier', 'Lys på stien'],
  },
  shop: {
    names: ['Dagligvarebutik', 'Dagligvarebutikken'],
    area: 'Samskabelse',
    projects: ['Bevar købmanden', 'Ubemandet butik', 'Lokale varer i butikken'],
    ideas: [
      'Andelsbutik',
      'Lokale grøntsager',
      'Ubemandet åbent om aftenen',
      'Pakkeudlevering',
      'Café i butikken',
      'Brødudsalg',
    ],
  },
  seniors: {
    names: ['Seniorliv', 'Seniorlivet'],
    area: 'Social sammenhængskraft',
    projects: ['Seniorer i bevægelse', 'Kørselsordning for ældre', 'Generationsmøder'],
    ideas: ['Gåhold', 'Kørsel til lægen', 'IT-hjælp', 'Fællesspisning', 'Besøgsven', 'Seniordans'],
  },
  climate: {
    names: ['Klima', 'Klimaet'],
    area: 'Klima',
    projects: ['Grøn omstilling i byen', 'Lokal energi', 'Delebiler'],
    ideas: [
      'Solceller på hallen',
      'Delebil',
      'Regnvandsbede',
      'Varmepumper sammen',
      'Reparationscafé',
      'Fælles indkøb',
    ],
  },
  coast: {
    names: ['Kysten', 'Kyst'],
    area: 'Klima',
    projects: ['Kystsikring sammen', 'Kyststien'],
    ideas: ['Kyststi', 'Badebro', 'Kystsikring', 'Strandrensning', 'Informationstavler', 'Parkering ved stranden'],
  },
  ferry: {
    names: ['Færgen', 'Færge'],
    area: 'Ny teknologi',
    projects: ['Færgeplan der passer'],
    ideas: ['Flere afgange', 'Billet på mobilen', 'Venterum', 'Cykler på færgen', 'Aftenfærge', 'Samkørsel fra havnen'],
  },
} as const satisfies Record<
  string,
  { names: readonly string[]; area: string; projects: readonly string[]; ideas: readonly string[] }
>
export type ThemeKey = keyof typeof SCENARIO_THEMES

/** Vejle's resilience strategy (issue 14): everything is reported by these four, the list every new workshop
 * starts with; the Holbæk areas use it too. */
export const VEJLE_STRATEGY_AREAS: readonly string[] = DEFAULT_STRATEGY_AREAS.da
export const SCENARIO_STRATEGY_AREAS = VEJLE_STRATEGY_AREAS

/** Strength notes per ABCD asset category; each area writes a share of them. */
export const SCENARIO_STRENGTHS: Record<string, readonly string[]> = {
  people: [
    'Ildsjæle i lokalforum',
    'Pensionerede håndværkere',
    'Unge forældre',
    'Frivillige chauffører',
    'Lokalhistoriker',
    'Tilflyttere med nye idéer',
    'Festudvalget',
    'Naboer der hjælper',
  ],
  associations: [
    'Idrætsforeningen',
    'Spejderne',
    'Borgerforeningen',
    'Lokalarkivet',
    'Koret',
    'Jagtforeningen',
    'Løbeklubben',
    'Grundejerforeningen',
  ],
  institutions: [
    'Skolen',
    'Børnehaven',
    'Biblioteket',
    'Plejecentret',
    'Fritidsklubben',
    'Kirken',
    'Lokalforum',
    'Sundhedsplejen',
  ],
  places: ['Forsamlingshuset', 'Skoven', 'Søen', 'Stationen', 'Hallen', 'Stranden', 'Sportspladsen', 'Kirkegården'],
  economy: [
    'Købmanden',
    'Bageren',
    'Gårdbutikken',
    'Maskinstationen',
    'Tømreren',
    'Pizzeriaet',
    'Vandværket',
    'Kontorfællesskabet',
  ],
  culture: [
    'Byfesten',
    'Amatørteatret',
    'Fællessang',
    'Lokale fortællinger',
    'Julebelysningen',
    'Kunstudstillingen',
    'Fastelavn',
    'Sankthans',
  ],
}

export const SCENARIO_NAMES = [
  'Anne Holm',
  'Bent Rasmussen',
  'Charlotte Friis',
  'Dorthe Madsen',
  'Erik Poulsen',
  'Hanne Kristensen',
  'Ib Larsen',
  'Jette Nielsen',
  'Kim Andersen',
  'Lise Jakobsen',
  'Morten Hansen',
  'Nina Olsen',
  'Ole Sørensen',
  'Pia Jensen',
  'Søren Christensen',
  'Tina Pedersen',
  'Ulla Thomsen',
  'Vibeke Møller',
  'Yasmin Ali',
  'Åse Knudsen',
]
