// The whole method in real Chromium, through roles and names only: set up a workshop with 50 participants in
// three roles -> 20 strengths in four categories -> 30 ideas -> six named themes -> a voting round recorded
// by role (and one named person), revealed -> six fully filled action projects from the themes -> close and
// reopen -> everything is there and the tallies by role are right (also in `handlekraft info --json`).
import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { expect, ROOT, snap, test } from './fixtures'
import { newWorkshop, readWorkshop } from './boardSupport'
import { addParticipants, methodPanel, openTab, quickAdd } from './methodSupport'

const STRENGTHS: Record<string, string[]> = {
  People: ['Retired carpenters', 'Ida the storyteller', 'Young football coaches', 'Many volunteers', 'The baker who bakes for all'],
  Associations: ['Sports club', 'Local history society', 'Scouts', 'Choir', 'Residents association'],
  Places: ['Village hall', 'Forest trail', 'Harbour', 'School playground', 'Old railway line'],
  Culture: ['Harvest festival', 'Church concerts', 'Village museum', 'Midsummer bonfire', 'Film club'],
}

/** Six themes of five ideas each; "Bike lane to school" is written twice (a duplicate stack). */
const THEMES: Record<string, string[]> = {
  Traffic: ['Bike lane to school', 'bike lane to school.', 'Slower cars on Main Street', 'Safe crossing at the shop', 'Better bus times'],
  "Children's life": ['Playground by the hall', 'Homework café', 'Youth club evenings', 'Summer camp', 'Skate ramp'],
  Neighbours: ['Street dinners', 'Tool library', 'Welcome visits', 'Shared gardens', 'Help-a-neighbour board'],
  Leisure: ['Walking group', 'Padel court', 'Open-air cinema', 'Kayak rental', 'Fishing day'],
  Newcomers: ['Welcome pack', 'Newcomer evening', 'Buddy families', 'Job network', 'Language café'],
  "The village's story": ['Story walk', 'Old photo archive', 'History signs', 'Elder interviews', 'Village book'],
}

/** Paper dots per theme and role, chosen to give an exact tie (Traffic = Children's life) and a near tie. */
const PAPER_DOTS: Record<string, Record<string, number>> = {
  // 102 paper dots: with Ida's own 3, the 35 citizens use exactly their 105 (35 × 3).
  Citizen: { Traffic: 30, "Children's life": 28, Neighbours: 15, Leisure: 12, Newcomers: 14, "The village's story": 3 },
  Politician: { Traffic: 2, "Children's life": 4, Neighbours: 3, Leisure: 2, Newcomers: 3, "The village's story": 1 },
  Staff: { Traffic: 6, "Children's life": 6, Neighbours: 8, Leisure: 6, Newcomers: 3, "The village's story": 1 },
}
/** Ida Holm (a named citizen) places her own three dots: two on Neighbours, one on Leisure. */
const IDA = { Neighbours: 2, Leisure: 1 }

function expectedTotals() {
  const totals: Record<string, { total: number; Citizen: number; Politician: number; Staff: number }> = {}
  for (const theme of Object.keys(THEMES)) {
    const citizen = PAPER_DOTS.Citizen![theme]! + (IDA[theme as keyof typeof IDA] ?? 0)
    const politician = PAPER_DOTS.Politician![theme]!
    const staff = PAPER_DOTS.Staff![theme]!
    totals[theme] = { total: citizen + politician + staff, Citizen: citizen, Politician: politician, Staff: staff }
  }
  return totals
}
// Totals: Traffic 38 = Children's life 38 (an exact tie, both rank 1); Neighbours 28 (rank 3); Leisure 21 and
// Newcomers 20 (a near tie: within 1 dot, both rank 4); the village's story 5 (rank 6). In all 150 dots.

async function checkResults(page: Page) {
  const table = methodPanel(page).getByRole('table', { name: /^Results of/ })
  await expect(table).toBeVisible()
  for (const [theme, expected] of Object.entries(expectedTotals())) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) })
    await expect(row.getByRole('cell')).toHaveText([/^\d/, String(expected.total), String(expected.Citizen), String(expected.Politician), String(expected.Staff)])
  }
  const first = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Traffic', exact: true }) })
  const second = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: "Children's life", exact: true }) })
  await expect(first.getByRole('cell').first()).toHaveText('1 Tie')
  await expect(second.getByRole('cell').first()).toHaveText('1 Tie')
  const rankOf = (theme: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) }).getByRole('cell').first()
  await expect(rankOf('Neighbours')).toHaveText('3')
  await expect(rankOf('Leisure')).toHaveText('4 Near tie')
  await expect(rankOf('Newcomers')).toHaveText('4 Near tie')
  await expect(rankOf("The village's story")).toHaveText('6')
  await expect(table.getByRole('row').last().getByRole('cell')).toHaveText(['', '150', '105', '15', '30'])
}

test('the whole method: setup, strengths, ideas, themes, dot voting by role, action projects, reopen', async ({ page, shell }, testInfo) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 1600, height: 1000 })
  await newWorkshop(page, shell, 'Village of strengths', 'action-projects')
  const panel = methodPanel(page)
  await expect(panel).toBeVisible()
  await expect(page.getByRole('button', { name: 'Method', exact: true })).toHaveAttribute('aria-expanded', 'true')

  // 1. Setup: details with a date (the kick-off session), 50 participants in three roles, two more sessions.
  await openTab(page, 'Setup')
  const details = panel.getByRole('form', { name: 'Workshop' })
  await details.getByRole('textbox', { name: 'Place' }).fill('Village hall, Egeby')
  await details.getByRole('textbox', { name: 'Facilitator' }).fill('Sara Lund')
  await details.getByLabel('Date (first session)').fill('05/03/2026') // day first, as the app writes it
  await details.getByRole('button', { name: 'Save workshop details' }).click()
  await expect(page.getByText('Village hall, Egeby · Sara Lund')).toBeVisible()
  await expect(panel.getByRole('combobox', { name: 'Current session' })).toHaveValue(/.+/)

  await addParticipants(page, 34, 'Citizen')
  await addParticipants(page, 1, 'Citizen', 'Ida Holm')
  await addParticipants(page, 4, 'Politician')
  await addParticipants(page, 1, 'Politician', 'Mette Berg')
  await addParticipants(page, 10, 'Staff')
  await expect(panel.getByText('50 participants')).toBeVisible()
  const roleCounts = panel.getByRole('list', { name: 'Participants by role' })
  await expect(roleCounts.getByRole('listitem')).toHaveText(['Citizen 35', 'Politician 5', 'Staff 10', 'Other 0'])
  await expect(panel.getByRole('list', { name: 'Named participants' }).getByRole('listitem')).toHaveText(['Ida Holm (Citizen)', 'Mette Berg (Politician)'])

  const sessions = panel.getByRole('form', { name: 'Add session' })
  for (const [title, date] of [['Day-50 refresh', '24/04/2026'], ['Day-100 landing', '13 June 2026']]) {
    await sessions.getByRole('textbox', { name: 'Session title' }).fill(title!)
    await sessions.getByLabel('Session date').fill(date!)
    await sessions.getByRole('button', { name: 'Add session' }).click()
    await expect(panel.getByRole('textbox', { name: /^Title of session/ }).last()).toHaveValue(title!)
  }
  await snap(page, testInfo, '1-setup-50-participants')

  // 2. Twenty strengths in four categories, thirty ideas, through Quick add.
  for (const [category, lines] of Object.entries(STRENGTHS)) await quickAdd(page, lines, 'Strength', category)
  await quickAdd(page, Object.values(THEMES).flat(), 'Idea')
  const categories = panel.getByRole('list', { name: 'Asset categories' })
  for (const category of Object.keys(STRENGTHS)) {
    await expect(categories.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: `Name of ${category}` }) })).toContainText('5 notes')
  }
  await expect(categories.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Name of Economy' }) })).toContainText('0 notes')
  await panel.getByRole('heading', { name: 'Asset categories' }).scrollIntoViewIfNeeded()
  await snap(page, testInfo, '2-strengths-and-ideas')
  {
    const { doc } = await readWorkshop(page, shell)
    const notes = Object.values(doc.note)
    expect(notes.filter((n) => n.kind === 'strength')).toHaveLength(20)
    expect(notes.filter((n) => n.kind === 'idea')).toHaveLength(30)
    // Each strength sits inside its category's area on the board.
    for (const note of notes.filter((n) => n.kind === 'strength')) {
      const zone = Object.values(doc.zone).find((z) => z.categoryId === note.categoryId)!
      expect(note.x).toBeGreaterThanOrEqual(zone.x)
      expect(note.x + note.width).toBeLessThanOrEqual(zone.x + zone.width)
    }
  }

  // 3. Six themes: check five ideas, name, make; the first is made unnamed and named afterwards.
  await openTab(page, 'Themes')
  let first = true
  for (const [theme, ideas] of Object.entries(THEMES)) {
    const checklist = panel.getByRole('list', { name: 'Notes without a theme' })
    for (const idea of ideas) await checklist.getByRole('checkbox', { name: idea, exact: true }).check()
    await expect(panel.getByText('5 checked')).toBeVisible()
    if (!first) await panel.getByRole('textbox', { name: 'Name of the new theme (can wait)' }).fill(theme)
    await panel.getByRole('button', { name: 'Make theme from checked notes' }).click()
    if (first) {
      const nameField = panel.getByRole('textbox', { name: 'Name of theme Unnamed theme 1' })
      await nameField.fill(theme)
      await nameField.press('Enter')
      first = false
    }
    await expect(panel.getByRole('list', { name: `Notes in ${theme}` })).toBeVisible()
  }
  await expect(panel.getByText('Every note is in a theme.')).toBeVisible()
  // Duplicates stack with a count.
  await expect(panel.getByRole('list', { name: 'Notes in Traffic' }).getByRole('listitem').first()).toContainText('×2')

  // Ungroup, then Undo brings the theme back with its notes.
  await panel.getByRole('button', { name: 'Ungroup Leisure' }).click()
  await expect(panel.getByRole('list', { name: 'Notes in Leisure' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(panel.getByRole('list', { name: 'Notes in Leisure' }).getByRole('listitem')).toHaveCount(5)
  await snap(page, testInfo, '3-six-themes')

  // 4. Dot voting: the suggested dots for six themes is 3 (6 ÷ 3 = 2, kept within 3–5).
  await openTab(page, 'Voting')
  const start = panel.getByRole('form', { name: 'New voting round' })
  await expect(start.getByText('6 options')).toBeVisible()
  await expect(start.getByRole('spinbutton', { name: 'Dots per participant' })).toHaveValue('3')
  await start.getByRole('textbox', { name: 'Title of the round' }).fill('Which themes first?')
  await start.getByRole('button', { name: 'Start round' }).click()
  await expect(panel.getByText('Tallies are hidden until you reveal them.')).toBeVisible()

  const record = panel.getByRole('form', { name: 'Record dots' })
  for (const [role, dots] of Object.entries(PAPER_DOTS)) {
    await record.getByRole('radio', { name: 'Paper dots for a role' }).check()
    await record.getByRole('combobox', { name: 'Role of the paper dots' }).selectOption({ label: role })
    for (const [theme, count] of Object.entries(dots)) await record.getByRole('spinbutton', { name: `Dots on ${theme}` }).fill(String(count))
    await record.getByRole('button', { name: `Record paper dots for ${role}` }).click()
    const total = Object.values(dots).reduce((sum, count) => sum + count, 0)
    await expect(record.getByRole('status')).toHaveText(`${total} ${role.toLowerCase()} dots recorded.`)
    // Recorded once: the fields keep the role's counts, and recording again would correct them.
    await expect(record.getByRole('button', { name: `Correct paper dots for ${role}` })).toBeVisible()
  }
  await record.getByRole('radio', { name: 'One participant' }).check()
  await record.getByRole('combobox', { name: 'Participant' }).selectOption({ label: 'Ida Holm (Citizen)' })
  await expect(record.getByText('3 of 3 dots left')).toBeVisible()
  for (const [theme, count] of Object.entries(IDA)) await record.getByRole('spinbutton', { name: `Dots on ${theme}` }).fill(String(count))
  await record.getByRole('button', { name: 'Record dots' }).click()
  await expect(record.getByText('0 of 3 dots left')).toBeVisible()
  // A fourth dot is refused with a sentence, not a crash.
  await record.getByRole('spinbutton', { name: 'Dots on Traffic' }).fill('1')
  await record.getByRole('button', { name: 'Record dots' }).click()
  await expect(panel.getByRole('alert')).toHaveText('Each participant has at most 3 dots in this round.')
  await record.getByRole('spinbutton', { name: 'Dots on Traffic' }).fill('')

  // Still hidden until Reveal; the running count is all anybody sees.
  await expect(panel.getByRole('table', { name: /^Results of/ })).toHaveCount(0)
  await expect(panel.getByText('150 dots so far from 50 participants (paper dots count the people of their role)')).toBeVisible()
  await panel.getByRole('heading', { name: /^Results:/ }).scrollIntoViewIfNeeded()
  await snap(page, testInfo, '4-voting-hidden')
  await panel.getByRole('button', { name: 'Reveal results' }).click()
  await checkResults(page)
  await snap(page, testInfo, '5-voting-revealed-by-role')
  await panel.getByRole('button', { name: 'Close round' }).click()
  await expect(panel.getByText('This round is closed; its results are kept.')).toBeVisible()

  // 5. Six action projects from the themes, every field filled.
  await openTab(page, 'Projects')
  const owners = ['Ida Holm (Citizen)', 'Citizen 1', 'Citizen 2', 'Mette Berg (Politician)', 'Staff 3', 'Citizen 7']
  const themes = Object.keys(THEMES)
  for (const [index, theme] of themes.entries()) {
    await panel.getByRole('combobox', { name: 'From theme' }).selectOption({ label: theme })
    await panel.getByRole('button', { name: 'Create project from theme' }).click()
    const form = panel.getByRole('form', { name: `Editing: ${theme}` })
    await expect(form).toBeVisible()
    await form.getByRole('textbox', { name: 'Title' }).fill(`${theme}: 100 days`)
    await form.getByRole('textbox', { name: 'Goal (what is different after 100 days)' }).fill(`Measurably better ${theme.toLowerCase()} by day 100`)
    await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: owners[index]! })
    await form.getByRole('listbox', { name: 'Members' }).selectOption([{ label: 'Citizen 10' }, { label: 'Citizen 11' }, { label: 'Staff 1' }])
    await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Running' })
    await form.getByRole('textbox', { name: 'First step' }).fill('Meet on Tuesday at the hall')
    await form.getByRole('textbox', { name: 'Resources needed' }).fill('A room and 2,000 kr.')
    await form.getByRole('textbox', { name: 'Resources offered' }).fill('Tools and coffee')
    await form.getByRole('textbox', { name: 'Possible barriers' }).fill('Winter darkness')
    await form.getByRole('textbox', { name: 'How we will know it worked' }).fill('20 people took part')
    await form.getByRole('group', { name: 'Strategy areas' }).getByRole('checkbox').nth(index % 4).check()
    await form.getByRole('listbox', { name: 'Linked strengths' }).selectOption([{ label: 'Village hall' }, { label: 'Many volunteers' }])
    await expect(form.getByLabel('Deadline')).toHaveValue('13/06/2026') // 100 days after the kick-off, 5 March
    if (index === 0) {
      await form.scrollIntoViewIfNeeded()
      await snap(page, testInfo, '6a-project-form-filled')
    }
    await form.getByRole('button', { name: `Save ${theme}` }).click()
    await expect(panel.getByRole('form', { name: `Editing: ${theme}: 100 days` })).toBeVisible()
  }
  const projectList = panel.getByRole('list', { name: 'All action projects' })
  await expect(projectList.getByRole('listitem')).toHaveCount(6)
  for (const item of await projectList.getByRole('listitem').all()) await expect(item).toContainText('13 of 13 filled')
  // Follow-up at day 50 for the project being edited.
  const followUp = panel.getByRole('form', { name: 'Update for Day-50 refresh' })
  await followUp.getByRole('combobox', { name: 'Status at Day-50 refresh' }).selectOption({ label: 'Paused' })
  await followUp.getByRole('textbox', { name: 'What happened by Day-50 refresh' }).fill('Waiting for the council')
  await followUp.getByRole('button', { name: 'Save update for Day-50 refresh' }).click()
  const table = panel.getByRole('table', { name: 'Follow-up' })
  await expect(table.getByRole('row').filter({ hasText: "The village's story: 100 days" })).toContainText('Waiting for the council')
  await projectList.scrollIntoViewIfNeeded()
  await snap(page, testInfo, '6b-projects-complete')
  await table.scrollIntoViewIfNeeded()
  await snap(page, testInfo, '6c-follow-up')

  // 6. Close; the CLI summary has themes with votes by role and projects with their fields filled.
  const { path } = await readWorkshop(page, shell)
  await page.getByRole('button', { name: 'Close workshop' }).click()
  await expect(page.getByRole('button', { name: 'New workshop' })).toBeVisible()
  const summary = JSON.parse(execFileSync(process.execPath, ['bin/handlekraft.js', 'info', path, '--json'], { cwd: ROOT, encoding: 'utf8' }))
  expect(summary.participants.byRole).toEqual({ citizen: 35, politician: 5, staff: 10, other: 0 })
  expect(summary.notes.byKind).toMatchObject({ strength: 20, idea: 30 })
  expect(summary.themes).toHaveLength(6)
  for (const [theme, expected] of Object.entries(expectedTotals())) {
    const entry = summary.themes.find((t: { name: string }) => t.name === theme)
    expect(entry.notes).toBe(5)
    expect(entry.votes).toMatchObject({ total: expected.total, byRole: { citizen: expected.Citizen, politician: expected.Politician, staff: expected.Staff, other: 0 } })
  }
  expect(summary.votingRounds[0]).toMatchObject({ status: 'closed', dotsPerParticipant: 3, voters: 50, total: 150 })
  expect(summary.projects).toHaveLength(6)
  for (const project of summary.projects) expect(project).toMatchObject({ missing: [], completeness: 1 })
  // The day-50 update paused the last project; the others are running.
  expect(summary.projects.map((p: { status: string }) => p.status)).toEqual(['running', 'running', 'running', 'running', 'running', 'paused'])

  // 7. Reopen from Recent: everything is there, the tallies by role are right.
  await page.getByRole('region', { name: 'Recent' }).getByRole('button', { name: /Village of strengths/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Village of strengths' })).toBeVisible()
  await openTab(page, 'Setup')
  await expect(panel.getByText('50 participants')).toBeVisible()
  await expect(panel.getByRole('list', { name: 'Participants by role' }).getByRole('listitem')).toHaveText(['Citizen 35', 'Politician 5', 'Staff 10', 'Other 0'])
  await openTab(page, 'Themes')
  for (const theme of themes) await expect(panel.getByRole('list', { name: `Notes in ${theme}` }).getByRole('listitem')).toHaveCount(theme === 'Traffic' ? 4 : 5)
  await openTab(page, 'Voting')
  await expect(panel.getByRole('combobox', { name: 'Voting round' })).toContainText('Which themes first? · Closed')
  await checkResults(page)
  await snap(page, testInfo, '7-reopened-results')
  await openTab(page, 'Projects')
  await expect(projectList.getByRole('listitem')).toHaveCount(6)
  for (const item of await projectList.getByRole('listitem').all()) await expect(item).toContainText('13 of 13 filled')
  await expect(panel.getByRole('table', { name: 'Follow-up' })).toContainText('Waiting for the council')
})
