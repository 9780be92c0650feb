// The example in docs/json-format.md is a valid file, so the documentation cannot drift from the schema.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseExchangeText } from '../parseExchange'
import { exchangeToDoc } from '../fromExchange'

describe('docs example', () => {
  it('parses, resolves its references and becomes a document', () => {
    const markdown = fs.readFileSync(path.join(__dirname, '../../../../docs/json-format.md'), 'utf8')
    const blocks = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!)
    expect(blocks).toHaveLength(1)
    const file = parseExchangeText(blocks[0]!)
    expect(file.records.votes).toHaveLength(2)
    expect(Object.keys(exchangeToDoc(file).note)).toEqual(['n1', 'n2'])
  })
})
