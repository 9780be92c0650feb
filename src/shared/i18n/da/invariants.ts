// Danske tekster til en import, der blev afvist, fordi den bryder en regel, appen holder (src/shared/invariants):
// hver nævner posten. Spejler en/invariants.ts.
import type { invariantsEn } from '../en/invariants'

export const invariantsDa: typeof invariantsEn = {
  rules: {
    'too-many-dots':
      'I afstemningsrunden “{{round}}” har {{participant}} {{count}} prikker, men hver deltager har højst {{max}}.',
    'too-many-on-item':
      'I afstemningsrunden “{{round}}” har {{participant}} sat {{count}} prikker på “{{item}}”, men der må højst sættes {{max}} på ét punkt.',
    'role-too-many-on-item':
      'I afstemningsrunden “{{round}}” er der {{count}} {{roleDots}} på “{{item}}”, men {{people}} {{rolePeople}} kan højst sætte {{max}} der.',
    'role-over-budget':
      'I afstemningsrunden “{{round}}” er der {{count}} {{roleDots}}, men {{people}} {{rolePeople}} med {{dots}} prikker hver har højst {{max}}.',
    'role-has-no-people':
      'I afstemningsrunden “{{round}}” er der {{count}} {{roleDots}}, men ingen deltager har den rolle.',
    'unknown-participant':
      'I afstemningsrunden “{{round}}” hører prikker til deltageren “{{participant}}”, som ikke er i filen.',
    'project-status':
      'Handleprojektet “{{project}}” har status “{{status}}”, men dets nyeste opfølgning siger “{{latest}}”.',
    'unknown-strategy-area':
      'Handleprojektet “{{project}}” hører til strategiområdet “{{area}}”, som ikke er på workshoppens liste over strategiområder.',
    'untidy-theme-name': 'Temaet “{{name}}” har mellemrum først eller sidst i navnet eller to i træk.',
  },
  nothingWritten: 'Sådan skriver Handlekraft aldrig selv, så filen blev afvist. Intet blev skrevet.',
}
