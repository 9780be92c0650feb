// The workshop screen's frame (issue 10): the one-row top bar, its File menu, the board tools' More menu, the
// quiet "Saved" indicator with the file's place, and where a new workshop is kept.
export const stageEn = {
  fileMenu: 'File',
  fileMenuLabel: 'File: save a copy, export',
  moreTools: 'More',
  moreToolsLabel: 'More board tools',
  notePickers: 'Note',
  notePickersLabel: 'Kind, category and colour of the selected notes',
  saving: 'Saving…',
  saved: 'Saved',
  savedIn: 'Saved in {{path}}',
  savingIn: 'Saving to {{path}}',
  fileLocation: 'Where this workshop is saved',
  copyPath: 'Copy path',
  pathCopied: 'Path copied.',
  copyFailed: 'Could not copy; select the path and copy it by hand.',
  newFolder: 'Saved in folder',
  changePlace: 'Change where it is saved…',
  newPathHint: 'The workshop is one file. It is created here and saved after every change.',
  /** The Method tabs' visible labels; the accessible name stays the full one (method.tabs). */
  methodTab: {
    setup: 'Setup',
    agenda: 'Agenda',
    themes: 'Themes',
    voting: 'Voting',
    projects: 'Projects',
    sharing: 'Sharing',
  },
  /** The Projector panel's fold for the address a browser opened by hand uses (browser shell). */
  projectorElsewhere: 'Projector address for another browser…',
}
