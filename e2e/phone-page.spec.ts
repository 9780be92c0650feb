// The participants' phone page (issue 13) in two phone contexts (mobile viewport and touch; one Danish, one
// English) against a stand-in room server on 127.0.0.1 (phoneFakeRoom.ts) that serves the built page: join by the
// link and by the typed code, roles, notes with their status, dots with "dots left" and the per-item maximum,
// losing the Wi-Fi and coming back as the same participant without a duplicate, pause, and the room closing.
// Screenshots for review when ROOM_SHOTS names a folder.
import { mkdirSync } from 'node:fs'
import { test, expect, type BrowserContext, type Page } from '@playwright/test'
import { FakeRoom } from './phoneFakeRoom'

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
const shots = process.env.ROOM_SHOTS
if (shots) mkdirSync(shots, { recursive: true })
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` })
}

let room: FakeRoom
const contexts: BrowserContext[] = []
test.beforeEach(async () => {
  room = new FakeRoom()
  await room.start()
})
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
  await room.stop()
})

test('two phones join, write, vote, lose the Wi-Fi and come back, and are told when the room closes', async ({
  browser,
}) => {
  const daContext = await browser.newContext({ ...PHONE, locale: 'da-DK' })
  const enContext = await browser.newContext({ ...PHONE, locale: 'en-GB' })
  contexts.push(daContext, enContext)
  const da = await daContext.newPage()
  const en = await enContext.newPage()

  // Danish phone: the QR code's link (with the key) goes straight to the role; the key leaves the address bar.
  await da.goto(room.joinUrl)
  await expect(da.getByRole('heading', { name: 'Hvem er du her i aften?' })).toBeVisible()
  expect(da.url()).not.toContain(room.key)
  await shot(da, 'phone-role-da')
  await da.getByRole('radio', { name: 'Borger' }).tap()
  await da.getByRole('textbox', { name: 'Dit navn (valgfrit)' }).fill('Ida')
  await da.getByRole('button', { name: 'Fortsæt' }).tap()
  await expect(da.getByRole('heading', { name: 'Kig op på lærredet' })).toBeVisible()
  await expect(da.getByText('Borger · Ida')).toBeVisible()

  // English phone: typed the address, so it types the room code; a wrong code is refused with the reason.
  await en.goto(room.origin)
  await en.getByRole('button', { name: 'English' }).tap()
  await expect(en.getByRole('heading', { name: 'Join the workshop' })).toBeVisible()
  await en.getByRole('textbox', { name: 'Room code' }).fill('111111')
  await en.getByRole('button', { name: 'Join' }).tap()
  await en.getByRole('radio', { name: 'Politician' }).tap()
  await en.getByRole('button', { name: 'Continue' }).tap()
  await expect(en.getByRole('alert')).toHaveText(/room code is not right/)
  await en.getByRole('textbox', { name: 'Room code' }).fill(room.code)
  await shot(en, 'phone-code-en')
  await en.getByRole('button', { name: 'Join' }).tap()
  await en.getByRole('radio', { name: 'Politician' }).tap()
  await en.getByRole('button', { name: 'Continue' }).tap()
  await expect(en.getByRole('heading', { name: 'Look up at the screen' })).toBeVisible()
  expect([...room.devices.values()].map((d) => d.role).sort()).toEqual(['citizen', 'politician'])

  // Strengths, with the workshop's categories; a note waits, then is accepted.
  room.setMode('strengths')
  await expect(da.getByRole('heading', { name: 'Skriv en styrke' })).toBeVisible()
  await da.getByRole('radio', { name: 'Steder' }).tap()
  const daNote = da.getByRole('textbox', { name: 'Din seddel' })
  await daNote.fill('Skoven bag hallen')
  await expect(da.getByText('17 af 280 tegn')).toBeVisible()
  await da.getByRole('button', { name: 'Send' }).tap()
  const mine = da.getByRole('region', { name: 'Dine sedler' })
  await expect(mine.getByRole('listitem')).toHaveText(/Skoven bag hallen\s*Venter/)
  await shot(da, 'phone-strengths-da')
  room.decideAll('accepted')
  await expect(mine.getByRole('listitem')).toHaveText(/Skoven bag hallen\s*På tavlen/)
  const daDevice = [...room.devices.values()].find((d) => d.role === 'citizen')!
  expect(daDevice.notes).toMatchObject([{ text: 'Skoven bag hallen', kind: 'strength', categoryId: 'places' }])

  // At most 280 characters: the field stops there and the counter says so.
  await daNote.fill('x'.repeat(300))
  await expect(daNote).toHaveValue('x'.repeat(280))
  await expect(da.getByText('280 af 280 tegn')).toBeVisible()
  await daNote.fill('')

  // Ideas on the English phone, then the Wi-Fi goes: the note waits on the phone, and arrives once when it is back.
  room.setMode('ideas')
  await expect(en.getByRole('heading', { name: 'Write an idea' })).toBeVisible()
  await enContext.setOffline(true)
  await expect(en.getByRole('status').filter({ hasText: 'No connection' })).toBeVisible()
  await en.getByRole('textbox', { name: 'Your note' }).fill('A night bus on Fridays')
  await en.getByRole('button', { name: 'Send' }).tap()
  await expect(en.getByRole('region', { name: 'Your notes' }).getByRole('listitem')).toHaveText(/Sending…/)
  await expect(en.getByText('1 thing waits to be sent.')).toBeVisible()
  await shot(en, 'phone-offline-en')
  await enContext.setOffline(false)
  await expect(en.getByRole('region', { name: 'Your notes' }).getByRole('listitem')).toHaveText(
    /A night bus on Fridays\s*Waiting/,
  )
  await expect(en.getByRole('status').filter({ hasText: 'No connection' })).toHaveCount(0)
  const enDevice = [...room.devices.values()].find((d) => d.role === 'politician')!
  expect(enDevice.notes.map((note) => note.text)).toEqual(['A night bus on Fridays'])
  // Still the same participant: no second join happened.
  expect(room.devices.size).toBe(2)

  // Voting: dots left always in view, at most 2 on one item, take one back.
  room.setMode('vote')
  await expect(da.getByText('3 prikker tilbage')).toBeVisible()
  const add = da.getByRole('button', { name: 'Sæt en prik på Trafik og stier' })
  await add.tap()
  await add.tap()
  await expect(da.getByText('1 prik tilbage')).toBeVisible()
  await expect(add).toBeDisabled()
  await da.getByRole('button', { name: 'Sæt en prik på Naboskab' }).tap()
  await expect(da.getByText('0 prikker tilbage')).toBeVisible()
  await expect(da.getByRole('button', { name: 'Sæt en prik på Børneliv' })).toBeDisabled()
  await shot(da, 'phone-vote-da')
  await da.getByRole('button', { name: 'Tag en prik tilbage fra Trafik og stier' }).tap()
  await expect(da.getByText('1 prik tilbage')).toBeVisible()
  await expect.poll(() => daDevice.dots.length).toBe(2)
  // Every dot was received once per clientId.
  const dotIds = room.received.filter((r) => r.method === 'placeDot').map((r) => r.clientId)
  expect(new Set(dotIds).size).toBe(dotIds.length)

  room.revealed = true
  room.setMode('results')
  await expect(en.getByRole('heading', { name: 'Results' })).toBeVisible()
  await expect(en.getByText('from phones', { exact: false }).first()).toBeVisible()
  await shot(en, 'phone-results-en')

  room.setMode('projects')
  await expect(da.getByRole('heading', { name: 'Sikker skolevej' })).toBeVisible()
  await shot(da, 'phone-projects-da')

  // Closing the room: the phone is told and has nothing left to send with.
  room.setMode('ideas')
  await expect(da.getByRole('button', { name: 'Send' })).toBeVisible()
  room.close()
  await expect(da.getByRole('heading', { name: 'Rummet er lukket. Tak fordi du var med!' })).toBeVisible()
  await expect(da.getByRole('button', { name: 'Send' })).toHaveCount(0)
  await expect(en.getByRole('heading', { name: 'The room is closed. Thank you for taking part!' })).toBeVisible()
  await shot(da, 'phone-closed-da')
})
