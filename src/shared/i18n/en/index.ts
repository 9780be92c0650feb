// English texts. The Danish catalog (da.ts) has exactly the same keys; a unit test keeps them in step.
// Messages are written for a facilitator in a village hall, not for a programmer: say what happened and
// what to do next, never an internal word like "SQLite" unless it helps the person act.
import { methodEn } from './method'
import { boardMethodEn } from './boardMethod'
import { exchangeEn } from './exchange'
import { presentEn } from './present'
import { reportEn } from './report'
import { votesEn } from './votes'
import { stageEn } from './stage'
import { phoneEn } from './phone'
import { roomEn } from './room'
import { sharingEn } from './sharing'
import { overviewEn } from './overview'
import { readOnlyEn } from './readOnly'
import { projectOwnerEn } from './projectOwner'
import { datesEn } from './dates'
import { invariantsEn } from './invariants'
export const en = {
  app: {
    name: 'Handlekraft',
    languageSwitch: 'Language',
  },
  languages: {
    da: 'Dansk',
    en: 'English',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
  },
  start: {
    tagline: 'Strengths, ideas and action projects for your workshop.',
    newWorkshop: 'New workshop',
    open: 'Open…',
    openDemo: 'Open demo workshop',
    recent: 'Recent',
    recentEmpty: 'Workshops you open will be listed here.',
    missing: 'File not found',
    openByPath: 'Open a workshop file',
    pathLabel: 'Path to workshop file',
    openButton: 'Open',
    busy: 'Working…',
  },
  newWorkshop: {
    heading: 'New workshop',
    title: 'Title',
    titleRequired: 'Give the workshop a title.',
    place: 'Place (optional)',
    facilitator: 'Facilitator (optional)',
    template: 'Template',
    language: 'Language of the workshop',
    create: 'Create',
  },
  templates: {
    blank: 'Blank',
    'strengths-map': 'Strengths map',
    'action-projects': '100-day action projects',
    'symbiosis-map': 'Symbiosis map',
    'needs-offers': 'Needs and offers market',
  },
  workshop: {
    toolbar: 'Workshop tools',
    close: 'Close workshop',
    saveCopy: 'Save a copy…',
    saveCopyPath: 'Path for the copy',
    saveCopyButton: 'Save copy',
    copySaved: 'A copy was saved to {{path}}',
    readOnlyBanner:
      'Read-only: you may not change this file. You can look at it, present it and export it. To edit, use “Save a copy…”: the copy opens for editing.',
    sideFileMovedAside:
      'The side file {{file}} beside this workshop belonged to another database, so it was moved aside to {{movedTo}}. The workshop itself is complete.',
    undo: 'Undo',
    redo: 'Redo',
    board: 'Board',
    boardEmpty: 'The board is empty. Notes and areas will appear here.',
    closedElsewhere: 'This workshop was closed.',
  },
  board: {
    tools: 'Board tools',
    newNote: 'New note',
    newArea: 'New area',
    newAreaTitle: 'New area',
    connect: 'Connect selected',
    tidy: 'Tidy up',
    duplicate: 'Duplicate',
    delete: 'Delete',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Show everything',
    actualSize: 'Actual size (100 %)',
    zoomToSelection: 'Zoom to selection',
    zoomLevel: 'Zoom level',
    find: 'Find',
    highContrast: 'High contrast',
    showRoles: 'Show roles',
    kind: 'Kind',
    category: 'Category',
    noCategory: 'No category',
    colour: 'Colour',
    mixed: '—',
    noteText: 'Note text',
    areaTitle: 'Area title',
    lineLabel: 'Line label',
    notes: 'Notes',
    areas: 'Areas',
    lines: 'Lines',
    emptyNote: '(empty note)',
    untitledArea: '(untitled area)',
    lineName: '{{from}} to {{to}}',
    legend: 'Legend',
    findNotes: 'Find notes',
    findField: 'Find text',
    findNext: 'Next match',
    findPrevious: 'Previous match',
    findClose: 'Close find',
    findCount: '{{current}} of {{count}}',
    findNone: 'No matches',
    selectedCount: '{{count}} selected',
    kinds: { strength: 'Strength', idea: 'Idea', other: 'Other', need: 'Need', offer: 'Offer' },
    colours: { yellow: 'Yellow', blue: 'Blue', grey: 'Grey', green: 'Green', pink: 'Pink', orange: 'Orange' },
    help: 'Double-click or press N for a new note. Drag to move, Shift-click to add to the selection. Space-drag or middle button pans, Ctrl+wheel zooms.',
  },
  categories: {
    people: 'People',
    associations: 'Associations',
    institutions: 'Institutions',
    places: 'Places',
    economy: 'Economy',
    culture: 'Culture',
  },
  roles: {
    citizen: 'Citizen',
    politician: 'Politician',
    staff: 'Staff',
    other: 'Other',
  },
  zones: {
    ideas: 'Ideas',
    projects: 'Action projects',
  },
  recordKinds: {
    workshop: 'workshop',
    participant: 'participant',
    session: 'session',
    category: 'category',
    theme: 'theme',
    note: 'note',
    zone: 'area',
    connector: 'line',
    votingRound: 'voting round',
    vote: 'vote',
    project: 'action project',
    phase: 'agenda phase',
    projectUpdate: 'project update',
    actor: 'actor',
    match: 'match',
    liveState: 'state of the room',
    presentation: 'projector view',
  },
  errors: {
    'invalid-input': 'Something in the request was not filled in correctly. Check the fields and try again.',
    'unknown-method': 'This version of Handlekraft does not know that action. Restart Handlekraft and try again.',
    'not-found': 'The workshop file could not be found. It may have been moved, renamed or deleted.',
    'is-directory': 'That is a folder, not a workshop file. Choose the workshop file inside it.',
    'empty-file': 'The file is empty (0 bytes), so there is no workshop in it.',
    'not-sqlite': 'This file is not a Handlekraft workshop.',
    'foreign-file': 'This file belongs to another program, not Handlekraft. It was left untouched.',
    corrupt: 'The workshop file is damaged and cannot be opened. It was left untouched. Try a copy or a backup of it.',
    'newer-version':
      'This workshop was made with a newer version of Handlekraft (file version {{found}}, this app reads up to {{supported}}). Update Handlekraft to open it.',
    'network-share':
      'This workshop is on a network drive ({{share}}). A network drive can damage a workshop file, so Handlekraft only opens workshops stored on this computer. Copy the file to this computer, for example to Documents, and open the copy.',
    'already-open': 'The workshop is already open in another window or program. Close it there first.',
    'read-only': 'Handlekraft is not allowed to change this file or folder. Choose a place where you can save.',
    'no-space': 'The disk is full. Free some space and try again; nothing was lost.',
    'file-exists': 'A file with that name already exists. Choose another name.',
    'not-open': 'This workshop is no longer open. Open it again from the start screen.',
    'command-rejected': 'That change could not be made.',
    'nothing-to-undo': 'There is nothing to undo or redo.',
    unauthorized: 'This window has lost its connection to Handlekraft. Start Handlekraft again.',
    forbidden: 'This window is not allowed to do that.',
    'too-large': 'That is too much at once. Try with less.',
    'bad-import': 'This file cannot be imported. Nothing was written.',
    internal: 'Something went wrong inside Handlekraft. Try again; if it keeps happening, restart Handlekraft.',
    'no-browser':
      'No Chromium or Chrome was found to make the PDF or picture. Install Chromium, or set CHROME_PATH to a Chrome-like browser.',
    'folder-not-found': 'The folder does not exist. Choose another folder.',
    'not-a-file':
      'This is not an ordinary file (it is a pipe, a device or a socket), so Handlekraft does not read it. Choose the workshop file itself.',
    'not-readable': 'Handlekraft is not allowed to read this file. Ask its owner to share it with you, or use a copy.',
    'workshop-too-large':
      'This file is {{size}} MB, far larger than any workshop (at most {{limit}} MB), so Handlekraft does not read it. It was left untouched.',
  },
  /** Used when an error arrives without the details its full message needs. */
  errorsWithoutDetails: {
    'network-share':
      'This workshop is on a network drive. A network drive can damage a workshop file, so Handlekraft only opens workshops stored on this computer. Copy the file to this computer, for example to Documents, and open the copy.',
    'newer-version': 'This workshop was made with a newer version of Handlekraft. Update Handlekraft to open it.',
    'workshop-too-large':
      'This file is far larger than any workshop, so Handlekraft does not read it. It was left untouched.',
  },
  errorFile: 'File: {{file}}',
  errorFolder: 'Folder: {{file}}',
  commandRejected: {
    'unknown-strategy-area':
      '“{{area}}” is not one of this workshop’s strategy areas. Add it under Setup first. Nothing was saved.',
    'strategy-area-in-use':
      'The strategy area “{{area}}” is still used by the action project “{{project}}”. Take it off the project first. Nothing was saved.',
    'progress-out-of-range':
      'Progress is a whole number from 0 to 100 %, not “{{progress}}”. Nothing was saved.',
    'status-follows-follow-up':
      'The status follows the project’s newest follow-up. To change it, record a follow-up for this session.',
    'role-over-budget':
      'Too many {{roleDots}}: {{count}}, but {{people}} {{rolePeople}} with {{dots}} dots each have at most {{max}}. Nothing was saved.',
    'role-too-many-on-item':
      'Too many {{roleDots}} on one item: {{count}}, but {{people}} {{rolePeople}} with at most {{perItem}} each have at most {{max}}. Nothing was saved.',
    'role-has-no-people':
      'There are no {{rolePeople}} among the participants, so no {{roleDots}} can be recorded. Add them under Setup first.',
    'unknown-participant': 'The dots belong to a participant who does not exist. Nothing was saved.',
    'participant-needed-for-item-dots':
      'The participant cannot be removed: one item would then have {{count}} {{roleDots}} where {{people}} {{rolePeople}} may place at most {{max}}. Correct the paper dots first, or remove this person’s dots too.',
    'participant-needed-for-dots':
      'The participant cannot be removed: a round would then have {{count}} {{roleDots}} where {{people}} {{rolePeople}} have at most {{max}}. Correct the paper dots first, or remove this person’s dots too.',
    'nothing-to-add': 'There was nothing to add.',
    'theme-was-voted-on': 'This theme has dots in a voting round, so it stays. Rename it instead.',
    'unknown-record':
      'The {{what}} this change refers to no longer exists. It may have been deleted in another window.',
    'missing-position': 'A new note needs a place on the board. Nothing was added.',
    'duplicate-id': 'This was already added. Nothing was changed.',
    'too-many-dots': 'Each participant has at most {{max}} dots in this round.',
    'too-many-on-item': 'At most {{max}} dots may go on one item in this round.',
    'round-closed': 'This voting round is closed. Open it again to add dots.',
    'not-an-option': 'That item is not part of this voting round.',
    'vote-needs-role': 'Choose a role (citizen, politician, staff) for these dots.',
    'connector-to-itself': 'A line must connect two different things.',
    'workshop-exists': 'This file already holds a workshop.',
    'not-an-offer': 'Only an offer can be matched with a need.',
    'not-a-need': 'An offer can only be matched with a need.',
    'match-exists': 'This offer and this need are already matched.',
    'match-not-agreed': 'Agree on the match first; then it can become an action project.',
    'match-has-project': 'This match has already become an action project.',
  },
  commandRejectedWithoutDetails: {
    'unknown-strategy-area': 'That is not one of this workshop’s strategy areas. Add it under Setup first. Nothing was saved.',
    'strategy-area-in-use': 'An action project still uses that strategy area. Take it off the project first. Nothing was saved.',
    'progress-out-of-range': 'Progress is a whole number from 0 to 100 %. Nothing was saved.',
    'role-over-budget': 'This role has no dots left in the round. Nothing was saved.',
    'role-too-many-on-item': 'There are too many dots from this role on one item. Nothing was saved.',
    'participant-needed-for-dots':
      'The participant cannot be removed without the role having more dots than it may. Correct the paper dots first.',
    'unknown-record': 'Something this change refers to no longer exists. It may have been deleted in another window.',
    'too-many-dots': 'This participant has no dots left in this round.',
    'too-many-on-item': 'This item has as many dots from this participant as the round allows.',
  },
  method: methodEn,
  boardMethod: boardMethodEn,
  exchange: exchangeEn,
  present: presentEn,
  report: reportEn,
  votes: votesEn,
  stage: stageEn,
  phone: phoneEn,
  room: roomEn,
  sharing: sharingEn,
  overview: overviewEn,
  readOnly: readOnlyEn,
  projectOwner: projectOwnerEn,
  dates: datesEn,
  invariants: invariantsEn,
}
