// Issue 10, "How it is proven": the Knabstrup evening run as a facilitator runs it, in Danish on a 1280x720
// laptop, with the real mouse and keyboard and accessible names only. A new workshop from the Styrkekort
// template; 35 citizens, 5 politicians and 10 staff; strengths into their categories (Quick add, twice into
// the same area, and one written on the board); ideas; six themes made from ticked ideas; a paper-dot round
// recorded by role within each role's budget; reveal; action projects from the top themes with owner and
// fields typed and closed with "Færdig med at redigere"; the timer started right after typing private notes;
// the projector opened beside it; the PDF report exported and read back.
// It asserts what the room sees: the projector's theme labels and project cards (from the drawing's
// accessible lists), no overlapping theme blocks, budgets enforced with a message, nothing typed lost, and
// the report's text and its board page rendered to pixels. Screenshots of every step go to /tmp/evening-shots.
import { execFileSync } from 'node:child_process'
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { drawnOn } from './boardSupport'
import { expect, test } from './fixtures'
import {
  boundsOf,
  type Box,
  CARD,
  eveningDoc,
  inside,
  drawnShares,
  overlappingPairs,
  overlaps,
  shot,
  SHOTS_DIR,
  sedler,
  seddel,
  skærmpunkt,
  tavle,
  themeBlocks,
  withOutline,
} from './eveningSupport'
import { fileMenu, notePicker } from './frameSupport'

test.use({ locale: 'da-DK', viewport: { width: 1280, height: 720 } })

const TITLE = 'Knabstrup 2030'

/** Strengths by category, as the room called them out (long Danish words on purpose: they must wrap at spaces). */
const STRENGTHS: Record<string, string[]> = {
  Mennesker: ['Pensionerede tømrere', 'Ida der fortæller historier', 'Unge fodboldtrænere', 'Mange frivillige'],
  Foreninger: ['Idrætsforeningen', 'Lokalhistorisk forening', 'Spejderne', 'Knabstrup Kirkekor'],
  Steder: ['Forsamlingshuset', 'Skovstien langs søen', 'Den gamle teglværksgrund', 'Skolens boldbane'],
  Kultur: ['Høstfesten', 'Sankthansbål ved søen', 'Teglværksmuseet'],
}
/** A second batch into an area that already holds notes (Quick add must find free space, bug 11). */
const MORE_PEOPLE = ['Bageren der bager til alle', 'Tidligere sygeplejersker']

/** Six themes of three ideas each. */
const THEMES: Record<string, string[]> = {
  Trafik: ['Fartdæmpning på Hovedgaden', 'Hastighedsbegrænsning ved skolen', 'Cykelsti til Holbæk'],
  Børneliv: ['Legeplads ved hallen', 'Lektiecafé', 'Ungdomsklub om aftenen'],
  Naboskab: ['Gadefester', 'Værktøjsbibliotek', 'Velkomstbesøg'],
  Fritid: ['Gåklub', 'Padelbane', 'Friluftsbio'],
  Tilflyttere: ['Velkomstpakke', 'Tilflytteraften', 'Sprogcafé'],
  Historien: ['Historiske skilte', 'Gamle fotos', 'Landsbybog'],
}
const THEME_NAMES = Object.keys(THEMES)

/** Paper dots counted on the wall, per role and theme: 3 dots each (6 themes ÷ 3 = 2, kept within 3–5). */
const DOTS: Record<string, Record<string, number>> = {
  Borger: { Trafik: 30, Børneliv: 25, Naboskab: 20, Fritid: 15, Tilflyttere: 14, Historien: 1 },
  Politiker: { Trafik: 4, Børneliv: 3, Naboskab: 3, Fritid: 2, Tilflyttere: 2, Historien: 1 },
  Medarbejder: { Trafik: 8, Børneliv: 7, Naboskab: 5, Fritid: 3, Tilflyttere: 3, Historien: 4 },
}
// Totals: Trafik 42, Børneliv 35, Naboskab 28, Fritid 20, Tilflyttere 19 (a near tie: within one dot), Historien 6.
// Budgets: 35 × 3 = 105 citizen dots, 5 × 3 = 15 politician dots, 10 × 3 = 30 staff dots; 150 in all.
const BUDGET: Record<string, number> = { Borger: 105, Politiker: 15, Medarbejder: 30 }
const TOTAL = (theme: string) => Object.values(DOTS).reduce((sum, byTheme) => sum + byTheme[theme]!, 0)

/** The three top themes become projects; the owner of one is an unnamed participant (the room says "Borger 3"). */
const PROJECTS = [
  {
    theme: 'Trafik',
    title: 'Sikker skolevej på Hovedgaden',
    owner: 'Ida Holm (Borger)',
    ownerShown: 'Ida Holm',
    goal: 'Bilerne kører højst 40 km/t forbi skolen efter 100 dage',
    firstStep: 'Møde med vejafdelingen tirsdag',
  },
  {
    theme: 'Børneliv',
    title: 'Lektiecafé i forsamlingshuset',
    owner: 'Borger 3',
    ownerShown: 'Borger 3',
    goal: 'Tyve børn kommer hver uge',
    firstStep: 'Låne nøglen til forsamlingshuset',
  },
  {
    theme: 'Naboskab',
    title: 'Gadefest i hver gade',
    owner: 'Politiker 2',
    ownerShown: 'Politiker 2',
    goal: 'Fem gader har holdt fest',
    firstStep: 'Skrive til grundejerforeningerne',
  },
]
const PRIVATE_NOTE = 'Husk: nøglen til forsamlingshuset hænger bag baren'

/** Each bug of issue 10 the evening proves fixed is a named step, so a failure says which bug came back. */
const bug = (number: string, what: string, check: () => Promise<void>) => test.step(`bug ${number}: ${what}`, check)

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Metode' })
async function openTab(page: Page, name: string) {
  const tab = panelOf(page).getByRole('tab', { name, exact: true })
  await tab.click()
  await expect(tab).toHaveAttribute('aria-selected', 'true')
}
const projectorBoard = (projector: Page) => projector.getByRole('img', { name: 'Tavlen, som salen ser den' })

/** "Trafik · ● 42 prikker" drawn on the canvas -> "Trafik". */
const drawnThemeName = (label: string) => label.replace(/ · ● .*$/, '')

test('Knabstrup-aftenen: en facilitator kører hele aftenen på dansk ved 1280x720', async ({ page, shell }) => {
  test.setTimeout(360_000)
  const panel = panelOf(page)

  await test.step('a new workshop from the Styrkekort template', async () => {
    await page.goto(shell.url)
    await page.getByRole('button', { name: 'Ny workshop' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ny workshop' })
    await dialog.getByRole('textbox', { name: 'Titel' }).fill(TITLE)
    await dialog.getByRole('combobox', { name: 'Skabelon' }).selectOption({ label: 'Styrkekort' })
    await expect(dialog.getByRole('combobox', { name: 'Workshoppens sprog' })).toHaveValue('da')
    await dialog.getByRole('button', { name: 'Opret' }).click()
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
    await expect(tavle(page)).toHaveAttribute('data-scale', /\d/)
    await expect(panel).toBeVisible()
    await shot(page, 'new-workshop')
  })

  await test.step('setup: place, date, 35 citizens, 5 politicians and 10 staff', async () => {
    await openTab(page, 'Opsætning')
    const details = panel.getByRole('form', { name: 'Workshop' })
    await details.getByRole('textbox', { name: 'Sted' }).fill('Knabstrup Forsamlingshus')
    await details.getByRole('textbox', { name: 'Facilitator' }).fill('Sara Lund')
    await details.getByLabel('Dato (første møde)').fill('24.06.2027')
    await details.getByRole('button', { name: 'Gem workshoppens oplysninger' }).click()
    await expect(page.getByText('Knabstrup Forsamlingshus · Sara Lund')).toBeVisible()

    const add = panel.getByRole('form', { name: 'Tilføj deltagere' })
    let people = 0
    for (const [count, role, name] of [
      [34, 'Borger', ''],
      [1, 'Borger', 'Ida Holm'],
      [5, 'Politiker', ''],
      [10, 'Medarbejder', ''],
    ] as const) {
      await add.getByRole('spinbutton', { name: 'Hvor mange' }).fill(String(count))
      await add.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: role })
      if (name) await add.getByRole('textbox', { name: 'Navn (valgfrit)' }).fill(name)
      await add.getByRole('button', { name: 'Tilføj deltagere' }).click()
      people += count
      // The form empties itself when the people are added; type the next batch after that, as a person would.
      await expect(panel.getByText(`${people} deltagere`, { exact: true })).toBeVisible()
    }
    await expect(panel.getByText('50 deltagere')).toBeVisible()
    await expect(panel.getByRole('list', { name: 'Deltagere efter rolle' }).getByRole('listitem')).toHaveText([
      'Borger 35',
      'Politiker 5',
      'Medarbejder 10',
      'Andet 0',
    ])
    await shot(page, 'setup-50-participants')
  })

  await test.step('strengths into their categories with Quick add', async () => {
    const form = panel.getByRole('form', { name: 'Hurtig-tilføj sedler' })
    for (const [category, lines] of [...Object.entries(STRENGTHS), ['Mennesker', MORE_PEOPLE] as const]) {
      await form.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: 'Styrke' })
      await form.getByRole('combobox', { name: 'Sedlernes kategori' }).selectOption({ label: category })
      await form.getByRole('textbox', { name: 'Sedler, én pr. linje' }).fill(lines.join('\n'))
      await form.getByRole('button', { name: 'Tilføj sedler' }).click()
      await expect(form.getByRole('status')).toHaveText(`${lines.length} sedler tilføjet.`)
    }
    await shot(page, 'strengths-quick-added')
  })

  await bug('11', 'Quick add places new notes beside the ones already in the area, never on them', async () => {
    const doc = await eveningDoc(page, shell)
    const people = Object.values(doc.note).filter((note) => note.categoryId === 'people')
    expect(people).toHaveLength(6)
    expect(overlappingPairs(people.map((note) => ({ name: note.text, box: note })))).toEqual([])
    const zone = doc.zone['zone-people']!
    for (const note of people) expect(inside(note, zone), `${note.text} in Mennesker`).toBe(true)
  })

  await test.step('one strength written on the board, in the Kultur area', async () => {
    const doc = await eveningDoc(page, shell)
    const culture = doc.zone['zone-culture']!
    const taken = Object.values(doc.note).filter((note) => note.categoryId === 'culture')
    const first = taken.find((note) => note.text === 'Høstfesten')!
    // An empty spot in the area just below the first Kultur note, where no note is.
    const spot = { x: first.x + first.width / 2, y: first.y + first.height * 2.2 }
    expect(inside({ ...spot, width: 1, height: 1 }, culture)).toBe(true)
    expect(taken.some((note) => overlaps(note, { ...spot, width: 1, height: 1 }))).toBe(false)
    // Go there as a facilitator does: choose the note in the board's list, zoom to it, step back out.
    const zoom = page.getByRole('status', { name: 'Zoomniveau' })
    const overview = await zoom.textContent()
    await seddel(page, 'Høstfesten').focus()
    await page.keyboard.press('Shift+2')
    await expect(zoom).not.toHaveText(overview ?? '')
    for (let step = 0; step < 8 && parseInt((await zoom.textContent()) ?? '0') > 50; step++) {
      const before = await zoom.textContent()
      await page.getByRole('button', { name: 'Zoom ud' }).click()
      await expect(zoom).not.toHaveText(before ?? '')
    }
    const view = (await tavle(page).boundingBox())!
    await expect
      .poll(async () => {
        const at = await skærmpunkt(page, spot)
        return at.x > view.x && at.x < view.x + view.width && at.y > view.y && at.y < view.y + view.height - 100
      })
      .toBe(true)
    const at = await skærmpunkt(page, spot)
    await page.mouse.dblclick(at.x, at.y)
    await expect(page.getByRole('textbox', { name: 'Sedlens tekst' })).toBeFocused()
    await page.keyboard.type('Kunstnerne i Knabstrup')
    await page.keyboard.press('Escape')
    // A note written on the board starts as an idea, also inside a category's area: the facilitator makes it
    // a Kultur strength with the board's own Type and Kategori (the new note is still selected).
    await (await notePicker(page, 'Type', { note: 'Seddel' })).selectOption({ label: 'Styrke' })
    await (await notePicker(page, 'Kategori', { note: 'Seddel' })).selectOption({ label: 'Kultur' })
    await expect(seddel(page, 'Kunstnerne i Knabstrup')).toHaveAccessibleName('Kunstnerne i Knabstrup (Styrke, Kultur)')
    await shot(page, 'strength-on-board')
  })

  await test.step('ideas with Quick add', async () => {
    const form = panel.getByRole('form', { name: 'Hurtig-tilføj sedler' })
    await form.getByRole('combobox', { name: 'Sedlernes type' }).selectOption({ label: 'Idé' })
    const ideas = Object.values(THEMES).flat()
    await form.getByRole('textbox', { name: 'Sedler, én pr. linje' }).fill(ideas.join('\n'))
    await form.getByRole('button', { name: 'Tilføj sedler' }).click()
    await expect(form.getByRole('status')).toHaveText(`${ideas.length} sedler tilføjet.`)
    await expect(sedler(page).getByRole('button', { name: /\(Idé\)$/ })).toHaveCount(ideas.length)
    await shot(page, 'ideas-added')
  })

  await test.step('six themes from ticked ideas in the Temaer tab', async () => {
    await openTab(page, 'Temaer')
    for (const [theme, ideas] of Object.entries(THEMES)) {
      const checklist = panel.getByRole('list', { name: 'Sedler uden tema' })
      for (const idea of ideas) await checklist.getByRole('checkbox', { name: idea, exact: true }).check()
      await expect(panel.getByText(`${ideas.length} afkrydset`)).toBeVisible()
      await panel.getByRole('textbox', { name: 'Navn på det nye tema (kan vente)' }).fill(theme)
      await panel.getByRole('button', { name: 'Lav tema af de afkrydsede sedler' }).click()
      await expect(panel.getByRole('list', { name: `Sedler i ${theme}` }).getByRole('listitem')).toHaveCount(ideas.length)
    }
    await expect(panel.getByText('Alle sedler er i et tema.')).toBeVisible()
    const onBoard = page.getByRole('list', { name: 'Temaer på tavlen' }).getByRole('button')
    await expect(onBoard).toHaveText(THEME_NAMES.map((name) => `${name} (3 sedler)`))
    await tavle(page).focus()
    await page.keyboard.press('0')
    await shot(page, 'six-themes')
  })

  await bug('3', 'making themes gathers their notes into blocks that overlap nothing', async () => {
    const doc = await eveningDoc(page, shell)
    const blocks = themeBlocks(doc)
    expect(blocks).toHaveLength(6)
    expect(overlappingPairs(blocks)).toEqual([])
    // Nor do their outlines with the label row above (outline padding 10, label row 30 + gap 4 board units).
    expect(overlappingPairs(blocks.map(({ name, box }) => ({ name, box: withOutline(box) })))).toEqual([])
    // No note outside a theme lies inside a theme's block (a block is the theme's notes, tidy).
    for (const block of blocks) {
      const strangers = Object.values(doc.note).filter(
        (note) => doc.theme[note.themeId ?? '']?.name !== block.name && overlaps(note, block.box),
      )
      expect(strangers.map((note) => note.text), `notes under ${block.name}`).toEqual([])
    }
  })

  await test.step('a paper-dot round on the themes', async () => {
    await openTab(page, 'Afstemning')
    const start = panel.getByRole('form', { name: 'Ny afstemningsrunde' })
    await expect(start.getByText('6 muligheder')).toBeVisible()
    await expect(start.getByRole('spinbutton', { name: 'Prikker pr. deltager' })).toHaveValue('3')
    await start.getByRole('textbox', { name: 'Rundens titel' }).fill('Hvad tager vi først?')
    await start.getByRole('button', { name: 'Start runden' }).click()
    await expect(panel.getByText('Resultatet er skjult, indtil du viser det.')).toBeVisible()
  })

  const record = panel.getByRole('form', { name: 'Registrér prikker' })
  const fillDots = async (dots: Record<string, number | string>) => {
    for (const theme of THEME_NAMES)
      await record.getByRole('spinbutton', { name: `Prikker på ${theme}` }).fill(String(dots[theme] ?? ''))
  }
  const chooseRole = async (role: string) => {
    await record.getByRole('radio', { name: 'Papirprikker for en rolle' }).check()
    await record.getByRole('combobox', { name: 'Papirprikkernes rolle' }).selectOption({ label: role })
  }

  await bug('6', 'paper dots: each role’s budget shown, more than the budget refused with a message', async () => {
    await chooseRole('Politiker')
    await expect(record).toContainText('0 af 15 politikerprikker')
    // Sixteen dots from five politicians with three each: refused with a sentence, nothing recorded.
    await fillDots({ ...DOTS.Politiker, Trafik: 5 })
    await expect(record).toContainText('16 af 15 politikerprikker')
    await record.getByRole('button', { name: 'Registrér papirprikker for Politiker' }).click()
    await expect(record.getByRole('alert')).toBeVisible()
    await shot(page, 'over-budget-refused')
    // 200 dots in one field: at most 2 per person on one theme, 70 for the 35 citizens.
    await chooseRole('Borger')
    await expect(record).toContainText('0 af 105 borgerprikker')
    await fillDots({ Trafik: 200 })
    await record.getByRole('button', { name: 'Registrér papirprikker for Borger' }).click()
    await expect(record.getByRole('alert')).toBeVisible()
    await expect(panel.getByText(/^0 prikker indtil nu/)).toBeVisible()
    await fillDots({})
  })

  await test.step('paper dots recorded by role, within the budgets', async () => {
    for (const [role, dots] of Object.entries(DOTS)) {
      await chooseRole(role)
      // The politicians' count is first typed one short on Trafik, then corrected (below).
      await fillDots(role === 'Politiker' ? { ...dots, Trafik: dots.Trafik! - 1 } : dots)
      await record.getByRole('button', { name: `Registrér papirprikker for ${role}` }).click()
      const sum = Object.values(dots).reduce((a, b) => a + b, 0) - (role === 'Politiker' ? 1 : 0)
      expect(Object.values(dots).reduce((a, b) => a + b, 0)).toBe(BUDGET[role])
      await expect(record.getByRole('status')).toHaveText(new RegExp(`^${sum} \\w+prikker registreret\\.$`))
    }
    await expect(panel.getByText(/^149 prikker indtil nu/)).toBeVisible()
    await expect(panel.getByRole('table', { name: /^Resultat af/ })).toHaveCount(0)
    await shot(page, 'dots-recorded-hidden')
  })

  await bug('6', 'recording a role again is a visible correction, not a silent sum', async () => {
    await chooseRole('Politiker')
    await expect(record).toContainText('Politikerprikker er allerede registreret (14 i alt)')
    await fillDots(DOTS.Politiker!)
    await record.getByRole('button', { name: 'Ret papirprikker for Politiker' }).click()
    await expect(record.getByRole('status')).toHaveText('Politikerprikker rettet: 14 → 15.')
    await expect(panel.getByText(/^150 prikker indtil nu/)).toBeVisible()
    await shot(page, 'politicians-corrected')
  })

  await test.step('reveal: the results by role, the near tie named as one', async () => {
    await panel.getByRole('button', { name: 'Vis resultatet' }).click()
    const table = panel.getByRole('table', { name: 'Resultat af Hvad tager vi først?' })
    await expect(table).toBeVisible()
    for (const theme of THEME_NAMES) {
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) })
      await expect(row.getByRole('cell')).toHaveText([
        /^\d/,
        String(TOTAL(theme)),
        String(DOTS.Borger![theme]),
        String(DOTS.Politiker![theme]),
        String(DOTS.Medarbejder![theme]),
      ])
    }
    const rank = (theme: string) =>
      table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: theme, exact: true }) }).getByRole('cell').first()
    await expect(rank('Trafik')).toHaveText('1')
    await expect(rank('Fritid')).toHaveText('4 Næsten lige')
    await expect(rank('Tilflyttere')).toHaveText('4 Næsten lige')
    await table.scrollIntoViewIfNeeded()
    await shot(page, 'results-revealed')
  })

  await bug('8', 'the results table fits the Method panel at 1280 px', async () => {
    const table = panel.getByRole('table', { name: 'Resultat af Hvad tager vi først?' })
    const tableBox = (await table.boundingBox())!
    const panelBox = (await panel.boundingBox())!
    expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(Math.min(1280, panelBox.x + panelBox.width) + 0.5)
  })

  // Projects from the three top themes: title, goal, owner and first step typed, closed with "Færdig med at redigere".
  await test.step('projects from the top themes', async () => {
    await openTab(page, 'Projekter')
    for (const project of PROJECTS) {
      await panel.getByRole('combobox', { name: 'Fra tema' }).selectOption({ label: project.theme })
      await panel.getByRole('button', { name: 'Opret projekt fra tema' }).click()
      const form = panel.getByRole('form', { name: `Redigerer: ${project.theme}` })
      await expect(form).toBeVisible()
      await form.getByRole('textbox', { name: 'Titel' }).fill(project.title)
      await form.getByRole('textbox', { name: 'Mål (hvad er anderledes efter 100 dage)' }).fill(project.goal)
      await form.getByRole('combobox', { name: 'Tovholder' }).selectOption({ label: project.owner })
      await form.getByRole('textbox', { name: 'Første skridt' }).fill(project.firstStep)
      await bug('7', `"Færdig med at redigere" keeps what was typed in ${project.theme}`, async () => {
        await form.getByRole('button', { name: 'Færdig med at redigere' }).click()
        await expect(form).toHaveCount(0)
        await expect(panel.getByRole('button', { name: `Redigér ${project.title}` })).toBeVisible()
      })
    }
    const list = panel.getByRole('list', { name: 'Alle handleprojekter' })
    await expect(list.getByRole('listitem')).toHaveCount(3)
    const doc = await eveningDoc(page, shell)
    const people = Object.values(doc.participant)
    for (const project of PROJECTS) {
      const saved = Object.values(doc.project).find((p) => p.title === project.title)
      expect(saved, `project ${project.title} saved`).toBeDefined()
      expect(saved!.goal).toBe(project.goal)
      expect(saved!.firstStep).toBe(project.firstStep)
      expect(saved!.ownerId).toBe(people.find((p) => project.owner.startsWith(p.name ?? '\u0000'))?.id ?? saved!.ownerId)
      expect(saved!.ownerId).not.toBeNull()
    }
    await shot(page, 'projects-typed')
  })

  await bug('1', 'project cards sit in the Handleprojekter area, in order, on top of nothing', async () => {
    const doc = await eveningDoc(page, shell)
    const zone = doc.zone['zone-projects']!
    const cards = Object.values(doc.project).map((p) => ({ name: p.title, box: { x: p.x, y: p.y, ...CARD } }))
    for (const card of cards) expect(inside(card.box, zone), `${card.name} in Handleprojekter`).toBe(true)
    expect(overlappingPairs(cards)).toEqual([])
    for (const card of cards)
      expect(Object.values(doc.note).filter((note) => overlaps(note, card.box)).map((n) => n.text)).toEqual([])
    const projectsOnBoard = page.getByRole('list', { name: 'Projekter på tavlen' }).getByRole('button')
    await expect(projectsOnBoard).toHaveCount(3)
  })

  await test.step('the board at 1280x720 with everything on it', async () => {
    await tavle(page).focus()
    await page.keyboard.press('0')
    await shot(page, 'board-everything')
    // The board's share of the screen with the Method panel open (issue 10 asks for at least 60 %), printed.
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size)
      await expect.poll(async () => (await tavle(page).boundingBox())!.width).toBeLessThan(size.width)
      const box = (await tavle(page).boundingBox())!
      const share = (box.width * box.height) / (size.width * size.height)
      console.log(`board share of the screen at ${size.width}x${size.height}, Method panel open: ${(100 * share).toFixed(0)} %`)
    }
  })

  let projector!: Page
  await test.step('the projector opened beside the laptop, presenting', async () => {
    await page.getByRole('button', { name: 'Projektor', exact: true }).click()
    const popup = page.waitForEvent('popup')
    await page.getByRole('button', { name: 'Åbn projektorvindue' }).click()
    projector = await popup
    await projector.setViewportSize({ width: 1280, height: 720 })
    await page.getByRole('button', { name: 'Præsentér', exact: true }).click()
    await expect(projectorBoard(projector)).toBeVisible()
    await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
    await shot(projector, 'projector-board')
  })

  await bug('2', 'the projector draws the theme labels and the project cards the board lists', async () => {
    // The board's own lists (what the laptop holds) against what the projector's drawing put on its canvas.
    const listedThemes = (await page.getByRole('list', { name: 'Temaer på tavlen' }).getByRole('button').allTextContents())
      .map((name) => name.replace(/ \(.*\)$/, ''))
      .sort()
    const listedProjects = (await page.getByRole('list', { name: 'Projekter på tavlen' }).getByRole('button').allTextContents())
      .map((name) => name.slice(0, name.indexOf(': ')))
      .sort()
    expect(listedThemes).toEqual([...THEME_NAMES].sort())
    expect(listedProjects).toEqual(PROJECTS.map((p) => p.title).sort())
    // The projector follows the laptop, which shows everything.
    await tavle(page).focus()
    await page.keyboard.press('0')
    await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
    await expect.poll(async () => (await drawnOn(projectorBoard(projector))).themes.map(drawnThemeName).sort()).toEqual(listedThemes)
    await expect.poll(async () => (await drawnOn(projectorBoard(projector))).projects.sort()).toEqual(listedProjects)
    // Their dots were revealed: every label carries them, as on the laptop.
    for (const label of (await drawnOn(projectorBoard(projector))).themes) expect(label).toMatch(/● \d+ prik/)
    await shot(projector, 'projector-themes-and-cards')
  })

  await bug('10', 'at Vis alt the projector draws every theme label and project title whole, the areas fitted to what they hold', async () => {
    // The laptop's Vis alt button (the projector follows the laptop's view); both fits are printed.
    await page.getByRole('button', { name: 'Vis alt', exact: true }).click()
    await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await projector.setViewportSize(size)
      await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
      await expect.poll(async () => (await drawnOn(projectorBoard(projector))).projects.length).toBe(PROJECTS.length)
      const drawn = (await drawnOn(projectorBoard(projector))) as { themes: string[]; projects: string[]; truncated?: string[] }
      const zoom = Number(await projectorBoard(projector).getAttribute('data-scale'))
      const laptop = Number(await tavle(page).getAttribute('data-scale'))
      console.log(`Vis alt at ${size.width}x${size.height}: projector zoom ${(100 * zoom).toFixed(1)} %, laptop ${(100 * laptop).toFixed(1)} %`)
      expect(drawn.themes).toHaveLength(THEME_NAMES.length)
      // Before: "Trafik · ● 42 prik…", "Naboskab · ● 28 p…", "Sikker skole…", "Lektie… i forsa…" at 18 % zoom.
      expect(drawn.truncated ?? [], `labels cut at ${size.width}x${size.height}`).toEqual([])
      await shot(projector, `projector-vis-alt-${size.width}`)
    }
    await projector.setViewportSize({ width: 1280, height: 720 })
    // The laptop at Vis alt on a larger screen (a larger board: a larger fit), to look at.
    const at1280 = Number(await tavle(page).getAttribute('data-scale'))
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.getByRole('button', { name: 'Vis alt', exact: true }).click()
    await expect.poll(async () => Number(await tavle(page).getAttribute('data-scale'))).toBeGreaterThan(at1280)
    console.log(`laptop Vis alt at 1920x1080: ${(100 * Number(await tavle(page).getAttribute('data-scale'))).toFixed(1)} %`)
    await shot(page, 'laptop-vis-alt-1920')
    await page.setViewportSize({ width: 1280, height: 720 })
    // The empty Institutioner and Økonomi areas are one free row of notes tall, not 640 units of nothing.
    const doc = await eveningDoc(page, shell)
    for (const id of ['zone-institutions', 'zone-economy']) {
      const zone = doc.zone[id]!
      const row = Object.values(doc.zone).filter((other) => other.y === zone.y)
      const notes = Object.values(doc.note).filter((note) => row.some((r) => inside(note, r)))
      const lowest = Math.max(...notes.map((note) => note.y + note.height))
      expect(zone.y + zone.height - lowest, `${id}: room under the row's notes`).toBeLessThanOrEqual(24 + 120 + 30)
    }
  })

  await bug('4', 'the first click on "Start uret" right after typing private notes starts the timer', async () => {
    await openTab(page, 'Dagsorden og ur')
    const notes = panel.getByRole('textbox', { name: /^Private noter til / })
    await notes.click()
    await page.keyboard.type(PRIVATE_NOTE)
    await panel.getByRole('button', { name: 'Start uret' }).click()
    await expect(panel.getByRole('button', { name: 'Sæt uret på pause' })).toBeVisible()
    await expect(projector.getByRole('timer')).not.toHaveText(/^\d+:00$/, { timeout: 5_000 })
    await shot(page, 'timer-started')
  })

  await bug('5', '"Mine noter" shows the typed note, and Escape closes it without covering the controls', async () => {
    const myNotes = page.getByRole('button', { name: 'Mine noter' })
    if ((await myNotes.count()) === 0) await page.getByRole('button', { name: 'Projektor', exact: true }).click()
    await myNotes.click()
    await expect(page.getByRole('region', { name: 'Mine noter' })).toContainText(PRIVATE_NOTE)
    await shot(page, 'my-notes-open')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('region', { name: 'Mine noter' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Stop præsentation' })).toBeVisible() // Escape closed the panel, not the show
    expect(await projector.content()).not.toContain('nøglen til forsamlingshuset')
  })

  await test.step('nothing typed is lost: the private note is in the file', async () => {
    const doc = await eveningDoc(page, shell)
    expect(Object.values(doc.phase).some((phase) => phase.facilitatorNotes === PRIVATE_NOTE)).toBe(true)
  })

  const shows = page.getByRole('combobox', { name: 'Projektoren viser' })
  await bug('10', 'the project spotlight shows the owner, also an unnamed one ("Borger 3")', async () => {
    if ((await shows.count()) === 0) await page.getByRole('button', { name: 'Projektor', exact: true }).click()
    await shows.selectOption({ label: 'Lektiecafé i forsamlingshuset' })
    const spotlight = projector.getByRole('region', { name: 'Lektiecafé i forsamlingshuset' })
    await expect(spotlight).toContainText('Borger 3')
    await expect(spotlight).toContainText('Tyve børn kommer hver uge')
    await shot(projector, 'projector-project-spotlight')
  })

  await bug('16', 'dates on the projector in the workshop’s language, not 2027-10-02', async () => {
    const spotlight = projector.getByRole('region', { name: 'Lektiecafé i forsamlingshuset' })
    await expect(spotlight).toContainText('2027')
    await expect(spotlight).not.toContainText(/\d{4}-\d{2}-\d{2}/)
  })

  await bug('15', 'the projector names the near tie as the panel does, and splits the dots by role', async () => {
    await shows.selectOption({ label: 'Resultat: Hvad tager vi først?' })
    const results = projector.getByRole('region', { name: 'Resultat: Hvad tager vi først?' })
    await expect(results.locator('[data-item]')).toHaveCount(6)
    await expect(results).toContainText(/næsten lige/i)
    await expect(results).not.toContainText('(lige)')
    await shot(projector, 'projector-results')
    // All six fit on the 1280x720 projector: the room sees the last place too.
    for (const item of await results.locator('[data-item]').all()) {
      const box = (await item.boundingBox())!
      expect(box.y + box.height, `${await item.textContent()} on the screen`).toBeLessThanOrEqual(720)
    }
    // The role split: citizens' 30 dots on Trafik are on the screen.
    await expect(results.locator('[data-item]').first()).toContainText('30')
  })

  await test.step('back to following the laptop', async () => {
    await shows.selectOption({ label: 'Følg min visning' })
    await expect(projector.locator('.projector')).toHaveAttribute('data-mode', 'follow')
    await expect(projectorBoard(projector)).toHaveAttribute('data-moving', 'false')
    await shot(projector, 'projector-follow')
  })

  const pdf = join(shell.scratchDir, 'Knabstrup rapport.pdf')
  await test.step('the PDF report, exported from the dialog', async () => {
    await (await fileMenu(page, 'Fil')).getByRole('button', { name: 'Eksportér rapport…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Eksportér rapport' })
    await expect(dialog).toBeVisible()
    // The owners said yes to having their names in the report.
    await dialog.getByRole('checkbox', { name: 'Vis deltagernes navne (kun hvis de har sagt ja)' }).check()
    await dialog.getByRole('textbox', { name: 'Gem PDF’en som (fuld sti)' }).fill(pdf)
    await shot(page, 'report-dialog')
    await dialog.getByRole('button', { name: 'Eksportér PDF' }).click()
    await expect(dialog.getByRole('status')).toContainText(`Rapporten blev gemt i ${pdf}`, { timeout: 90_000 })
    await dialog.getByRole('button', { name: 'Luk' }).click()
    await expect(dialog).toBeHidden()
  })

  copyFileSync(pdf, join(SHOTS_DIR, 'report.pdf'))
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  await test.step('the report text: title, projects and their owners', async () => {
    expect(text).toContain(TITLE)
    for (const project of PROJECTS) expect(text).toContain(project.title)
    for (const project of PROJECTS) expect(text).toContain(project.ownerShown)
    expect(text).toContain('150 prikker i alt')
  })
  await bug('9', 'the report counts the 50 people who took part in the paper round', async () => {
    expect(text).toContain('50 deltog')
  })

  await bug('2', 'the report’s board page draws the theme labels and the project cards where the board has them', async () => {
    // The board page is the one with the board's caption; its picture is taken out of the PDF as it is.
    const pages = text.split('\f')
    const index = pages.findIndex((p) => p.includes('Hele tavlen, da rapporten blev lavet'))
    expect(index).toBeGreaterThanOrEqual(0)
    // The caption counts what the picture drew.
    expect(pages[index]!.replace(/\s+/g, ' ')).toContain('6 temaer, 3 handleprojekter.')
    const page1 = String(index + 1)
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', page1, '-l', page1, '-singlefile', pdf, join(SHOTS_DIR, 'report-board-page')])
    const prefix = join(SHOTS_DIR, 'report-board-picture')
    execFileSync('pdfimages', ['-png', '-f', page1, '-l', page1, pdf, prefix])
    const picturePath = `${prefix}-000.png`
    // The picture covers everything on the board with a 40-unit margin; its scale follows from its width, and
    // it is placed by its left and bottom edges (area titles above the top areas make the top less certain).
    const doc = await eveningDoc(page, shell)
    const cards = Object.values(doc.project).map((p) => ({ name: p.title, box: { x: p.x, y: p.y, ...CARD } }))
    const blocks = themeBlocks(doc)
    const outlines = blocks.map(({ box }) => withOutline(box))
    const everything = boundsOf([...Object.values(doc.note), ...Object.values(doc.zone), ...cards.map((c) => c.box), ...outlines])
    const { width, height } = await drawnShares(page, picturePath, [])
    const scale = width / (everything.width + 80)
    const bottom = everything.y + everything.height + 40
    const toPicture = (box: Box) => ({
      x: (box.x - everything.x + 40) * scale,
      y: height - (bottom - box.y) * scale,
      width: box.width * scale,
      height: box.height * scale,
    })
    const notes = Object.values(doc.note)
    const emptyArea = doc.zone['zone-institutions']!
    const checks = [
      ...cards.map((card) => ({ name: `card ${card.name}`, box: toPicture(card.box) })),
      // The label row above each theme's block (theme outline padding 10, gap 4, label 30 units high).
      ...blocks.map((block) => ({
        name: `label ${block.name}`,
        box: toPicture({ x: block.box.x - 10, y: block.box.y - 44, width: Math.min(block.box.width, 200), height: 30 }),
      })),
      // Controls that the mapping is right: a note is drawn; the empty Institutioner area is flat.
      { name: 'control: a note', box: toPicture(notes[0]!) },
      { name: 'control: empty area', box: toPicture({ x: emptyArea.x + 100, y: emptyArea.y + 100, width: 300, height: 200 }) },
    ]
    const { shares } = await drawnShares(page, picturePath, checks)
    console.log('report board picture, share of each box that is drawn on:', shares)
    expect(shares['control: a note']).toBeGreaterThan(0.02)
    expect(shares['control: empty area']).toBeLessThan(0.005)
    for (const check of checks.filter((c) => !c.name.startsWith('control')))
      expect(shares[check.name], `${check.name} drawn in the report`).toBeGreaterThan(0.02)
  })

  await projector.close()
})

