// Kalundborg's scenario (issue 15): a "local symbiosis" workshop on the Symbiosis map template. Public
// institutions, schools, firms, associations, citizen groups and the municipality share premises, people,
// knowledge, by-products, energy and water; three actors share nothing yet (the opportunities the workshop
// looks for). Built with the commands the Sharing tab sends. The town is real; every actor and link is invented.
import type { CommandArgs, CommandCall, CommandName } from '@shared/commands'
import { ACTOR_SIZE } from '@shared/model/defaults'
import type { WorkshopDoc } from '@shared/model/document'
import type { ActorType, FlowDirection, FlowType, Role } from '@shared/model/records'
import { innerArea } from '../layout'
import type { ScenarioWorkshop } from './scenarioWorkshop'

function call<N extends CommandName>(name: N, args: CommandArgs<N>): CommandCall {
  return { name, args } as CommandCall
}

const ACTORS: { id: string; name: string; type: ActorType; contact?: string }[] = [
  { id: 'a-bibliotek', name: 'Biblioteket i Kalundborg', type: 'institution', contact: 'Leder: Birgit Holm' },
  { id: 'a-plejecenter', name: 'Plejecenter Fjordglimt', type: 'institution' },
  { id: 'a-museum', name: 'Egnsmuseet', type: 'institution' },
  { id: 'a-gymnasium', name: 'Kalundborg Gymnasium', type: 'education' },
  { id: 'a-erhvervsskole', name: 'Erhvervsskolen, procesoperatør', type: 'education', contact: 'praktik@erhvervsskolen.example' },
  { id: 'a-skole', name: 'Skolen ved Fjorden', type: 'education' },
  { id: 'a-bioraffinaderi', name: 'Fjordens Bioraffinaderi', type: 'firm', contact: 'Miljøchef Anders Lund' },
  { id: 'a-kraftvarme', name: 'Havnens Kraftvarme', type: 'firm' },
  { id: 'a-gipsfabrik', name: 'Gipspladefabrikken', type: 'firm' },
  { id: 'a-tomrer', name: 'Tømrer Jensen ApS', type: 'firm' },
  { id: 'a-roklub', name: 'Kalundborg Roklub', type: 'association' },
  { id: 'a-idraet', name: 'Idrætsforeningen Nord', type: 'association' },
  { id: 'a-spejder', name: 'Spejdergruppen Fjorden', type: 'association' },
  { id: 'a-repair', name: 'Repair Café Kalundborg', type: 'citizen-group', contact: 'Hver anden lørdag' },
  { id: 'a-faelleshave', name: 'Fælleshaven i Nyvangen', type: 'citizen-group' },
  { id: 'a-naboer', name: 'Nabonetværket Ulshøj', type: 'citizen-group' },
  { id: 'a-kommune', name: 'Kalundborg Kommune, Teknik og Miljø', type: 'authority' },
  { id: 'a-forsyning', name: 'Forsyningen (vand og varme)', type: 'authority' },
  { id: 'a-jobcenter', name: 'Jobcenter Kalundborg', type: 'authority' },
  { id: 'a-menighed', name: 'Sognets menighedsråd', type: 'other' },
  { id: 'a-lokalradio', name: 'Lokalradio Vestsjælland', type: 'other' },
]

/** The three actors with no link: Egnsmuseet, Spejdergruppen Fjorden and Lokalradio Vestsjælland. */
const LINKS: [from: string, to: string, flow: FlowType, label: string, direction?: FlowDirection][] = [
  ['a-kraftvarme', 'a-bioraffinaderi', 'energy', 'damp til processen'],
  ['a-kraftvarme', 'a-gipsfabrik', 'materials', 'gips fra røggasrensningen'],
  ['a-bioraffinaderi', 'a-forsyning', 'energy', 'overskudsvarme til fjernvarmen'],
  ['a-forsyning', 'a-bioraffinaderi', 'energy', 'renset overfladevand'],
  ['a-bioraffinaderi', 'a-faelleshave', 'materials', 'restbiomasse til jordforbedring'],
  ['a-erhvervsskole', 'a-bioraffinaderi', 'knowledge', 'praktik og undervisning', 'both'],
  ['a-erhvervsskole', 'a-kraftvarme', 'labour', 'elever i praktik'],
  ['a-gymnasium', 'a-bibliotek', 'premises', 'læsesal og foredragssal', 'both'],
  ['a-bibliotek', 'a-repair', 'premises', 'lokale hver anden lørdag'],
  ['a-tomrer', 'a-repair', 'knowledge', 'frivillig værkstedshjælp'],
  ['a-tomrer', 'a-faelleshave', 'materials', 'resttræ til højbede'],
  ['a-gipsfabrik', 'a-tomrer', 'materials', 'fejlsorterede plader'],
  ['a-roklub', 'a-idraet', 'equipment', 'deler trailer og følgebåd', 'both'],
  ['a-skole', 'a-idraet', 'premises', 'gymnastiksalen om aftenen'],
  ['a-kommune', 'a-roklub', 'money', 'tilskud til ny bådebro'],
  ['a-kommune', 'a-naboer', 'money', 'puljemidler til nabofester'],
  ['a-naboer', 'a-plejecenter', 'labour', 'besøgsvenner'],
  ['a-gymnasium', 'a-plejecenter', 'labour', 'elever som it-hjælpere'],
  ['a-jobcenter', 'a-tomrer', 'labour', 'virksomhedspraktik'],
  ['a-jobcenter', 'a-erhvervsskole', 'knowledge', 'opkvalificeringsforløb', 'both'],
  ['a-forsyning', 'a-skole', 'knowledge', 'undervisning om vandets kredsløb'],
  ['a-menighed', 'a-naboer', 'premises', 'sognegården til nabomøder'],
  ['a-kraftvarme', 'a-roklub', 'money', 'sponsorat'],
  ['a-skole', 'a-faelleshave', 'labour', 'skolehaveelever'],
  ['a-repair', 'a-plejecenter', 'other', 'reparerer kørestole og rollatorer'],
]

const PEOPLE: { id: string; name: string | null; role: Role }[] = [
  ...['Birgit Holm', 'Anders Lund', 'Sofie Kragh', 'Henrik Bæk', 'Lene Juhl', 'Kim Vestergaard', 'Marianne Friis', 'Jakob Nørgaard'].map(
    (name, index) => ({ id: `p${String(index + 1).padStart(2, '0')}`, name, role: 'citizen' as const }),
  ),
  ...Array.from({ length: 14 }, (_, index) => ({ id: `p${index + 9}`, name: null, role: 'citizen' as const })),
  { id: 'p23', name: 'Rådmand Ulla Berg', role: 'politician' },
  { id: 'p24', name: null, role: 'politician' },
  { id: 'p25', name: 'Erhvervskonsulent Per Dahl', role: 'staff' },
  ...Array.from({ length: 5 }, (_, index) => ({ id: `p${index + 26}`, name: null, role: 'staff' as const })),
]

/** Up to six actor cards in a zone: three across, two down, under the zone's title. */
function actorSlot(doc: WorkshopDoc, type: ActorType, index: number): { x: number; y: number } {
  const zone = doc.zone[`zone-actors-${type}`] ?? { x: 0, y: 2000, width: 900, height: 640 }
  const area = innerArea(zone)
  const columns = Math.max(1, Math.floor(area.width / (ACTOR_SIZE.width + 40)))
  return {
    x: area.x + (index % columns) * (ACTOR_SIZE.width + 60),
    y: area.y + Math.floor(index / columns) * (ACTOR_SIZE.height + 120),
  }
}

function commands(doc: WorkshopDoc): CommandCall[] {
  const perType = new Map<ActorType, number>()
  const actors = ACTORS.map((actor) => {
    const index = perType.get(actor.type) ?? 0
    perType.set(actor.type, index + 1)
    return { ...actor, contact: actor.contact ?? '', ...actorSlot(doc, actor.type, index) }
  })
  return [
    call('addSession', { id: 'session-map', title: 'Symbiosekortet', date: '2026-09-15' }),
    call('addParticipants', { participants: PEOPLE }),
    call('addActors', { actors }),
    ...LINKS.map(([fromId, toId, flow, label, direction], index) =>
      call('addConnector', { id: `link-${index + 1}`, fromId, toId, flow, label, direction: direction ?? 'gives' }),
    ),
  ]
}

export const KALUNDBORG: ScenarioWorkshop = {
  key: 'kalundborg-symbiose',
  args: {
    title: 'Lokal symbiose i Kalundborg',
    place: 'Kalundborg',
    facilitator: 'Erhvervs- og udviklingsafdelingen',
    language: 'da',
    template: 'symbiosis-map',
  },
  commands,
}
