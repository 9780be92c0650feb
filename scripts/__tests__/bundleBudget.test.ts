import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { budgetVerdict, entrySize, PHONE_BUDGET_BYTES, type BudgetChunk } from '../bundleBudget'

/** Random base64 hardly compresses (to about 3/4 of its length, the bits it carries). */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes)

function bundle(phoneCode: string, sharedCode: string): Record<string, BudgetChunk> {
  return {
    'assets/phone.js': {
      type: 'chunk',
      fileName: 'assets/phone.js',
      isEntry: true,
      facadeModuleId: '/repo/src/renderer/phone.html',
      imports: ['assets/react.js'],
      code: phoneCode,
    },
    'assets/react.js': { type: 'chunk', fileName: 'assets/react.js', imports: ['assets/phone.js'], code: sharedCode },
    'assets/index.js': {
      type: 'chunk',
      fileName: 'assets/index.js',
      isEntry: true,
      facadeModuleId: '/repo/src/renderer/index.html',
      imports: ['assets/react.js'],
      code: incompressible(400_000),
    },
    'assets/phone.css': { type: 'asset', fileName: 'assets/phone.css' },
  }
}

describe('the phone page budget', () => {
  it('counts the phone entry and what it imports, not the other entries', () => {
    const size = entrySize(bundle('a'.repeat(10_000), 'b'.repeat(10_000)), 'src/renderer/phone.html')!
    expect(size.files.sort()).toEqual(['assets/phone.js', 'assets/react.js'])
    expect(size.bytes).toBe(20_000)
    expect(size.gzipBytes).toBeLessThan(1_000)
    expect(budgetVerdict(size).ok).toBe(true)
  })

  it('fails a phone page above 150 kB gzipped and says so', () => {
    const size = entrySize(bundle(incompressible(130_000), incompressible(90_000)), 'phone.html')!
    expect(size.gzipBytes).toBeGreaterThan(PHONE_BUDGET_BYTES)
    const verdict = budgetVerdict(size)
    expect(verdict.ok).toBe(false)
    expect(verdict.line).toContain('OVER BUDGET')
  })

  it('finds nothing when there is no phone entry', () => {
    expect(entrySize(bundle('a', 'b'), 'nothing.html')).toBeNull()
  })
})
