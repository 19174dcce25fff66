/**
 * Cutting the PR comment to GitHub's 65,536-character limit and the job summary to 1 MiB: the
 * marker, the verdict, the summary line and the failing rows stay; rows and blocks are whole;
 * tables keep their header; the note says where the rest is. Comments come from the real renderer.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { Check, Evaluation, GateProblem, GateResult } from '../../src/core/types.js'
import { renderComment, renderSummary } from '../../src/render/comment.js'
import { parseMarker } from '../../src/core/marker.js'
import { COMMENT_LIMIT, SUMMARY_LIMIT, commentLength, fitComment, fitSummary, utf8Length } from '../../src/render/truncate.js'
import { renderGfm, sourceCellCount, sourceTables, tablesOf } from './gfm.js'

const HEAD = '4f2c1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a'
const BASE = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'
const RUN_URL = 'https://github.com/acme/fraud-model/actions/runs/4242'
const CTX = { policyPath: '.github/model-gate.yml', runUrl: RUN_URL, repoUrl: 'https://github.com/acme/fraud-model' }

function check(metric: string, status: Check['status']): Check {
  const candidate = status === 'fail' ? 0.5 : 0.95
  return {
    id: `threshold:${metric}:min`,
    kind: 'threshold',
    metric,
    status,
    severity: 'block',
    candidate,
    rule: 'at least 0.9',
    message: `${metric} is ${candidate}; at least 0.9`,
    gate: metric
  }
}

function evaluation(model: string, checks: Check[], problems: GateProblem[] = []): Evaluation {
  const verdict = problems.length ? 'error' : checks.some((c) => c.status === 'fail') ? 'blocked' : 'approved'
  return {
    model,
    verdict,
    mode: 'enforce',
    checks,
    problems,
    policy: { source: 'base', path: '.github/model-gate.yml', sha: BASE },
    baseline: { source: 'base', path: 'eval/metrics.json', sha: BASE },
    candidate: { source: 'workspace', path: 'eval/metrics.json', sha: HEAD },
    policyChanges: []
  }
}

function result(evaluations: Evaluation[]): GateResult {
  const verdict = evaluations.some((e) => e.verdict === 'error') ? 'error' : evaluations.some((e) => e.verdict === 'blocked') ? 'blocked' : 'approved'
  return { verdict, mode: 'enforce', evaluations, modelKey: evaluations.length > 1 ? 'all' : 'default', headSha: HEAD, baseSha: BASE, policyPath: '.github/model-gate.yml' }
}

/** A metric name of about `length` characters, unique per `i`. */
const longName = (prefix: string, i: number, length: number): string => `${prefix}_${i}_${'x'.repeat(length)}`

/** `failing` failing and `passing` passing metrics with long names, failing ones listed last in the input. */
function checks(failing: number, passing: number, nameLength: number, prefix = 'm'): Check[] {
  return [
    ...Array.from({ length: passing }, (_, i) => check(longName(`${prefix}_pass`, i, nameLength), 'pass')),
    ...Array.from({ length: failing }, (_, i) => check(longName(`${prefix}_fail`, i, nameLength), 'fail'))
  ]
}

/** Every line of `cut` is a whole line of `full`, except the note's. */
function expectWholeLines(cut: string, full: string): void {
  const lines = new Set(full.split('\n'))
  const foreign = cut.split('\n').filter((line) => !lines.has(line) && !/^\*\*This (?:comment|summary) was shortened/.test(line))
  expect(foreign).toEqual([])
}

/** Every Markdown table has its header and delimiter row, every row the header's cell count, and renders. */
function expectWellFormedTables(markdown: string): void {
  const tables = sourceTables(markdown)
  for (const table of tables) {
    expect(table.length).toBeGreaterThanOrEqual(3)
    expect(table[1]).toMatch(/^\|(?:\s*:?-+:?\s*\|)+$/)
    const width = sourceCellCount(table[0]!)
    expect(table.map(sourceCellCount)).toEqual(table.map(() => width))
  }
  expect(tablesOf(renderGfm(markdown)).length).toBe(tables.length)
}

const metricsInTable = (markdown: string): string[] => [...markdown.matchAll(/^\| \S+ \| `([^`]+)` \|/gm)].map((m) => m[1]!)

describe('fitComment', () => {
  test('leaves a comment within the limit as it is', () => {
    const body = renderComment(result([evaluation('default', checks(3, 5, 20))]), CTX)
    expect(fitComment(body)).toBe(body)
    expect(fitSummary(body)).toBe(body)
  })

  test('a blocked comment over 65,536 characters keeps marker, verdict, summary line, all failing rows; passing rows go first', () => {
    const full = renderComment(result([evaluation('default', checks(12, 28, 1500))]), CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(full, COMMENT_LIMIT, { runUrl: RUN_URL })

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(parseMarker(cut)).toEqual({ model: 'default', head: HEAD })
    const lines = cut.split('\n')
    expect(lines[1]).toBe('## ❌ model-gate: blocked — 12 of 40 metrics fail')
    const summaryLine = full.split('\n\n')[1]!
    expect(summaryLine).toMatch(/^\*\*m\\_fail\\_0\\_x+\*\* is 0\.5/)
    expect(cut.split('\n\n')[1]).toBe(summaryLine)
    const shown = metricsInTable(cut)
    expect(shown.filter((name) => name.includes('_fail_'))).toHaveLength(12)
    expect(shown.length).toBeLessThan(40)
    expect(shown.slice(0, 12).every((name) => name.includes('_fail_'))).toBe(true)
    expectWholeLines(cut, full)
    expectWellFormedTables(cut)
    expect(cut.trimEnd().split('\n').at(-1)).toBe(
      "**This comment was shortened to fit GitHub's size limit:** it shows the verdict and the failing checks first, " +
        `and leaves out some rows and sections. The full result is in the [job summary of this run](<${RUN_URL}>).`
    )
  })

  test('without a run URL the note points to the job summary in words', () => {
    const full = renderComment(result([evaluation('default', checks(2, 38, 2000))]), { policyPath: '.github/model-gate.yml' })
    expect(fitComment(full)).toMatch(/The full result is in this workflow run's job summary\.\n$/)
  })

  test('several models: every model heading and the failing rows of the last model beat the passing rows of the first', () => {
    const models = Array.from({ length: 6 }, (_, i) => evaluation(`model-${i}`, checks(i === 5 ? 4 : 0, 30, 400, `m${i}`)))
    const full = renderComment(result(models), CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(full, COMMENT_LIMIT, { runUrl: RUN_URL })

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut.split('\n')[1]).toBe('## ❌ model-gate: blocked — 1 of 6 models blocked')
    for (let i = 0; i < 6; i++) expect(cut).toMatch(new RegExp(`^### [✅❌] model \`model-${i}\`: `, 'm'))
    const shown = metricsInTable(cut)
    expect(shown.filter((name) => name.startsWith('m5_fail_'))).toHaveLength(4)
    expect(shown.filter((name) => name.includes('_pass_')).length).toBeLessThan(150)
    expectWholeLines(cut, full)
    expectWellFormedTables(cut)
  })

  test('an error with thousands of problems is cut after a whole problem line', () => {
    const problems = Array.from({ length: 3000 }, (_, i) => ({ file: 'eval/metrics.json', line: i + 1, message: `value ${i} of \`scores\` is not a number` }))
    const full = renderComment(result([evaluation('default', [], problems)]), CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(full)

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut.split('\n')[1]).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
    expect(cut).toContain('**Problems:**\n- `eval/metrics.json:1` — value 0 of')
    expectWholeLines(cut, full)
    const kept = cut.split('\n').filter((line) => line.startsWith('- `eval/metrics.json:'))
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.length).toBeLessThan(3000)
  })

  test('a <details> element is kept or left out whole, never cut open', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| ✅ | \`field_${i}\` | ${i} | ${'ok '.repeat(40)} |`)
    const details = ['<details open><summary>Declarations</summary>', '', '| | Field | Line | Result |', '|:-:|---|---|---|', ...rows, '', '</details>'].join('\n')
    const tail = `Provenance: ${'read at base; '.repeat(1500)}`
    const full = `<!-- model-gate model=default head=${HEAD} -->\n## ❌ model-gate: blocked — 1 of 2 checks fails\n\n**accuracy** is 0.5\n\n${details}\n\n${tail}\n\nPolicy read at base.\n`
    expect(commentLength(details)).toBeGreaterThan(38_000)
    expect(commentLength(full)).toBeGreaterThan(60_000)

    const small = fitComment(full, 30_000)
    expect(commentLength(small)).toBeLessThanOrEqual(30_000)
    expect(small).not.toMatch(/<\/?details/)
    expect(small).toContain(tail)
    expect(small).toContain('Policy read at base.')

    const large = fitComment(full, 45_000)
    expect(commentLength(large)).toBeLessThanOrEqual(45_000)
    expect(large).toContain(details)
    expect(large).not.toContain(tail)
    expectWellFormedTables(large)
  })

  test('counts UTF-16 units: a row of emoji (outside the BMP) counts twice its characters', () => {
    const emoji = '🦄'.repeat(1000)
    const full = renderComment(result([evaluation('default', checks(30, 10, 10).map((c, i) => ({ ...c, metric: `${c.metric}_${emoji}`, id: `${c.id}${i}` })))]), CTX)
    expect([...full].length).toBeLessThan(COMMENT_LIMIT)
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(full)
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut).not.toBe(full)
    expectWholeLines(cut, full)
  })

  test('a limit below the heading still gives at most `limit` characters, the marker first', () => {
    const full = renderComment(result([evaluation('default', checks(3, 3, 50))]), CTX)
    for (const limit of [60, 100, 200, 400]) {
      const cut = fitComment(full, limit)
      expect(commentLength(cut)).toBeLessThanOrEqual(limit)
      if (limit >= 60) expect(cut.startsWith('<!-- model-gate model=default')).toBe(true)
    }
  })

  test('any document and any limit: never over the limit, only whole input lines, tables with their header', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 60 }).map((s) => s.replace(/\n/g, ' ').replace(/^[|#]/, '.')),
      fc.constantFrom('## ❌ model-gate: blocked', '### ✅ model `a`: approved', '- item', '<details><summary>x</summary>', '</details>', '```', '')
    )
    const table = fc.array(fc.tuple(fc.constantFrom('❌', '✅', '⚠️'), fc.string({ maxLength: 30 })), { maxLength: 12 }).map((rows) =>
      ['| | Check | Value |', '|:-:|---|--:|', ...rows.map(([icon, name]) => `| ${icon} | \`${name.replace(/[`|\n]/g, '_')}\` | 1 |`)].join('\n')
    )
    const block = fc.oneof(fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n')), table)
    const doc = fc.tuple(fc.boolean(), fc.array(block, { maxLength: 12 })).map(
      ([marked, blocks]) => `${marked ? `<!-- model-gate model=default head=${HEAD} -->\n` : ''}## ❌ model-gate: blocked\n\n${blocks.join('\n\n')}\n`
    )
    fc.assert(
      fc.property(doc, fc.integer({ min: 0, max: 3000 }), (text, limit) => {
        for (const [cut, measure] of [
          [fitComment(text, limit), commentLength],
          [fitSummary(text, limit), utf8Length]
        ] as const) {
          expect(measure(cut)).toBeLessThanOrEqual(limit)
          if (measure(text) <= limit) expect(cut).toBe(text)
          else if (limit >= 600) expect(cut).toMatch(/\n\*\*This (?:comment|summary) was shortened[^\n]*\n$/)
          const lines = new Set(text.split('\n'))
          const kept = cut.split('\n').filter((l) => !/^\*\*This (?:comment|summary) was shortened/.test(l))
          const partial = kept.filter((l) => !lines.has(l))
          expect(partial.length).toBeLessThanOrEqual(1)
          if (partial.length) expect(kept).toEqual(partial)
          for (const t of sourceTables(cut)) expect(t.slice(0, 2)).toEqual(['| | Check | Value |', '|:-:|---|--:|'])
        }
      }),
      { numRuns: 500 }
    )
  })
})

describe('fitSummary', () => {
  test('cuts a job summary over 1 MiB (UTF-8 bytes) to below it, failing rows and heading kept', () => {
    const full = renderSummary(result([evaluation('default', checks(5, 35, 20_000).map((c) => ({ ...c, metric: c.metric!.replace(/x/g, 'é') })))]), CTX)
    expect(utf8Length(full)).toBeGreaterThan(1024 * 1024)
    expect(full.length).toBeLessThan(1024 * 1024)
    const cut = fitSummary(full)

    expect(utf8Length(cut)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(Buffer.byteLength(cut)).toBe(utf8Length(cut))
    expect(cut.split('\n')[0]).toBe('## ❌ model-gate: blocked — 5 of 40 metrics fail')
    expect(metricsInTable(cut).filter((name) => name.includes('_fail_'))).toHaveLength(5)
    expect(metricsInTable(cut).length).toBeLessThan(40)
    expectWholeLines(cut, full)
    expect(cut).toMatch(/The full result is in the JSON report \(the `report` output\)\.\n$/)
  })

  test('utf8Length agrees with Buffer.byteLength, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '€', '🦄', 'a🦄b', '\ud83e', '\udd84x', 'ü'.repeat(10)]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })
})
