// The shape of the demo workshop, the same in every language: who is in the room, which strengths and ideas
// exist (by key), how they link, who owns which project and how each role tends to vote. The words live in
// content/da.ts and content/en.ts, keyed by the names declared here.
import type { ProjectStatus, Role } from '@shared/model/records'

/** A village of about 2,000 people meets five times over four months (DOMAIN.md). */
export const SESSIONS = [
  { key: 'kickoff', date: '2025-09-09' },
  { key: 'dreams', date: '2025-09-23' },
  { key: 'priorities', date: '2025-09-30' },
  { key: 'day50', date: '2025-11-19' },
  { key: 'day100', date: '2026-01-08' },
] as const
export type SessionKey = (typeof SESSIONS)[number]['key']

/** People with a name on the participant list; the rest of the room stays anonymous, as on paper. */
export const NAMED_PARTICIPANTS = {
  mette: { name: 'Mette Kjær', role: 'citizen' },
  ole: { name: 'Ole Bach', role: 'citizen' },
  jens: { name: 'Jens Mortensen', role: 'citizen' },
  karen: { name: 'Karen Vestergaard', role: 'citizen' },
  rasmus: { name: 'Rasmus Dahl', role: 'citizen' },
  fatima: { name: 'Fatima Haddad', role: 'citizen' },
  sofie: { name: 'Sofie Lund', role: 'citizen' },
  peter: { name: 'Peter Skov', role: 'citizen' },
  line: { name: 'Line Nørgaard', role: 'citizen' },
  henrik: { name: 'Henrik Juhl', role: 'politician' },
  birgitte: { name: 'Birgitte Thomsen', role: 'politician' },
  camilla: { name: 'Camilla Frost', role: 'staff' },
  thomas: { name: 'Thomas Bjerre', role: 'staff' },
} as const satisfies Record<string, { name: string; role: Role }>
export type ParticipantKey = keyof typeof NAMED_PARTICIPANTS

/** The roles in the demo's room (nobody is "other"). */
export type RoomRole = Exclude<Role, 'other'>

/** 35 citizens, 5 politicians and 10 staff, named ones included. */
export const ROOM: Record<RoomRole, number> = { citizen: 35, politician: 5, staff: 10 }

/** Ten strengths per asset category; the keys let connectors and projects point at them. */
export const STRENGTH_KEYS = {
  people: [
    'seamstress',
    'carpenter',
    'youngParents',
    'drivers',
    'historian',
    'newcomerSkills',
    'festivalCrew',
    'neighbourHelp',
    'scoutLeaders',
    'seniors',
  ],
  associations: [
    'sportsClub',
    'scouts',
    'citizensAssociation',
    'archive',
    'choir',
    'huntingClub',
    'knittingClub',
    'runningClub',
    'homeowners',
    'esports',
  ],
  institutions: [
    'school',
    'kindergarten',
    'library',
    'careHome',
    'coordinator',
    'afterSchool',
    'youthClub',
    'healthVisitor',
    'dentalBus',
    'localForum',
  ],
  places: [
    'villageHall',
    'forest',
    'pond',
    'station',
    'sportsHall',
    'cyclePath',
    'churchyard',
    'meadow',
    'playground',
    'mill',
  ],
  economy: [
    'shop',
    'baker',
    'farmShop',
    'machineStation',
    'carpentryFirm',
    'pizzeria',
    'carShare',
    'waterworks',
    'coworking',
    'busCompany',
  ],
  culture: [
    'villageFestival',
    'amateurTheatre',
    'communitySinging',
    'stories',
    'christmasLights',
    'artShow',
    'shrovetide',
    'fleaMarket',
    'midsummer',
    'bookCafe',
  ],
} as const
export type CategoryKey = keyof typeof STRENGTH_KEYS
export type StrengthKey = (typeof STRENGTH_KEYS)[CategoryKey][number]

/** Assets that support each other; the label key picks the words in the content file. */
export const CONNECTORS = [
  { from: 'citizensAssociation', to: 'villageHall', label: 'runs' },
  { from: 'scouts', to: 'forest', label: 'uses' },
  { from: 'sportsClub', to: 'school', label: 'sharesRooms' },
  { from: 'archive', to: 'library', label: 'sharesRooms' },
  { from: 'historian', to: 'archive', label: 'volunteers' },
  { from: 'machineStation', to: 'villageFestival', label: 'lendsEquipment' },
  { from: 'baker', to: 'villageFestival', label: 'sponsors' },
  { from: 'drivers', to: 'careHome', label: 'drives' },
  { from: 'kindergarten', to: 'careHome', label: 'singsWith' },
  { from: 'festivalCrew', to: 'villageFestival', label: 'organises' },
] as const satisfies readonly { from: StrengthKey; to: StrengthKey; label: string }[]
export type ConnectorLabelKey = (typeof CONNECTORS)[number]['label']

export const THEME_KEYS = ['traffic', 'children', 'neighbours', 'leisure', 'newcomers', 'history'] as const
export type ThemeKey = (typeof THEME_KEYS)[number]

/**
 * How strongly each role leans towards each theme when placing dots (relative weights, not counts):
 * politicians care about traffic and newcomers, staff about children's life, citizens a bit of everything.
 */
export const VOTE_LEANING: Record<RoomRole, Record<ThemeKey, number>> = {
  citizen: { traffic: 5, children: 4, neighbours: 4, leisure: 3, newcomers: 2, history: 3 },
  politician: { traffic: 5, children: 2, neighbours: 2, leisure: 1, newcomers: 5, history: 1 },
  staff: { traffic: 2, children: 5, neighbours: 3, leisure: 2, newcomers: 3, history: 1 },
}
export const DOTS_PER_PARTICIPANT = 4
export const MAX_DOTS_PER_THEME = 2
export const DEMO_SEED = 2000

export interface ProjectPlan {
  theme: ThemeKey
  owner: ParticipantKey
  /** Named members; `anonymousMembers` more are taken from the unnamed people of the given roles. */
  members: ParticipantKey[]
  anonymousMembers: { role: RoomRole; count: number }[]
  strengths: StrengthKey[]
  /** Positions in the theme's idea list in the content files. */
  ideas: number[]
  status: ProjectStatus
}

export const PROJECTS: readonly ProjectPlan[] = [
  {
    theme: 'traffic',
    owner: 'mette',
    members: ['peter', 'henrik', 'thomas'],
    anonymousMembers: [{ role: 'citizen', count: 3 }],
    strengths: ['school', 'machineStation', 'localForum'],
    ideas: [0, 1, 9, 11],
    status: 'running',
  },
  {
    theme: 'children',
    owner: 'ole',
    members: ['sofie', 'camilla'],
    anonymousMembers: [
      { role: 'citizen', count: 3 },
      { role: 'staff', count: 1 },
    ],
    strengths: ['forest', 'scouts', 'carpenter', 'carpentryFirm'],
    ideas: [0, 3, 7],
    status: 'running',
  },
  {
    theme: 'neighbours',
    owner: 'karen',
    members: ['line', 'birgitte'],
    anonymousMembers: [{ role: 'citizen', count: 4 }],
    strengths: ['villageHall', 'baker', 'farmShop', 'citizensAssociation'],
    ideas: [0, 10, 12],
    status: 'done',
  },
  {
    theme: 'leisure',
    owner: 'rasmus',
    members: ['peter'],
    anonymousMembers: [
      { role: 'citizen', count: 2 },
      { role: 'staff', count: 1 },
    ],
    strengths: ['runningClub', 'waterworks', 'forest'],
    ideas: [0, 5],
    status: 'paused',
  },
  {
    theme: 'newcomers',
    owner: 'fatima',
    members: ['line', 'henrik', 'camilla'],
    anonymousMembers: [{ role: 'citizen', count: 2 }],
    strengths: ['newcomerSkills', 'shop', 'coordinator'],
    ideas: [0, 1, 11],
    status: 'running',
  },
  {
    theme: 'history',
    owner: 'jens',
    members: ['sofie', 'thomas'],
    anonymousMembers: [
      { role: 'citizen', count: 2 },
      { role: 'politician', count: 1 },
    ],
    strengths: ['archive', 'historian', 'school', 'stories'],
    ideas: [0, 1, 3],
    status: 'idea',
  },
]
