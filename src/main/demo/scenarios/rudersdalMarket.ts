// Rudersdal's scenario (issue 15): an Initiatek "needs and offers market" on the Needs and offers market
// template. Twelve job seekers bring their own initiatives and say what they need; local firms, senior
// business people (erhvervsseniorer), entrepreneurs and the job centre say what they offer. The room has
// made matches in every status, and two agreed matches became action projects. About half of the
// participants leave with an agreed match, as the method promises. Built with the Sharing tab's commands.
// The municipality is real; every person, firm and initiative is invented.
import type { CommandArgs, CommandCall, CommandName } from '@shared/commands'
import { ACTOR_SIZE } from '@shared/model/defaults'
import type { WorkshopDoc } from '@shared/model/document'
import type { ActorType, MarketCategory, MatchStatus, OfferExchange, Role } from '@shared/model/records'
import type { ScenarioWorkshop } from './scenarioWorkshop'

function call<N extends CommandName>(name: N, args: CommandArgs<N>): CommandCall {
  return { name, args } as CommandCall
}

const ACTORS: { id: string; name: string; type: ActorType; contact: string }[] = [
  { id: 'a-traelast', name: 'Holte Trælast', type: 'firm', contact: 'Indehaver Jørgen Smed' },
  { id: 'a-bryghus', name: 'Nærum Bryghus', type: 'firm', contact: '' },
  { id: 'a-ithuset', name: 'IT-huset Birkerød', type: 'firm', contact: '' },
  { id: 'a-jobcenter', name: 'Jobcenter Rudersdal', type: 'authority', contact: 'Iværksætterteamet' },
  { id: 'a-seniorer', name: 'Erhvervsseniorerne Rudersdal', type: 'association', contact: '' },
  { id: 'a-bibliotek', name: 'Holte Bibliotek', type: 'institution', contact: '' },
]

const PEOPLE: { id: string; name: string | null; role: Role }[] = [
  // The job seekers, each with an initiative.
  { id: 'js-mette', name: 'Mette Lind', role: 'citizen' },
  { id: 'js-jonas', name: 'Jonas Brix', role: 'citizen' },
  { id: 'js-sara', name: 'Sara Amini', role: 'citizen' },
  { id: 'js-ali', name: 'Ali Haddad', role: 'citizen' },
  { id: 'js-louise', name: 'Louise Krog', role: 'citizen' },
  { id: 'js-peter', name: 'Peter Møller', role: 'citizen' },
  { id: 'js-fatima', name: 'Fatima Yusuf', role: 'citizen' },
  { id: 'js-mikkel', name: 'Mikkel Due', role: 'citizen' },
  { id: 'js-hanne', name: 'Hanne Skov', role: 'citizen' },
  { id: 'js-thomas', name: 'Thomas Riis', role: 'citizen' },
  { id: 'js-nadia', name: 'Nadia Petersen', role: 'citizen' },
  { id: 'js-rasmus', name: 'Rasmus Holt', role: 'citizen' },
  // Senior business people and entrepreneurs who offer help.
  { id: 'sr-bent', name: 'Bent Aagaard', role: 'citizen' },
  { id: 'sr-lis', name: 'Lis Winther', role: 'citizen' },
  { id: 'sr-ove', name: 'Ove Kjær', role: 'citizen' },
  { id: 'sr-kirsten', name: 'Kirsten Falk', role: 'citizen' },
  { id: 'en-kasper', name: 'Kasper Vind', role: 'citizen' },
  { id: 'en-maja', name: 'Maja Storm', role: 'citizen' },
  { id: 'en-emil', name: 'Emil Bach', role: 'citizen' },
  // The municipality.
  { id: 'st-jobcenter-1', name: 'Virksomhedskonsulent Dorte Ravn', role: 'staff' },
  { id: 'st-jobcenter-2', name: null, role: 'staff' },
  { id: 'po-1', name: 'Formand for Erhvervsudvalget', role: 'politician' },
]

type Who = { authorId: string } | { actorId: string }
const by = (id: string): Who => (id.startsWith('a-') ? { actorId: id } : { authorId: id })

/** What each initiative needs: [id, who, text, category]. */
const NEEDS: [string, string, string, MarketCategory][] = [
  ['need-cykel-lokale', 'js-mette', 'Cykelværksted for unge: et værksted to aftener om ugen', 'premises'],
  ['need-cykel-dele', 'js-mette', 'Cykelværksted for unge: brugte cykler og reservedele', 'materials'],
  ['need-lektie', 'js-jonas', 'Lektiecafé: kontakt til skolerne i Holte', 'contacts'],
  ['need-catering-kokken', 'js-sara', 'Catering med lokale råvarer: et godkendt køkken', 'premises'],
  ['need-catering-penge', 'js-sara', 'Catering med lokale råvarer: startkapital til køkkenudstyr', 'funding'],
  ['need-it-aeldre', 'js-ali', 'IT-hjælp til ældre: sparring om forretningsplan og prissætning', 'mentoring'],
  ['need-genbrug-lokale', 'js-louise', 'Genbrugsbutik med syværksted: et butikslokale', 'premises'],
  ['need-genbrug-maskiner', 'js-louise', 'Genbrugsbutik med syværksted: symaskiner og materialer', 'materials'],
  ['need-have', 'js-peter', 'Havehjælp til ældre: haveredskaber og en trailer', 'materials'],
  ['need-oversaet', 'js-fatima', 'Oversættelse for nye borgere: kontakt til kommunens integrationsteam', 'contacts'],
  ['need-podcast', 'js-mikkel', 'Podcast om lokale virksomheder: hjælp til lydteknik og redigering', 'skills'],
  ['need-yoga', 'js-hanne', 'Yoga i naturen: en mentor med erfaring som selvstændig', 'mentoring'],
  ['need-ol', 'js-thomas', 'Øl til foreningsfester: viden om fødevaregodkendelse', 'skills'],
  ['need-design', 'js-nadia', 'Grafisk design til foreninger: kontakt til foreninger som kunder', 'contacts'],
  ['need-elcykel', 'js-rasmus', 'Udlejning af elcykler: finansiering af de første cykler', 'funding'],
]

/** What helpers offer: [id, who, text, category, how it is exchanged]. */
const OFFERS: [string, string, string, MarketCategory, OfferExchange][] = [
  ['offer-traelast', 'a-traelast', 'Restmaterialer, værktøj og lån af trailer', 'materials', 'given'],
  ['offer-bryghus-kokken', 'a-bryghus', 'Godkendt køkken om mandagen og tirsdagen', 'premises', 'paid'],
  ['offer-bryghus-viden', 'a-bryghus', 'Sparring om fødevaregodkendelse og brygning', 'skills', 'given'],
  ['offer-ithuset-lyd', 'a-ithuset', 'Lydstudie og hjælp til redigering', 'skills', 'swapped'],
  ['offer-ithuset-pc', 'a-ithuset', 'Brugte bærbare computere', 'materials', 'given'],
  ['offer-jobcenter-mentor', 'a-jobcenter', 'Iværksætterforløb med en mentor', 'mentoring', 'given'],
  ['offer-jobcenter-netvaerk', 'a-jobcenter', 'Kontakt til kommunens netværk og integrationsteam', 'contacts', 'given'],
  ['offer-jobcenter-tilskud', 'a-jobcenter', 'Vejledning om startydelse og tilskud', 'funding', 'given'],
  ['offer-seniorer', 'a-seniorer', 'Sparring om forretningsplan og prissætning', 'mentoring', 'given'],
  ['offer-bibliotek', 'a-bibliotek', 'Mødelokaler og plads til lektiecafé', 'premises', 'given'],
  ['offer-bent', 'sr-bent', 'Mentor: 30 år som selvstændig', 'mentoring', 'given'],
  ['offer-lis', 'sr-lis', 'Kontakter i foreningslivet', 'contacts', 'given'],
  ['offer-ove', 'sr-ove', 'Hjælp til regnskab og budget', 'skills', 'given'],
  ['offer-kirsten', 'sr-kirsten', 'Sparring om markedsføring på sociale medier', 'skills', 'swapped'],
  ['offer-kasper', 'en-kasper', 'Brugte cykler og reservedele fra butikken', 'materials', 'given'],
  ['offer-maja', 'en-maja', 'Værkstedslokale i kælderen, to aftener om ugen', 'premises', 'swapped'],
  ['offer-emil', 'en-emil', 'Erfaring med crowdfunding og lån til iværksættere', 'funding', 'given'],
]

/** The room's matches: [need, offer, status]; the first two agreed ones become action projects. */
const MATCHES: [string, string, MatchStatus][] = [
  ['need-cykel-lokale', 'offer-maja', 'agreed'],
  ['need-catering-kokken', 'offer-bryghus-kokken', 'agreed'],
  ['need-cykel-dele', 'offer-kasper', 'done'],
  ['need-podcast', 'offer-ithuset-lyd', 'done'],
  ['need-it-aeldre', 'offer-seniorer', 'agreed'],
  ['need-yoga', 'offer-bent', 'agreed'],
  ['need-ol', 'offer-bryghus-viden', 'agreed'],
  ['need-elcykel', 'offer-emil', 'agreed'],
  ['need-oversaet', 'offer-jobcenter-netvaerk', 'proposed'],
  ['need-design', 'offer-lis', 'proposed'],
  ['need-genbrug-maskiner', 'offer-traelast', 'proposed'],
]
const PROJECTS = [
  { match: 'match-1', title: 'Cykelværksted for unge i Maja Storms kælder' },
  { match: 'match-2', title: 'Catering med lokale råvarer fra Nærum Bryghus’ køkken' },
]

function commands(doc: WorkshopDoc): CommandCall[] {
  const below = Math.max(0, ...Object.values(doc.zone).map((zone) => zone.y + zone.height)) + 120
  return [
    call('addSession', { id: 'session-market', title: 'Behov- og tilbudsmarked', date: '2026-10-01' }),
    call('addParticipants', { participants: PEOPLE }),
    call('addActors', {
      actors: ACTORS.map((actor, index) => ({ ...actor, x: index * (ACTOR_SIZE.width + 60), y: below })),
    }),
    call('addNotes', {
      notes: NEEDS.map(([id, who, text, marketCategory]) => ({ id, text, kind: 'need' as const, marketCategory, sessionId: 'session-market', ...by(who) })),
      place: { zoneId: 'zone-needs' },
    }),
    call('addNotes', {
      notes: OFFERS.map(([id, who, text, marketCategory, exchange]) => ({
        id,
        text,
        kind: 'offer' as const,
        marketCategory,
        exchange,
        sessionId: 'session-market',
        ...by(who),
      })),
      place: { zoneId: 'zone-offers' },
    }),
    ...MATCHES.flatMap(([needId, offerId, status], index) => {
      const id = `match-${index + 1}`
      const calls = [call('addMatch', { id, needId, offerId })]
      if (status !== 'proposed') calls.push(call('setMatchStatus', { id, status }))
      return calls
    }),
    ...PROJECTS.map(({ match, title }, index) =>
      call('makeProjectFromMatch', { matchId: match, projectId: `project-${index + 1}`, title }),
    ),
  ]
}

export const RUDERSDAL: ScenarioWorkshop = {
  key: 'rudersdal-initiatek',
  args: {
    title: 'Initiatek Rudersdal: behov- og tilbudsmarked',
    place: 'Rudersdal',
    facilitator: 'Jobcenter Rudersdal',
    language: 'da',
    template: 'needs-offers',
  },
  commands,
}
