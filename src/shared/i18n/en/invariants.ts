// English texts for an import refused because it breaks a rule the app keeps (src/shared/invariants): each
// names the record. Mirrored by da/invariants.ts.
export const invariantsEn = {
  rules: {
    'too-many-dots':
      'In the voting round “{{round}}”, {{participant}} has {{count}} dots, but each participant has at most {{max}}.',
    'too-many-on-item':
      'In the voting round “{{round}}”, {{participant}} put {{count}} dots on “{{item}}”, but at most {{max}} may go on one item.',
    'role-too-many-on-item':
      'In the voting round “{{round}}”, the {{roleDots}} on “{{item}}” number {{count}}, but {{people}} {{rolePeople}} may place at most {{max}} there.',
    'role-over-budget':
      'In the voting round “{{round}}”, there are {{count}} {{roleDots}}, but {{people}} {{rolePeople}} with {{dots}} dots each have at most {{max}}.',
    'role-has-no-people':
      'In the voting round “{{round}}”, there are {{count}} {{roleDots}}, but no participant has that role.',
    'unknown-participant':
      'In the voting round “{{round}}”, dots belong to the participant “{{participant}}”, who is not in the file.',
    'project-status':
      'The action project “{{project}}” has the status “{{status}}”, but its newest follow-up says “{{latest}}”.',
    'unknown-strategy-area':
      'The action project “{{project}}” is in the strategy area “{{area}}”, which is not on the workshop’s list of strategy areas.',
    'untidy-theme-name': 'The theme “{{name}}” has spaces at the start or end of its name, or two in a row.',
  },
  nothingWritten: 'Handlekraft itself never writes this, so the file was refused. Nothing was written.',
}
