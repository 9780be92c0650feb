// Workshopskærmens ramme (issue 10): den ene topbjælke, Fil-menuen, tavleværktøjernes Mere-menu, den stille
// "Gemt"-visning med filens placering, og hvor en ny workshop gemmes.
import type { stageEn } from '../en/stage'

export const stageDa: typeof stageEn = {
  fileMenu: 'Fil',
  fileMenuLabel: 'Fil: gem en kopi, eksportér',
  moreTools: 'Mere',
  moreToolsLabel: 'Flere tavleværktøjer',
  notePickers: 'Seddel',
  notePickersLabel: 'Type, kategori og farve på de valgte sedler',
  saving: 'Gemmer…',
  saved: 'Gemt',
  savedIn: 'Gemt i {{path}}',
  savingIn: 'Gemmer i {{path}}',
  fileLocation: 'Hvor workshoppen er gemt',
  copyPath: 'Kopiér sti',
  pathCopied: 'Stien er kopieret.',
  copyFailed: 'Kunne ikke kopiere; markér stien, og kopiér den selv.',
  newFolder: 'Gemmes i mappen',
  changePlace: 'Skift hvor den gemmes…',
  newPathHint: 'Workshoppen er én fil. Den oprettes her og gemmes efter hver ændring.',
  methodTab: {
    setup: 'Opsætning',
    agenda: 'Dagsorden',
    themes: 'Temaer',
    voting: 'Afstemning',
    projects: 'Projekter',
    sharing: 'Deling',
  },
  projectorElsewhere: 'Projektoradresse til en anden browser…',
}
