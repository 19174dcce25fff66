/**
 * Properties over generated input (fast-check): escaped repository text never leaves its table cell
 * or code span; tightening a threshold never turns a failing check into a passing one; the verdict
 * is never `approved` while a blocking check fails; evaluation is deterministic.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { evaluate, type EvaluateInput } from '../../src/core/evaluate.js'
import type { Amount, Check, Evaluation, GateResult, GateRule, Metric, Metrics, ModelPolicy } from '../../src/core/types.js'
import { combine, exitCode, failedCount } from '../../src/core/verdict.js'
import { parseMetrics } from '../../src/metrics/parse.js'
import { parsePolicy } from '../../src/policy/load.js'
import { renderComment } from '../../src/render/comment.js'
import { cell, code, inline } from '../../src/render/escape.js'
import { renderGfm, sourceCellCount, tablesOf, textOf } from '../render/gfm.js'

/** Pieces GitHub Markdown gives meaning to, and characters that end or hide a line. */
const MARKDOWN_PIECES = [
  '|',
  '\\|',
  '\\',
  '`',
  '``',
  '*',
  '_',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '&',
  '&amp;',
  '&#124;',
  '$',
  '#',
  '+',
  '-',
  '=',
  '1.',
  '2)',
  '<!--',
  '-->',
  '<!-- model-gate model=x -->',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</td>',
  '![i](http://x/y.png)',
  '[l](http://evil)',
  '@octocat',
  '@org/team',
  '#123',
  'GH-1',
  'owner/repo#1',
  'http://evil.example',
  'www.evil.example',
  ':smile:',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u0000',
  '\u001b[31m',
  '\u007f',
  '\u202e',
  '\u2066',
  '\u2060',
  '\u200d',
  '\ufeff',
  '\ud800',
  '\udc00',
  '😀',
  'é',
  '::error::x',
  '##[error]x',
]

/** Strings of hostile pieces, arbitrary code points and arbitrary UTF-16 code units (lone surrogates too). */
const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  ),
  maxLength: 24,
})

/**
 * What a cell shows for `text`: line breaks and tabs as spaces, other controls and lone surrogates
 * as U+FFFD, the cell's outer spaces trimmed, invisible joiners dropped (as textOf drops them).
 */
function shownInCell(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c\t]/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replace(/^ +| +$/g, '')
    .replace(/[\u2060\u200d]/g, '')
}

/** Any element but a code span: no link, image or other HTML may come out of escaped text. */
const NOT_CODE = /<(?!\/?code>)/

describe('escaping keeps every string inside its table cell and code span', () => {
  const row = (text: string): string => `| ${cell(text)} | ${code(text)} | ${inline(text)} ${code(text)} |`

  test("in the Markdown source: one line, exactly three cells by GFM's pipe rule, no comment opener", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const line = row(text)
        expect(line).not.toMatch(/[\n\r]/)
        expect(sourceCellCount(line)).toBe(3)
        expect(line).not.toContain('<!--')
      }),
      { numRuns: 5000 },
    )
  })

  test('rendered by cmark-gfm: every row keeps three cells, each cell shows the text literally, the code span holds it all', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 150 }), (texts) => {
        const markdown = ['| a | b | c |', '|---|---|---|', ...texts.map(row)].join('\n') + '\n'
        const tables = tablesOf(renderGfm(markdown))
        expect(tables).toHaveLength(1)
        const rows = tables[0]!.slice(1)
        expect(rows).toHaveLength(texts.length)
        rows.forEach((cells, i) => {
          const shown = shownInCell(texts[i]!)
          expect(cells).toHaveLength(3)
          expect(textOf(cells[0]!)).toBe(shown)
          expect(cells[1]).toMatch(/^<code>[^<]*<\/code>$/)
          expect(textOf(cells[1]!).trim()).toBe(shown.trim())
          expect(cells.join('')).not.toMatch(NOT_CODE)
        })
      }),
      { numRuns: 40 },
    )
  })

  test('a whole comment with generated metric names: one marker, every metric row six cells wide', () => {
    const names = fc.uniqueArray(
      hostileText.filter((name) => name.trim() !== ''),
      { minLength: 1, maxLength: 30 },
    )
    fc.assert(
      fc.property(names, (list) => {
        const gates: GateRule[] = list.map((pattern) => ({
          pattern,
          better: 'higher',
          severity: 'block',
          required: true,
          rules: { min: 0.5 },
        }))
        const candidate: Metrics = new Map(list.map((name, i) => [name, { value: i % 2 ? 0.9 : 0.1 }]))
        const evaluation = evaluate(input(model(gates), candidate))
        const result: GateResult = {
          verdict: evaluation.verdict,
          mode: 'enforce',
          evaluations: [evaluation],
          modelKey: 'default',
          headSha: 'a'.repeat(40),
          policyPath: '.github/model-gate.yml',
        }
        const markdown = renderComment(result, { policyPath: '.github/model-gate.yml' })
        expect(markdown.match(/<!--/g)).toHaveLength(1)
        const html = renderGfm(markdown)
        expect(html.match(/<!--/g)).toHaveLength(1)
        expect(html).not.toMatch(/<(img|a|script|iframe)[\s>]/i)
        const [metrics] = tablesOf(html)
        for (const cells of metrics ?? []) expect(cells).toHaveLength(6)
      }),
      { numRuns: 30 },
    )
  })
})

const NAMES = ['accuracy', 'recall', 'latency_ms.p95', 'slices.eu.auc']

/** A finite number on scales metrics use, with exact ties (0, equal values) likely. */
const finite = fc.oneof(
  fc.constantFrom(0, 0.5, 1, -1, 100),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }).map((n) => n / 100),
)

/** A metric value as a file may hold it: mostly numbers, sometimes NaN, ±Infinity or not a number at all. */
const metricValue: fc.Arbitrary<Metric['value']> = fc.oneof(
  { weight: 8, arbitrary: finite },
  { weight: 1, arbitrary: fc.constantFrom<Metric['value']>(NaN, Infinity, -Infinity, 'N/A', null, true) },
)

const amount: fc.Arbitrary<Amount> = fc.oneof(
  fc.double({ min: 0, max: 1e3, noNaN: true }).map((value): Amount => ({ kind: 'absolute', value })),
  fc.double({ min: 0, max: 200, noNaN: true }).map((percent): Amount => ({ kind: 'relative', percent })),
)

const gateRule: fc.Arbitrary<GateRule> = fc
  .record({
    pattern: fc.oneof(fc.constantFrom(...NAMES), fc.constant('slices.*.auc')),
    better: fc.constantFrom('higher' as const, 'lower' as const),
    severity: fc.constantFrom('block' as const, 'warn' as const),
    required: fc.boolean(),
    rules: fc.record(
      { min: finite, max: finite, max_regression: amount, min_improvement: amount, max_improvement: amount },
      { requiredKeys: [] },
    ),
  })
  .map((rule) => rule as GateRule)

const metricsOf = fc
  .array(fc.tuple(fc.constantFrom(...NAMES, 'slices.us.auc'), metricValue), { maxLength: 6 })
  .map((entries): Metrics => new Map(entries.map(([name, value]) => [name, { value }])))

function model(gates: GateRule[], missing: 'warn' | 'fail' = 'warn'): ModelPolicy {
  return { name: 'default', metricsFile: 'eval/metrics.json', baseline: { source: 'base', file: 'eval/metrics.json', missing }, gates }
}

function input(policy: ModelPolicy, candidate: Metrics, baseline?: Metrics, declarationChecks?: Check[]): EvaluateInput {
  return {
    model: policy,
    mode: 'enforce',
    candidate,
    baseline,
    declarationChecks,
    provenance: { policy: { source: 'base' }, baseline: { source: 'base' }, candidate: { source: 'workspace' } },
  }
}

const scenario = fc.record({
  gates: fc.array(gateRule, { minLength: 1, maxLength: 4 }),
  missing: fc.constantFrom('warn' as const, 'fail' as const),
  candidate: metricsOf,
  baseline: fc.option(metricsOf, { nil: undefined }),
})

type Field = 'min' | 'max' | 'max_regression' | 'min_improvement' | 'max_improvement'

/** The same rule made stricter by `by` (≥ 0): a higher floor, a lower ceiling, less regression, more improvement, a smaller believable gain. */
function tighten(rule: GateRule, field: Field, by: number): GateRule {
  const rules = { ...rule.rules }
  const less = (a: Amount): Amount =>
    a.kind === 'absolute'
      ? { kind: 'absolute', value: Math.max(0, a.value - by) }
      : { kind: 'relative', percent: Math.max(0, a.percent - by) }
  const more = (a: Amount): Amount =>
    a.kind === 'absolute' ? { kind: 'absolute', value: a.value + by } : { kind: 'relative', percent: a.percent + by }
  if (field === 'min' && rules.min !== undefined) rules.min += by
  if (field === 'max' && rules.max !== undefined) rules.max -= by
  if (field === 'max_regression' && rules.max_regression) rules.max_regression = less(rules.max_regression)
  if (field === 'min_improvement' && rules.min_improvement) rules.min_improvement = more(rules.min_improvement)
  if (field === 'max_improvement' && rules.max_improvement) rules.max_improvement = less(rules.max_improvement)
  return { ...rule, rules }
}

const statusById = (evaluation: Evaluation): Map<string, Check['status']> => new Map(evaluation.checks.map((c) => [c.id, c.status]))

describe('evaluation properties', () => {
  test('tightening any threshold never turns a fail (or warn) into a pass, nor blocked into approved', () => {
    const by = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e-6, noNaN: true }))
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.constantFrom<Field>('min', 'max', 'max_regression', 'min_improvement', 'max_improvement'),
        by,
        (s, pick, field, amountBy) => {
          const index = pick % s.gates.length
          const stricter = s.gates.map((rule, i) => (i === index ? tighten(rule, field, amountBy) : rule))
          const before = evaluate(input(model(s.gates, s.missing), s.candidate, s.baseline))
          const after = evaluate(input(model(stricter, s.missing), s.candidate, s.baseline))
          const now = statusById(after)
          for (const [id, status] of statusById(before)) {
            if (status === 'fail' || status === 'warn') expect([id, now.get(id)]).toEqual([id, status])
          }
          if (before.verdict === 'blocked') expect(after.verdict).toBe('blocked')
        },
      ),
      { numRuns: 3000 },
    )
  })

  test('the verdict is never approved while a blocking check fails, in one model or across models', () => {
    const declaration = fc.record({
      status: fc.constantFrom('pass' as const, 'fail' as const, 'warn' as const),
      section: fc.constantFrom('privacy', 'ownership'),
    })
    fc.assert(
      fc.property(fc.array(fc.tuple(scenario, fc.array(declaration, { maxLength: 3 })), { minLength: 1, maxLength: 3 }), (models) => {
        const evaluations = models.map(([s, declared]) => {
          const checks: Check[] = declared.map((d, i) => ({
            id: `declaration:${d.section}:${i}`,
            kind: 'declaration',
            status: d.status,
            severity: d.status === 'warn' ? 'warn' : 'block',
            rule: 'declared',
            message: d.section,
          }))
          return evaluate(input(model(s.gates, s.missing), s.candidate, s.baseline, checks))
        })
        for (const evaluation of evaluations) {
          const failing = evaluation.checks.some((c) => c.status === 'fail' && c.severity === 'block')
          expect(evaluation.verdict).toBe(failing ? 'blocked' : 'approved')
          for (const check of evaluation.checks) if (check.severity === 'warn') expect(check.status).not.toBe('fail')
        }
        const verdict = combine(evaluations)
        if (failedCount(evaluations) > 0) {
          expect(verdict).not.toBe('approved')
          expect(exitCode(verdict, 'enforce')).toBe(1)
        }
      }),
      { numRuns: 2000 },
    )
  })

  test('a candidate that is not a finite number never passes a check of its metric', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom<Metric['value']>(NaN, Infinity, -Infinity, 'N/A', null, false), (s, junk) => {
        const candidate: Metrics = new Map([...s.candidate].map(([name]) => [name, { value: junk }]))
        const evaluation = evaluate(input(model(s.gates, s.missing), candidate, s.baseline))
        for (const check of evaluation.checks)
          if (check.kind === 'threshold' || check.kind === 'baseline') expect(check.status).not.toBe('pass')
      }),
      { numRuns: 1000 },
    )
  })

  test('evaluation is deterministic: the same input (or a copy of it) gives a deep-equal result', () => {
    const copy = (metrics: Metrics | undefined): Metrics | undefined =>
      metrics ? new Map([...metrics].map(([k, v]) => [k, { ...v }])) : undefined
    fc.assert(
      fc.property(scenario, (s) => {
        const first = evaluate(input(model(s.gates, s.missing), s.candidate, s.baseline))
        const again = evaluate(input(model(s.gates, s.missing), s.candidate, s.baseline))
        const copied = evaluate(input(model(structuredClone(s.gates), s.missing), copy(s.candidate)!, copy(s.baseline)))
        expect(again).toEqual(first)
        expect(copied).toEqual(first)
      }),
      { numRuns: 1000 },
    )
  })

  test('from file text to comment, twice: the same bytes', () => {
    const text = fc.record({
      gates: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 5 })), {
        minLength: 1,
        maxLength: 4,
      }),
      values: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 0, max: 100 })), { maxLength: 6 }),
    })
    fc.assert(
      fc.property(text, ({ gates, values }) => {
        const unique = [
          ...new Map(gates.map(([name, min, drop]) => [name, `  ${name}:\n    min: ${min / 100}\n    max_regression: ${drop}%`])).values(),
        ]
        const policyText = `version: 1\ngates:\n${unique.join('\n')}\n`
        const metricsText = JSON.stringify(Object.fromEntries(values.map(([name, v]) => [name, v / 100])))
        const once = (): string => {
          const policy = parsePolicy(policyText, '.github/model-gate.yml')
          const evaluation = evaluate(
            input(policy.models[0]!, parseMetrics(metricsText, 'eval/metrics.json'), parseMetrics(metricsText, 'eval/metrics.json')),
          )
          return renderComment(
            {
              verdict: evaluation.verdict,
              mode: 'enforce',
              evaluations: [evaluation],
              modelKey: 'default',
              policyPath: '.github/model-gate.yml',
            },
            { policyPath: '.github/model-gate.yml' },
          )
        }
        expect(once()).toBe(once())
      }),
      { numRuns: 300 },
    )
  })
})

test.each(['_www.evil.example', 'a@_.x', 'x_@evil.example', '*www.evil.example*'])('%s stays plain text in a cell and in prose', (text) => {
  const html = renderGfm(`| ${cell(text)} | ${inline(text)} |\n|---|---|\n`)
  expect(html).not.toMatch(/<a /)
})
