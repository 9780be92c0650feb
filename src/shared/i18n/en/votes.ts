// English texts for dot voting that the panel, the projector and the report share (issue 10): one wording
// for ties, the role's dots and people, and the budget while recording. Mirrored by votesDa.ts.
export const votesEn = {
  tie: 'Tie',
  nearTie: 'Near tie',
  roleDots: {
    citizen: 'citizen dots',
    politician: 'politician dots',
    staff: 'staff dots',
    other: 'dots from others',
  },
  rolePeople: {
    citizen_one: 'citizen',
    citizen_other: 'citizens',
    politician_one: 'politician',
    politician_other: 'politicians',
    staff_one: 'staff member',
    staff_other: 'staff',
    other_one: 'other participant',
    other_other: 'other participants',
  },
  /** While recording paper dots: what is typed in the form against what the role may place. */
  budget: '{{used}} of {{max}} {{roleDots}}',
  budgetOver: '{{used}} of {{max}} {{roleDots}}: {{over}} too many',
  budgetPeople: '{{people}} {{rolePeople}} × {{dots}} dots, at most {{perItem}} on one item',
  noPeople: 'There are no {{rolePeople}} among the participants yet. Add them under Setup first.',
  itemOver: 'At most {{max}} on one item',
  alreadyRecorded: '{{roleDots}} are already recorded ({{count}} in all). Recording again replaces them.',
  correct: 'Correct paper dots for {{role}}',
  corrected: '{{roleDots}} corrected: {{before}} → {{after}}.',
  recordedPaper: '{{count}} {{roleDots}} recorded.',
  rolesPlural: { citizen: 'Citizens', politician: 'Politicians', staff: 'Staff', other: 'Others' },
  /** Above the revealed results on the projector. */
  roundSummary_one: '{{voters}} took part · {{count}} dot',
  roundSummary_other: '{{voters}} took part · {{count}} dots',
  splitByRole: 'Dots by role',
  /** Setup: renaming and removing people. */
  people: {
    edit: 'Rename or remove participants ({{count}})',
    list: 'All participants',
    nameOf: 'Name of {{label}}',
    remove: 'Remove {{label}}',
    askTitle: 'Remove {{label}}?',
    ask_one: '{{label}} has placed {{count}} dot. What should happen to it?',
    ask_other: '{{label}} has placed {{count}} dots. What should happen to them?',
    keep: 'Keep them as {{roleDots}} on paper',
    drop: 'Remove the dots too',
    cancel: 'Keep {{label}}',
    removed: '{{label}} was removed. Undo brings them back.',
  },
  voters_one: '{{count}} took part',
  voters_other: '{{count}} took part',
}
