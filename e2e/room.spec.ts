// The room (issue 13) end to end against the REAL room server of the browser shell, on 127.0.0.1 only: the
// facilitator (1280x720, Danish, mouse and keyboard) opens the room from the Room tab and puts the join screen on
// the projector; two phones (390x844, touch; one Danish, one English) join, one by the join link and one by the
// address and code on the projector; notes come in, wait in "Fra telefoner", are accepted one and then all, and
// reach the board and the projector; a phone loses the network and comes back as the same participant without a
// duplicate; dots from phones and paper dots are tallied by role with the phone/paper split on the laptop, the
// projector and the phone; closing the room tells the phones and they can send nothing more. A second test starts
// the shell with `--room`, joins by the printed link, and checks that a forged Host or a missing device token is
// refused. Screenshots go to /tmp/room-shots (outside git).
import { mkdirSync } from 'node:fs'
import {
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test'
import { expect, startShell, test, type Shell } from './fixtures'
import { openProjector } from './projectorSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
const LOOPBACK_ROOM = ['--room-host', '127.0.0.1', '--room-port', '0']
const SHOTS = '/tmp/room-shots'
mkdirSync(SHOTS, { recursive: true })
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` })

const panel = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
const roomTab = (page: Page) => panel(page).getByRole('tab', { name: 'Rummet', exact: true })
const notesOnBoard = (page: Page) => page.getByRole('list', { name: 'Sedler', exact: true })
const projectorNote = (projector: Page, text: string) => projector.locator('[data-projector-note]', { hasText: text })

async function tab(page: Page, name: string) {
  await panel(page).getByRole('tab', { name, exact: true }).click()
  await expect(panel(page).getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')
}

async function newWorkshop(page: Page, shell: Shell, title: string) {
  await page.goto(shell.url)
  await page.getByRole('button', { name: 'Ny workshop' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('textbox', { name: 'Titel' }).fill(title)
  await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption('strengths-map')
  await dialog.getByRole('button', { name: 'Opret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const method = page.getByRole('button', { name: 'Metode', exact: true })
  if ((await method.getAttribute('aria-expanded')) !== 'true') await method.click()
  await expect(panel(page)).toBeVisible()
}

async function phone(browser: Browser, locale: string, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale })
  contexts.push(context)
  return context.newPage()
}

/** Sends a note from a phone in the current writing mode. */
async function send(page: Page, field: string, button: string, text: string) {
  await page.getByRole('textbox', { name: field }).fill(text)
  await page.getByRole('button', { name: button, exact: true }).tap()
}

/** The projector's Projector panel, unfolded. */
async function projectorPanel(page: Page) {
  const menu = page.getByRole('button', { name: 'Projektor', exact: true })
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click()
  return page.locator('#present-menu')
}

test('the room on loopback: join, notes in and accepted, offline and back, dots from phones and paper, closing', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  const { shell, cleanup } = await startShell({ locale: 'da-DK', args: LOOPBACK_ROOM })
  const contexts: BrowserContext[] = []
  try {
    await newWorkshop(page, shell, 'Borgermøde i Havnby')
    // Two citizens on paper (besides the phones), so the paper round below has a budget.
    const people = panel(page).getByRole('form', { name: 'Tilføj deltagere' })
    await people.getByRole('spinbutton', { name: 'Hvor mange' }).fill('2')
    await people.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: 'Borger' })
    await people.getByRole('button', { name: 'Tilføj deltagere' }).click()
    await expect(panel(page).getByText('2 deltagere', { exact: true })).toBeVisible()

    // --- The facilitator opens the room from the Room tab (the address given with --room-host: no hotspot advice).
    await roomTab(page).click()
    await expect(panel(page).getByText(/Tænd et hotspot/)).toHaveCount(0)
    await panel(page).getByRole('button', { name: 'Åbn rummet' }).click()
    await expect(panel(page).getByRole('status').filter({ hasText: 'Rummet er åbent' })).toBeVisible()
    const joinLink = await panel(page).getByRole('textbox', { name: 'Adgangslink' }).inputValue()
    expect(joinLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=[A-Za-z0-9_-]{43}$/)
    const origin = new URL(joinLink).origin
    await expect(panel(page).getByText(origin, { exact: true })).toBeVisible()
    await shot(page, 'room-tab-open-1280')

    // --- The projector: no join screen until the presenter puts it there.
    const projector = await openProjector(page)
    const joinScreen = projector.getByRole('region', { name: 'Deltag med din telefon' })
    await expect(projector.getByRole('img', { name: 'Tavlen, som salen ser den' })).toBeVisible()
    await expect(joinScreen).toHaveCount(0)
    await roomTab(page).click()
    const showJoin = panel(page).getByRole('button', { name: 'Vis adgangsskærm på projektor' })
    await showJoin.click()
    await expect(showJoin).toHaveAttribute('aria-pressed', 'true')
    await expect(joinScreen).toBeVisible()
    const qr = joinScreen.getByRole('img', { name: 'QR-kode til at komme ind i rummet' })
    await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/)
    await expect(joinScreen.getByText(origin, { exact: true })).toBeVisible()
    const code = (await joinScreen.locator('.room-join-code strong').textContent())!.trim()
    expect(code).toMatch(/^\d{6}$/)
    await expect(joinScreen.getByRole('status')).toHaveText('0 er med')
    await shot(projector, 'projector-join-1280')

    // --- Two phones join: the Danish one by the link (the QR code's), the English one by the address and code.
    const da = await phone(browser, 'da-DK', contexts)
    const en = await phone(browser, 'en-GB', contexts)
    await da.goto(joinLink)
    await expect(da.getByRole('heading', { name: 'Hvem er du her i aften?' })).toBeVisible()
    await da.getByRole('radio', { name: 'Borger' }).tap()
    await da.getByRole('textbox', { name: 'Dit navn (valgfrit)' }).fill('Ida')
    await da.getByRole('button', { name: 'Fortsæt' }).tap()
    await expect(da.getByRole('heading', { name: 'Kig op på lærredet' })).toBeVisible()

    await en.goto(origin)
    await en.getByRole('button', { name: 'English' }).tap()
    await expect(en.getByRole('heading', { name: 'Join the workshop' })).toBeVisible()
    await en.getByRole('textbox', { name: 'Room code' }).fill(code)
    await en.getByRole('button', { name: 'Join', exact: true }).tap()
    await en.getByRole('radio', { name: 'Politician' }).tap()
    await en.getByRole('button', { name: 'Continue' }).tap()
    await expect(en.getByRole('heading', { name: 'Look up at the screen' })).toBeVisible()

    // The room sees them: the projector counts by role, the Room tab lists both phones.
    await expect(joinScreen.getByRole('status')).toHaveText('2 er med')
    const byRole = joinScreen.getByRole('list', { name: 'Med i rummet efter rolle' })
    await expect(byRole.getByRole('listitem').filter({ hasText: 'Borger' })).toHaveText('1 Borger')
    await expect(byRole.getByRole('listitem').filter({ hasText: 'Politiker' })).toHaveText('1 Politiker')
    await expect(panel(page).getByRole('heading', { name: 'Med i rummet: 2 telefoner' })).toBeVisible()
    await shot(projector, 'projector-join-2-joined-1280')

    // The presenter takes the join screen away from the Projector panel (presenter controls); it stays away.
    const presenter = await projectorPanel(page)
    const presenterJoin = presenter.getByRole('button', { name: 'Vis adgangsskærm på projektor' })
    await expect(presenterJoin).toHaveAttribute('aria-pressed', 'true')
    await presenterJoin.click()
    await expect(presenterJoin).toHaveAttribute('aria-pressed', 'false')
    await expect(joinScreen).toHaveCount(0)
    await page.getByRole('button', { name: 'Projektor', exact: true }).click()
    await expect(showJoin).toHaveAttribute('aria-pressed', 'false')
    await expect(projector.getByRole('img', { name: 'Tavlen, som salen ser den' })).toBeVisible()

    // --- Strengths: the Danish phone writes one in "Steder"; the facilitator accepts that one note.
    await panel(page).getByRole('radio', { name: 'Skrive styrker' }).check()
    await expect(da.getByRole('heading', { name: 'Skriv en styrke' })).toBeVisible()
    await expect(en.getByRole('heading', { name: 'Write a strength' })).toBeVisible()
    await da.getByRole('radio', { name: 'Steder' }).tap()
    await send(da, 'Din seddel', 'Send', 'Skoven bag hallen')
    const daNotes = da.getByRole('region', { name: 'Dine sedler' })
    await expect(daNotes.getByRole('listitem')).toHaveText(/Skoven bag hallen\s*Venter/)
    const inbox = panel(page).getByRole('listitem', { name: 'Styrke fra Borger Ida' })
    await expect(inbox).toContainText('Skoven bag hallen')
    await expect(inbox).toContainText('Steder')
    await inbox.scrollIntoViewIfNeeded()
    await shot(page, 'room-inbox-one-1280')
    await inbox.getByRole('button', { name: 'Godkend', exact: true }).click()
    await expect(inbox).toHaveCount(0)
    await expect(notesOnBoard(page).getByRole('button', { name: 'Skoven bag hallen (Styrke, Steder)' })).toHaveCount(1)
    await expect(projectorNote(projector, 'Skoven bag hallen')).toHaveCount(1)
    await expect(daNotes.getByRole('listitem')).toHaveText(/Skoven bag hallen\s*På tavlen/)

    // A strength sent under the wrong category is set right before it is accepted: text and category edited,
    // and it lands as the facilitator corrected it (board, projector, the phone's own list).
    await da.getByRole('radio', { name: 'Kultur' }).tap()
    await send(da, 'Din seddel', 'Send', 'Hallens kokken')
    const wrong = panel(page).getByRole('listitem', { name: 'Styrke fra Borger Ida' })
    await expect(wrong).toContainText('Kultur')
    await wrong.getByRole('button', { name: 'Ret', exact: true }).click()
    await wrong.getByRole('textbox', { name: 'Teksten på sedlen fra Borger Ida' }).fill('Hallens køkken')
    await expect(wrong.getByRole('combobox', { name: 'Slags seddel' })).toHaveValue('strength')
    await wrong.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Steder' })
    await shot(page, 'room-inbox-edit-1280')
    await wrong.getByRole('button', { name: 'Gem og godkend' }).click()
    await expect(wrong).toHaveCount(0)
    await expect(notesOnBoard(page).getByRole('button', { name: 'Hallens køkken (Styrke, Steder)' })).toHaveCount(1)
    await expect(projectorNote(projector, 'Hallens køkken')).toHaveCount(1)
    await expect(daNotes.getByRole('listitem').filter({ hasText: 'Hallens køkken' })).toContainText('På tavlen')

    // --- Ideas; the English phone loses the network, writes while offline, and comes back as itself.
    await panel(page).getByRole('radio', { name: 'Skrive idéer' }).check()
    await expect(da.getByRole('heading', { name: 'Skriv en idé' })).toBeVisible()
    await expect(en.getByRole('heading', { name: 'Write an idea' })).toBeVisible()
    await send(da, 'Din seddel', 'Send', 'Legeplads ved hallen')
    await send(en, 'Your note', 'Send', 'Bench by the harbour')
    const enNotes = en.getByRole('region', { name: 'Your notes' })
    await expect(enNotes.getByRole('listitem').filter({ hasText: 'Bench by the harbour' })).toContainText('Waiting')

    const devices = panel(page).getByRole('heading', { name: 'Telefoner', exact: true }).locator('..')
    const enDevice = devices.getByRole('listitem').filter({ hasText: 'Politiker' })
    await expect(enDevice).toContainText('forbundet')
    await expect(enDevice).not.toContainText('ikke forbundet')
    await en.context().setOffline(true)
    await expect(en.getByRole('status').filter({ hasText: 'No connection. Trying again…' })).toBeVisible()
    await expect(enDevice).toContainText('ikke forbundet')
    await send(en, 'Your note', 'Send', 'Evening bus to town')
    await expect(en.getByRole('status').filter({ hasText: /wait.* to be sent/ })).toBeVisible()
    await shot(en, 'phone-offline-en')
    await en.context().setOffline(false)
    await expect(en.getByRole('status').filter({ hasText: 'No connection' })).toHaveCount(0)
    await expect(enNotes.getByRole('listitem').filter({ hasText: 'Evening bus to town' })).toContainText('Waiting')
    await expect(enDevice).not.toContainText('ikke forbundet')
    // The same participant: still two phones, two people who joined by phone, and the note arrived once.
    await expect(devices.getByRole('listitem')).toHaveCount(2)
    await expect(panel(page).getByRole('heading', { name: 'Med i rummet: 2 telefoner' })).toBeVisible()
    await expect(panel(page).getByRole('listitem', { name: 'Idé fra Politiker' })).toHaveCount(2)
    await expect(
      panel(page).getByRole('listitem', { name: 'Idé fra Politiker' }).filter({ hasText: 'Evening bus to town' }),
    ).toHaveCount(1)
    await expect(panel(page).getByRole('status').filter({ hasText: '3 sedler venter' })).toBeVisible()
    await panel(page).getByRole('button', { name: 'Godkend alle' }).scrollIntoViewIfNeeded()
    await shot(page, 'room-inbox-three-1280')

    // Accept all: every idea lands on the board and on the projector once, and each phone sees it on the board.
    await panel(page).getByRole('button', { name: 'Godkend alle' }).click()
    await expect(panel(page).getByText('Ingen sedler venter.')).toBeVisible()
    for (const text of ['Legeplads ved hallen', 'Bench by the harbour', 'Evening bus to town']) {
      await expect(notesOnBoard(page).getByRole('button', { name: `${text} (Idé)` })).toHaveCount(1)
      await expect(projectorNote(projector, text)).toHaveCount(1)
    }
    await expect(daNotes.getByRole('listitem').filter({ hasText: 'Legeplads ved hallen' })).toContainText('På tavlen')
    await expect(enNotes.getByRole('listitem').filter({ hasText: 'Evening bus to town' })).toContainText('On the board')
    await expect(enNotes.getByRole('listitem')).toHaveCount(2)
    // Setup counts the people: 2 on paper + 2 phones, no third phone participant after the reconnect.
    await tab(page, 'Opsætning')
    await expect(panel(page).getByText('4 deltagere', { exact: true })).toBeVisible()

    // --- Dot voting on the three ideas: phones place dots, paper dots beside them, Reveal.
    await tab(page, 'Afstemning')
    const start = panel(page).getByRole('form', { name: 'Ny afstemningsrunde' })
    await start.getByRole('textbox', { name: 'Rundens titel' }).fill('Hvad først?')
    await start.getByRole('combobox', { name: 'Stem om' }).selectOption({ label: 'Idé-sedler' })
    await start.getByRole('spinbutton', { name: 'Prikker pr. deltager' }).fill('3')
    await start.getByRole('spinbutton', { name: 'Højst prikker på én ting' }).fill('2')
    await start.getByRole('button', { name: 'Start runden' }).click()
    await expect(panel(page).getByRole('combobox', { name: 'Afstemningsrunde' })).toContainText('Hvad først?')
    await roomTab(page).click()
    await panel(page).getByRole('radio', { name: 'Stemme' }).check()

    await expect(da.getByRole('heading', { name: 'Hvad først?' })).toBeVisible()
    await expect(da.getByRole('status').filter({ hasText: '3 prikker tilbage' })).toBeVisible()
    const daAdd = da.getByRole('button', { name: 'Sæt en prik på Legeplads ved hallen' })
    await daAdd.tap()
    await expect(da.getByRole('status').filter({ hasText: '2 prikker tilbage' })).toBeVisible()
    await daAdd.tap()
    await expect(da.getByRole('status').filter({ hasText: '1 prik tilbage' })).toBeVisible()
    await expect(daAdd).toBeDisabled() // at most 2 on one item
    const enBus = en.getByRole('button', { name: 'Add a dot to Evening bus to town' })
    await enBus.tap()
    await expect(en.getByRole('status').filter({ hasText: '2 dots left' })).toBeVisible()
    await enBus.tap()
    await expect(en.getByRole('status').filter({ hasText: '1 dot left' })).toBeVisible()
    await en.getByRole('button', { name: 'Add a dot to Bench by the harbour' }).tap()
    await expect(en.getByRole('status').filter({ hasText: '0 dots left' })).toBeVisible()
    await expect(en.getByRole('button', { name: 'Add a dot to Legeplads ved hallen' })).toBeDisabled()
    await shot(en, 'phone-vote-en')

    // Paper dots of the two citizens on paper, typed in beside the phones' dots.
    await tab(page, 'Afstemning')
    await expect(panel(page).getByText(/^5 prikker indtil nu/)).toBeVisible() // the phones' dots are in (tallies still hidden)
    const record = panel(page).getByRole('form', { name: 'Registrér prikker' })
    await record.getByRole('radio', { name: 'Papirprikker for en rolle' }).check()
    await record.getByRole('combobox', { name: 'Papirprikkernes rolle' }).selectOption({ label: 'Borger' })
    await record.getByRole('spinbutton', { name: 'Prikker på Legeplads ved hallen' }).fill('3')
    await record.getByRole('spinbutton', { name: 'Prikker på Evening bus to town' }).fill('1')
    await record.getByRole('button', { name: 'Registrér papirprikker for Borger' }).click()
    await expect(record.getByRole('status')).toHaveText('4 borgerprikker registreret.')

    await panel(page).getByRole('button', { name: 'Vis resultatet' }).click()
    // Tallies by role include the phones' and the paper dots; the split says where they came from.
    const results = panel(page).getByRole('table', { name: 'Resultat af Hvad først?' })
    const row = (table: Locator, name: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) })
    // Columns: rank, item, total, Borger, Politiker, Medarbejder.
    await expect(row(results, 'Legeplads ved hallen').getByRole('cell')).toHaveText(['1', '5', '5', '0', '0'])
    await expect(row(results, 'Evening bus to town').getByRole('cell')).toHaveText(['2', '3', '1', '2', '0'])
    await expect(row(results, 'Bench by the harbour').getByRole('cell')).toHaveText(['3', '1', '0', '1', '0'])
    const sources = panel(page).getByRole('table', { name: 'Fra telefoner og papir: Hvad først?' })
    await expect(row(sources, 'Legeplads ved hallen').getByRole('cell')).toHaveText(['2', '3'])
    await expect(row(sources, 'Evening bus to town').getByRole('cell')).toHaveText(['2', '1'])
    await expect(row(sources, 'Bench by the harbour').getByRole('cell')).toHaveText(['1', '0'])
    await expect(row(sources, 'I alt').getByRole('cell')).toHaveText(['5', '4'])
    await sources.scrollIntoViewIfNeeded()
    await shot(page, 'voting-results-split-1280')

    // The projector shows the revealed results with the same split.
    const presenterMenu = await projectorPanel(page)
    await presenterMenu
      .getByRole('combobox', { name: 'Projektoren viser' })
      .selectOption({ label: 'Resultat: Hvad først?' })
    await page.getByRole('button', { name: 'Projektor', exact: true }).click()
    const shown = projector.getByRole('region', { name: 'Resultat: Hvad først?' })
    await expect(shown).toBeVisible()
    const bar = (text: string) => shown.getByRole('listitem').filter({ hasText: text })
    await expect(bar('Legeplads ved hallen')).toHaveAttribute('data-total', '5')
    await expect(bar('Legeplads ved hallen').locator('.results-split')).toHaveAttribute(
      'data-split',
      'citizen:5 politician:0',
    )
    await expect(bar('Legeplads ved hallen').locator('.results-source')).toHaveAttribute(
      'data-source',
      'phone:2 paper:3',
    )
    await expect(bar('Legeplads ved hallen')).toContainText('2 fra telefoner · 3 på papir')
    await expect(bar('Evening bus to town').locator('.results-split')).toHaveAttribute(
      'data-split',
      'citizen:1 politician:2',
    )
    await expect(bar('Evening bus to town').locator('.results-source')).toHaveAttribute(
      'data-source',
      'phone:2 paper:1',
    )
    await shot(projector, 'projector-results-split-1280')

    // The phones see the results after Reveal.
    await roomTab(page).click()
    await panel(page).getByRole('radio', { name: 'Se resultatet' }).check()
    const enResult = en.getByRole('listitem').filter({ hasText: 'Evening bus to town' })
    await expect(enResult).toContainText('3')
    await expect(enResult).toContainText('Politician 2')
    await expect(enResult).toContainText(/2 from phones.*1 on paper/)
    await shot(en, 'phone-results-en')

    // --- Closing the room: phones are told, and can send nothing more.
    await panel(page).getByRole('button', { name: 'Luk rummet' }).click()
    await expect(panel(page).getByRole('button', { name: 'Åbn rummet' })).toBeVisible()
    await expect(da.getByRole('heading', { name: 'Rummet er lukket. Tak fordi du var med!' })).toBeVisible()
    await expect(en.getByRole('heading', { name: 'The room is closed. Thank you for taking part!' })).toBeVisible()
    await expect(da.getByRole('button', { name: 'Send' })).toHaveCount(0)
    await expect(da.getByRole('button', { name: /Sæt en prik/ })).toHaveCount(0)
    // A post with the phone's own device cookie finds no room listening (closed, not just hidden).
    await expect(
      da.context().request.post(`${origin}/room/api/submitNote`, {
        data: { clientId: 'after-close-1', text: 'For sent', kind: 'idea' },
      }),
    ).rejects.toThrow()
    await expect(projector.getByRole('region', { name: 'Deltag med din telefon' })).toHaveCount(0)
    await shot(da, 'phone-closed-da')
    // What came from phones stays in the workshop.
    await expect(notesOnBoard(page).getByRole('button', { name: 'Evening bus to town (Idé)' })).toHaveCount(1)
  } finally {
    for (const context of contexts) await context.close()
    const code = await shell.stop().catch(() => null)
    cleanup()
    expect(code, `shell stderr:\n${shell.output().stderr}`).toBe(0)
  }
})

test('--room opens the room with the first workshop and prints its link; a forged Host or no device token is refused', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000)
  const { shell, cleanup } = await startShell({ locale: 'da-DK', args: ['--room', ...LOOPBACK_ROOM] })
  const contexts: BrowserContext[] = []
  const api = await playwrightRequest.newContext()
  try {
    await newWorkshop(page, shell, 'Borgermøde i Lillerød')
    // The second stdout line: the join link of the room that opened with this workshop.
    await expect
      .poll(() => /^Handlekraft room at (\S+)$/m.exec(shell.output().stdout)?.[1] ?? '')
      .toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?k=[A-Za-z0-9_-]{43}$/)
    const printed = /^Handlekraft room at (\S+)$/m.exec(shell.output().stdout)![1]!
    const origin = new URL(printed).origin
    const port = new URL(printed).port
    await roomTab(page).click()
    await expect(panel(page).getByRole('status').filter({ hasText: 'Rummet er åbent' })).toBeVisible()
    await expect(panel(page).getByRole('textbox', { name: 'Adgangslink' })).toHaveValue(printed)

    const da = await phone(browser, 'da-DK', contexts)
    await da.goto(printed)
    await da.getByRole('radio', { name: 'Kommunal medarbejder' }).tap()
    await da.getByRole('button', { name: 'Fortsæt' }).tap()
    await expect(da.getByRole('heading', { name: 'Kig op på lærredet' })).toBeVisible()
    await expect(panel(page).getByRole('heading', { name: 'Med i rummet: 1 telefon' })).toBeVisible()

    // A page asked for by another name (DNS rebinding) is refused before anything else.
    const forged = await api.get(`${origin}/`, { headers: { Host: `rebind.example:${port}` } })
    expect(forged.status()).toBe(403)
    const forgedApi = await api.post(`${origin}/room/api/state`, {
      headers: { Host: `rebind.example:${port}` },
      data: {},
    })
    expect(forgedApi.status()).toBe(403)
    // The right Host but no device token: the participant API answers not-joined and writes nothing.
    const page200 = await api.get(`${origin}/`)
    expect(page200.status()).toBe(200)
    const noToken = await api.post(`${origin}/room/api/submitNote`, {
      data: { clientId: 'no-token-000001', text: 'Uden adgang', kind: 'idea' },
    })
    expect(noToken.status()).toBe(401)
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'not-joined' } })
    await panel(page).getByRole('radio', { name: 'Skrive idéer' }).check()
    await expect(da.getByRole('heading', { name: 'Skriv en idé' })).toBeVisible()
    const again = await api.post(`${origin}/room/api/submitNote`, {
      data: { clientId: 'no-token-000002', text: 'Uden adgang', kind: 'idea' },
    })
    expect((await again.json()).error.code).toBe('not-joined')
    await expect(panel(page).getByText('Ingen sedler venter.')).toBeVisible()
  } finally {
    await api.dispose()
    for (const context of contexts) await context.close()
    const code = await shell.stop().catch(() => null)
    cleanup()
    expect(code, `shell stderr:\n${shell.output().stderr}`).toBe(0)
  }
})
