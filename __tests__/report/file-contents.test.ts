import fc from 'fast-check'
import type { GateResult } from '../../src/core/types.js'
import { reportFileContents, toReport, utf8 } from '../../src/report/write.js'
import * as fx from '../render/fixtures.js'

describe('utf8 gives the bytes of Buffer.from', () => {
  test.each<[string, string]>([
    ['empty', ''],
    ['ASCII', 'model-gate: BLOCKED'],
    ['Latin-1', 'café, naïve'],
    ['two-byte', '✓ meets the floor — ✗ below'],
    ['astral', 'emoji 🚀 and 𝔘'],
    ['lone high surrogate', 'a\ud800b'],
    ['lone low surrogate', 'a\udc00b'],
    ['surrogate at the end', 'end\ud83d'],
    ['NUL and controls', '\u0000\u0001\n\t'],
    ['large', 'x'.repeat(5_000_000) + '✓'],
  ])('%s', (_name, text) => {
    expect(utf8(text).equals(Buffer.from(text, 'utf8'))).toBe(true)
  })

  test('on random strings, full Unicode and lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => utf8(text).equals(Buffer.from(text, 'utf8'))),
      { numRuns: 500 },
    )
  })
})

describe('reportFileContents is the report as indented JSON and a newline', () => {
  test.each<[string, () => GateResult]>([
    ['approved', fx.approvedResult],
    ['blocked', fx.blockedResult],
    ['error', fx.errorResult],
    ['policy changes', fx.policyChangesResult],
    ['multi-model', fx.multiModelResult],
  ])('%s', (_name, make) => {
    const result = make()
    expect(reportFileContents(result).toString('utf8')).toBe(JSON.stringify(toReport(result), null, 2) + '\n')
  })
})
