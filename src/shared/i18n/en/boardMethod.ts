// English texts of the method on the board: themes drawn around their notes, stacks of duplicates, the
// legend's highlight, action-project cards. Spread into en.ts as `boardMethod`; boardMethodDa.ts mirrors it.
// Theme and project names, statuses and "Unnamed theme 3" come from the Method panel's texts (`method`),
// so the board and the panel call things the same.
export const boardMethodEn = {
  makeTheme: 'Make theme',
  ungroup: 'Ungroup theme',
  stack: 'Stack',
  unstack: 'Unstack',
  themeName: 'Theme name',
  themes: 'Themes on the board',
  projects: 'Projects on the board',
  themeItem_one: '{{name}} ({{count}} note)',
  themeItem_other: '{{name}} ({{count}} notes)',
  themeItemDots_one: '{{name}} ({{count}} note, {{dots}} dots)',
  themeItemDots_other: '{{name}} ({{count}} notes, {{dots}} dots)',
  inTheme: 'theme {{name}}',
  stackOf: 'stack of {{count}}',
  dots_one: '{{count}} dot',
  dots_other: '{{count}} dots',
  stackBadge: '×{{count}}',
  owner: 'Owner: {{name}}',
  noOwner: 'No owner yet',
  projectItem: '{{title}}: {{status}}, {{owner}}, {{filled}} of {{all}} filled',
  highlight_one: 'Highlight {{name}} ({{count}} note)',
  highlight_other: 'Highlight {{name}} ({{count}} notes)',
  highlightHelp: 'Press a category to highlight its notes; press it again to show all.',
}
