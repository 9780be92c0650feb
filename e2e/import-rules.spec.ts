// Issue 12, item 10, from the UI: a JSON export edited by hand so it breaks a rule the app keeps (more dots on
// one theme than the round allows, a theme name with doubled spaces) is refused on the start screen with a
// Danish message naming the record, and no workshop file is written.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, ROOT, snap, test } from './fixtures'

test.use({ locale: 'da-DK' })

test('an import that breaks a rule is refused with a message naming the record; nothing is written', async ({
  page,
  shell,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const demo = join(shell.scratchDir, 'demo.handlekraft')
  const good = join(shell.scratchDir, 'demo.json')
  const cli = (...args: string[]) => execFileSync(process.execPath, ['out/main/cli.js', ...args], { cwd: ROOT })
  cli('demo', demo, '--lang', 'da')
  cli('export', demo, '--json', good)
  const json = JSON.parse(readFileSync(good, 'utf8'))

  // One participant's first vote raised to 3 dots on one theme (the round allows 2), their other votes removed.
  const first = json.records.votes.find((vote: { participantId: string | null }) => vote.participantId !== null)
  const tooMany = structuredClone(json)
  tooMany.records.votes = tooMany.records.votes
    .filter((vote: { participantId: string }) => vote.participantId !== first.participantId)
    .concat([{ ...first, count: 3 }])
  const themeName = json.records.themes.find((theme: { id: string }) => theme.id === first.itemId).name as string
  const person = json.records.participants.find((p: { id: string }) => p.id === first.participantId)
  const badVotes = join(shell.scratchDir, 'for-mange-prikker.json')
  writeFileSync(badVotes, JSON.stringify(tooMany, null, 2))

  const spaced = structuredClone(json)
  spaced.records.themes[0].name = spaced.records.themes[0].name.replace(' ', '  ')
  const badName = join(shell.scratchDir, 'tema-med-mellemrum.json')
  writeFileSync(badName, JSON.stringify(spaced, null, 2))

  const workshopsBefore = readdirSync(shell.workshopsDir).sort()
  const scratchBefore = readdirSync(shell.scratchDir).sort()
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Importér JSON…' }).click()
  await page.getByRole('textbox', { name: 'Sti til JSON-filen' }).fill(badVotes)
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText(
    `I afstemningsrunden “${json.records.votingRounds[0].title}” har ${person.name ?? person.id} sat 3 prikker på “${themeName}”, men der må højst sættes 2 på ét punkt.`,
  )
  await expect(alert).toContainText('Intet blev skrevet. Fil: for-mange-prikker.json')
  await snap(page, testInfo, '1-too-many-dots')

  await page.getByRole('textbox', { name: 'Sti til JSON-filen' }).fill(badName)
  await page.getByRole('button', { name: 'Importér', exact: true }).click()
  await expect(alert).toContainText(
    `Temaet “${spaced.records.themes[0].name}” har mellemrum først eller sidst i navnet eller to i træk.`,
  )
  await snap(page, testInfo, '2-theme-name')

  // Still the start screen; no workshop file, no temporary file anywhere.
  await expect(page.getByRole('button', { name: 'Ny workshop' })).toBeVisible()
  expect(readdirSync(shell.workshopsDir).sort()).toEqual(workshopsBefore)
  expect(readdirSync(shell.scratchDir).sort()).toEqual(scratchBefore)
})
