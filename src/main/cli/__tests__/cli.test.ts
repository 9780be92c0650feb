// The CLI against real workshop files in a temp folder, run in-process through runCli.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { WorkshopSummary } from '@shared/analysis/workshopSummary'
import { WorkshopStore } from '../../core/workshopStore'
import { cli, listing, tempDir } from './helpers'

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function demoFile(dir = tempDir(), language = 'en'): string {
  const file = path.join(dir, 'demo.handlekraft')
  const run = cli(['demo', file, '--lang', language])
  expect(run.code, run.err).toBe(0)
  return file
}

describe('demo and info', () => {
  it('builds the demo and info --json reports its counts', () => {
    const file = demoFile()
    const run = cli(['info', file, '--json'])
    expect(run.code, run.err).toBe(0)
    const info = JSON.parse(run.out) as WorkshopSummary
    expect(info.participants.byRole).toEqual({ citizen: 35, politician: 5, staff: 10, other: 0 })
    expect(Object.values(info.notes.byCategory)).toHaveLength(6)
    for (const count of Object.values(info.notes.byCategory)) expect(count).toBeGreaterThan(0)
    expect(info.notes.byKind.idea).toBe(80)
    expect(info.themes).toHaveLength(6)
    expect(info.projects).toHaveLength(6)
    for (const project of info.projects) expect(project).toMatchObject({ missing: [], completeness: 1 })
    expect(info.votes.total).toBe(50 * 4)
    expect(info.themes.reduce((sum, theme) => sum + (theme.votes?.total ?? 0), 0)).toBe(200)
    expect(info.votes.byRole).toEqual({ citizen: 35 * 4, politician: 5 * 4, staff: 10 * 4, other: 0 })
  })

  it('prints readable tables in Danish', () => {
    const file = demoFile(tempDir(), 'da')
    const run = cli(['info', file], { LANG: 'da_DK.UTF-8' })
    expect(run.code, run.err).toBe(0)
    expect(run.out).toMatch(/Deltagere: 50/)
    expect(run.out).toMatch(/Borger\s+35/)
    expect(run.out).toMatch(/Handleprojekter: 6/)
    expect(run.out).toMatch(/13\/13 \(100\s%\)/)
  })

  it('leaves the file and its folder exactly as they were', () => {
    const dir = tempDir()
    const file = demoFile(dir)
    const before = { hash: hash(file), files: listing(dir) }
    expect(cli(['info', file]).code).toBe(0)
    expect(cli(['check', file]).code).toBe(0)
    expect({ hash: hash(file), files: listing(dir) }).toEqual(before)
  })

  it('refuses to build a demo over an existing file', () => {
    const file = demoFile()
    const before = hash(file)
    const run = cli(['demo', file])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/already exists/)
    expect(hash(file)).toBe(before)
  })
})

describe('check', () => {
  it('passes a healthy demo', () => {
    const run = cli(['check', demoFile()])
    expect(run.code, run.err).toBe(0)
    expect(run.out).toMatch(/Application id:\s+0x484b5753/)
    expect(run.out).toMatch(/Integrity:\s+ok/)
    expect(run.out).toMatch(/50 participants, 140 notes, 6 themes/)
  })

  it('fails a copy with bytes overwritten in the middle', () => {
    const dir = tempDir()
    const file = demoFile(dir)
    const broken = path.join(dir, 'broken.handlekraft')
    fs.copyFileSync(file, broken)
    const bytes = fs.readFileSync(broken)
    const middle = Math.floor(bytes.length / 2)
    bytes.fill(0xa5, middle - 8192, middle + 8192)
    fs.writeFileSync(broken, bytes)

    const run = cli(['check', broken])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/damaged|problems/)
  })

  it('fails a file whose records point at rows that are gone, listing the problems', () => {
    const dir = tempDir()
    const file = demoFile(dir)
    const db = new Database(file)
    db.pragma('foreign_keys = OFF')
    db.prepare('DELETE FROM session WHERE id = ?').run('session-kickoff')
    db.close()

    const run = cli(['check', file])
    expect(run.code).toBe(1)
    expect(run.out).toMatch(/Integrity:\s+\d+ problem/)
    expect(run.out).toMatch(/- foreign key: note/)
    expect(run.err).toContain('The workshop file has problems.')
  })

  it('refuses a file that is not a workshop, with the translated message', () => {
    const dir = tempDir()
    const text = path.join(dir, 'notes.handlekraft')
    fs.writeFileSync(text, 'shopping list: coffee, cake\n')
    const danish = cli(['check', text], { LANG: 'da_DK.UTF-8' })
    expect(danish.code).toBe(1)
    expect(danish.err).toContain('Filen kunne ikke tjekkes.')
    const english = cli(['check', text, '--lang', 'en'], { LANG: 'da_DK.UTF-8' })
    expect(english.err).toContain('This file is not a Handlekraft workshop.')
    expect(cli(['check', path.join(dir, 'missing.handlekraft')]).code).toBe(1)
  })
})

describe('new', () => {
  it('creates a workshop with the chosen title, language and template', () => {
    const file = path.join(tempDir(), 'ny.handlekraft')
    const run = cli(['new', file, '--title', 'Landsbyen mødes', '--lang', 'da', '--template', 'strengths-map'])
    expect(run.code, run.err).toBe(0)
    const store = WorkshopStore.open(file)
    try {
      expect(store.doc.workshop.workshop).toMatchObject({
        title: 'Landsbyen mødes',
        language: 'da',
        template: 'strengths-map',
      })
      expect(Object.keys(store.doc.zone).length).toBeGreaterThan(0)
    } finally {
      store.close()
    }
  })

  it('refuses to overwrite an existing file', () => {
    const dir = tempDir()
    const file = path.join(dir, 'taken.handlekraft')
    fs.writeFileSync(file, 'something precious')
    const run = cli(['new', file, '--title', 'Another'])
    expect(run.code).toBe(1)
    expect(run.err).toMatch(/already exists/)
    expect(fs.readFileSync(file, 'utf8')).toBe('something precious')
    expect(listing(dir)).toEqual(['taken.handlekraft'])
  })
})

describe('command line', () => {
  it('shows help for the tool and for each command', () => {
    expect(cli(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage: handlekraft <command>') })
    for (const command of ['new', 'demo', 'check', 'info']) {
      const run = cli([command, '--help'])
      expect(run.code).toBe(0)
      expect(run.out).toContain(`handlekraft ${command}`)
    }
    expect(cli(['info', '-h'], { LANG: 'da_DK.UTF-8' }).out).toContain('Brug: handlekraft info')
  })

  it.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [[], /Name a command/],
    [['info', 'x.handlekraft', '--colour'], /Unknown option --colour/],
    [['new', 'x.handlekraft'], /--title/],
    [['new', 'x.handlekraft', '--title'], /needs a value/],
    [
      ['new', 'x.handlekraft', '--title', 'T', '--template', 'fancy'],
      /--template must be one of: blank, strengths-map, action-projects/,
    ],
    [['demo', 'x.handlekraft', '--lang', 'de'], /--lang must be one of: da, en/],
    [['check'], /Name the workshop file/],
    [['check', 'a.handlekraft', 'b.handlekraft'], /one workshop file/],
  ])('exits with 2 on %j', (args, message) => {
    const run = cli(args)
    expect(run.code).toBe(2)
    expect(run.err).toMatch(message)
  })
})
