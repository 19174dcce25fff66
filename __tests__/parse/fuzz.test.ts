/**
 * Fuzzing the readers the PR author can reach: 10,000+ generated hostile documents (random bytes,
 * mutated real policies, metrics and model cards, YAML and JSON fragments, deep nesting, aliases,
 * huge numbers, control characters, byte order marks, lone surrogates) through parsePolicy,
 * parseMetrics (JSON and YAML), parseDeclarations (front matter, YAML file) and
 * checkDeclarations. Each may accept a document or throw a GateError with located problems; any
 * other exception, a slow document or a touched Object.prototype fails (fast-check prints the seed).
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { checkDeclarations } from '../../src/declarations/check.js'
import { GateError } from '../../src/core/errors.js'
import type { DeclarationsDoc, Metrics } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { parseMetrics } from '../../src/metrics/parse.js'
import { parsePolicy } from '../../src/policy/load.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const DOCUMENTS = 10_000
/** One document through every reader; generous for CI (most take well under a millisecond). */
const PER_DOCUMENT_MS = 2000

const read = (...path: string[]): string => readFileSync(join(REPO_ROOT, ...path), 'utf8')
const REALWORLD = ['__tests__', 'fixtures', 'realworld']
/** The front matter of a model card and a little of its body. */
const cardHead = (text: string): string => text.slice(0, Math.max(text.indexOf('\n---', 4) + 200, 1500))

const SEEDS = {
  policies: [
    read('examples', 'fraud-model', '.github', 'model-gate.yml'),
    `version: 1\nmode: enforce\nmetrics:\n  file: eval/metrics.json\nbaseline:\n  source: base\n  missing: warn\ngates:\n  accuracy:\n    min: 0.90\n    max_regression: 1%\n  latency_ms.p95:\n    better: lower\n    max: 120\n  "slices.*.recall":\n    min: 0.8\n    severity: warn\ndeclarations:\n  file: MODEL_CARD.md\n  require: [privacy, ownership]\n  max_review_age_days: 180\n`,
    `version: 1\nmodels:\n  fraud:\n    metrics: {file: fraud/metrics.json}\n    gates:\n      auc: {min: 0.9, min_improvement: "0.5 %"}\n  churn:\n    baseline: {source: file, file: churn/baseline.json}\n    gates:\n      f1: {max_regression: 0.02, required: false}\n`,
  ],
  metrics: [
    read('examples', 'fraud-model', 'eval', 'metrics.json'),
    read(...REALWORLD, 'dvc_example-get-started_eval_live_metrics.json'),
    read(...REALWORLD, 'lm-eval-harness_cpu_regression_expected.json'),
    read(...REALWORLD, 'sklearn_dvc-mlops-iris_classification_report.json'),
    read(...REALWORLD, 'mlflow_run_metrics_accuracy'),
    'accuracy: 0.93\nlatency_ms:\n  p95: 88\nslices:\n  eu: {recall: {value: 0.81, n: 1200, stderr: 0.01, ci: [0.79, 0.83]}}\n',
  ],
  cards: [
    read('examples', 'fraud-model', 'MODEL_CARD.md'),
    cardHead(read(...REALWORLD, 'notus-7b-v1_MODEL_CARD.md')),
    cardHead(read(...REALWORLD, 'stable-code-3b_README.md')),
    cardHead(read(...REALWORLD, 'tulu-2-dpo-7B_README.md')),
  ],
}
const ALL_SEEDS = [...SEEDS.policies, ...SEEDS.metrics, ...SEEDS.cards]

/** Fragments that mean something to YAML, JSON, Markdown front matter or the readers. */
const PIECES = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ': ',
  '- ',
  '? ',
  '&a ',
  '&b ',
  '*a',
  '*b',
  '!!str ',
  '!!int ',
  '!!binary ',
  '!!python/object:os.system ',
  '!x ',
  '! ',
  '%YAML 1.1\n',
  '%YAML 1.2\n',
  '%TAG !e! tag:e,2000:\n',
  '---\n',
  '...\n',
  '---',
  '"',
  "'",
  '\\',
  '\\u',
  '\\ud800',
  '\\u0000',
  '\\x',
  '|',
  '|-\n',
  '>',
  '#',
  '# c\n',
  '\n',
  '\r\n',
  '\r',
  '  ',
  '    ',
  '\t',
  'NaN',
  'Infinity',
  '-Infinity',
  '.nan',
  '.inf',
  '-.inf',
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '0x1F',
  '0o17',
  '1_000',
  '9'.repeat(400),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<<',
  'version: 1',
  'version: 2',
  'gates:',
  'models:',
  'min:',
  'max: ',
  'max_regression: 5%',
  'min_improvement: "-1%"',
  'better: lower',
  'severity: warn',
  'required: false',
  'privacy:',
  'ownership:',
  'owners: [@a]',
  'personal_data: yes',
  'regulations: [GDPR]',
  'next_review_due: 2020-02-30',
  'last_reviewed: 9999-99-99',
  'value',
  'n',
  'stderr',
  'ci',
  'unit',
  '"*"',
  '*',
  'a.b',
  'a\\.b',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2060',
  '\ud800',
  '\udc00',
  '\udbff\udfff',
  '😀',
  'é',
  '日本',
]

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }) },
)

type Edit = {
  kind: 'insert' | 'replace' | 'delete' | 'duplicate-line' | 'drop-line' | 'truncate' | 'indent'
  at: number
  span: number
  piece: string
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    'insert' as const,
    'replace' as const,
    'delete' as const,
    'duplicate-line' as const,
    'drop-line' as const,
    'truncate' as const,
    'indent' as const,
  ),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  span: fc.integer({ min: 1, max: 40 }),
  piece,
})

function applyEdit(text: string, e: Edit): string {
  const i = Math.floor(e.at * text.length)
  const lines = text.split('\n')
  const line = Math.floor(e.at * lines.length)
  switch (e.kind) {
    case 'insert':
      return text.slice(0, i) + e.piece + text.slice(i)
    case 'replace':
      return text.slice(0, i) + e.piece + text.slice(i + e.span)
    case 'delete':
      return text.slice(0, i) + text.slice(i + e.span)
    case 'duplicate-line':
      return [...lines.slice(0, line + 1), ...lines.slice(line)].join('\n')
    case 'drop-line':
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join('\n')
    case 'truncate':
      return text.slice(0, i)
    case 'indent':
      return [...lines.slice(0, line), ' '.repeat(e.span % 7) + (lines[line] ?? ''), ...lines.slice(line + 1)].join('\n')
  }
}

/** A real policy, metrics file or card with a few edits. */
const mutated = fc
  .tuple(fc.constantFrom(...ALL_SEEDS), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([seed, edits]) => edits.reduce(applyEdit, seed))

/** Random bytes, read as UTF-8 (bad bytes become U+FFFD) or as Latin-1 (every byte a character). */
const bytes = fc
  .tuple(fc.uint8Array({ maxLength: 1500 }), fc.boolean())
  .map(([b, utf8]) => (utf8 ? new TextDecoder().decode(b) : Buffer.from(b).toString('latin1')))

/** Fragments glued together. */
const fragments = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''))

/** Nesting of one kind, up to 1,500 levels (indented block mappings up to 300: they grow quadratically), closed or not. */
const nesting = fc
  .record({
    depth: fc.integer({ min: 1, max: 1500 }),
    open: fc.constantFrom('[', '{"a": ', '{a: ', '- ', '? ', 'a:\n', '- - ', '[{'),
    indent: fc.boolean(),
    closed: fc.boolean(),
  })
  .map(({ depth, open, indent, closed }) => {
    const opens =
      indent && open.endsWith('\n') ? Array.from({ length: depth % 300 }, (_, i) => `${' '.repeat(i)}a:\n`).join('') : open.repeat(depth)
    const close = open.startsWith('[{') ? '}]' : open.startsWith('[') ? ']' : open.startsWith('{') ? '}' : ''
    return `${opens}1${closed ? close.repeat(depth) : ''}`
  })

/** Anchors and aliases: "billion laughs" of any shape, and random references (forward, cyclic, unknown). */
const aliases = fc.oneof(
  fc
    .record({ levels: fc.integer({ min: 1, max: 12 }), fanout: fc.integer({ min: 1, max: 12 }), asKeys: fc.boolean() })
    .map(({ levels, fanout, asKeys }) => {
      const rows = ['l0: &l0 [x, y]']
      for (let i = 1; i <= levels; i++)
        rows.push(
          `l${i}: &l${i} [${Array(fanout)
            .fill(`*l${i - 1}`)
            .join(', ')}]`,
        )
      if (asKeys) rows.push(`? *l${levels}\n: boom`)
      return rows.join('\n')
    }),
  fc
    .array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('&', '*'), fc.constantFrom('k', 'v', 'seq')), { maxLength: 30 })
    .map((items) =>
      items
        .map(([name, sigil, at], i) =>
          at === 'k'
            ? `${sigil}${name} k${i}: ${i}`
            : at === 'v'
              ? `k${i}: ${sigil}${name} ${sigil === '&' ? `{v: ${i}}` : ''}`
              : `k${i}: [${sigil}${name}${sigil === '&' ? ' 1' : ''}]`,
        )
        .join('\n'),
    ),
)

/** Numbers at and past the edges of a double, in the places the readers take numbers. */
const numbers = fc
  .tuple(
    fc.constantFrom(
      '1e400',
      '-1e400',
      '1e-400',
      '9'.repeat(400),
      `0.${'0'.repeat(400)}1`,
      '0x' + 'F'.repeat(100),
      '.inf',
      '-.Inf',
      '.NaN',
      'NaN',
      'Infinity',
      '-0',
      '1_000',
      '0o777',
      '+12',
      '1.',
      '.5',
      '1e',
      '--1',
      '4.9e-324',
      '1.7976931348623157e308',
    ),
    fc.constantFrom('json', 'yaml', 'policy', 'card'),
  )
  .map(([n, where]) => {
    if (where === 'json') return `{"accuracy": ${n}, "nested": {"value": ${n}, "n": ${n}, "ci": [${n}, ${n}]}}`
    if (where === 'yaml') return `accuracy: ${n}\nlist: [${n}, ${n}]`
    if (where === 'policy')
      return `version: 1\ngates:\n  accuracy:\n    min: ${n}\n    max_regression: ${n}\n    min_improvement: "${n}%"\ndeclarations: {max_review_age_days: ${n}}`
    return `---\nprivacy:\n  personal_data: false\nownership:\n  review:\n    max_age: ${n}\n    next_review_due: ${n}\n---\n`
  })

/** Random JSON and YAML documents with hostile keys, as an eval step or a card editor might write them. */
const key = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }))
const structured = fc
  .tuple(
    fc.dictionary(key, fc.jsonValue({ maxDepth: 4 }), { maxKeys: 12 }),
    fc.constantFrom('json', 'yaml', 'front matter'),
    fc.constantFrom('', '\ufeff'),
  )
  .map(([data, format, bom]) => {
    const text = format === 'json' ? JSON.stringify(data) : stringify(data)
    return bom + (format === 'front matter' ? `---\n${text}---\n# Card\n` : text)
  })

const document = fc.oneof(
  { weight: 4, arbitrary: mutated },
  { weight: 2, arbitrary: fragments },
  { weight: 2, arbitrary: structured },
  { weight: 1, arbitrary: bytes },
  { weight: 1, arbitrary: nesting },
  { weight: 1, arbitrary: aliases },
  { weight: 1, arbitrary: numbers },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom('\ufeff', '\ufeff\ufeff', '---\n', '\ufeff---\n'), mutated).map(([head, rest]) => head + rest),
  },
)

/** Runs a reader: a value, or a GateError whose problems say where and what; anything else is a failure. */
function attempt<T>(reader: string, text: string, read: () => T): T | undefined {
  try {
    return read()
  } catch (err) {
    if (!(err instanceof GateError)) {
      throw new Error(
        `${reader} threw ${err instanceof Error ? err.name : typeof err} on ${JSON.stringify(text.slice(0, 300))}: ${String((err as Error)?.stack ?? err)}`,
        { cause: err },
      )
    }
    const unclear =
      err.problems.length === 0 || err.problems.some((p) => typeof p.file !== 'string' || typeof p.message !== 'string' || p.message === '')
    if (unclear)
      throw new Error(
        `${reader}: a GateError without a file and a message on ${JSON.stringify(text.slice(0, 300))}: ${JSON.stringify(err.problems)}`,
        { cause: err },
      )
    return undefined
  }
}

const NOW = new Date('2026-11-25T12:00:00Z')
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()

function everyReader(text: string): void {
  const start = Date.now()
  attempt('parsePolicy', text, () => parsePolicy(text, '.github/model-gate.yml'))
  const metrics = attempt('parseMetrics (JSON)', text, () => parseMetrics(text, 'eval/metrics.json'))
  attempt('parseMetrics (YAML)', text, () => parseMetrics(text, 'eval/metrics.yaml'))
  const cards: (DeclarationsDoc | undefined)[] = [
    attempt('parseDeclarations (Markdown)', text, () => parseDeclarations(text, 'MODEL_CARD.md')),
    attempt('parseDeclarations (YAML)', text, () => parseDeclarations(text, 'card.yml')),
  ]
  for (const doc of cards.filter((d) => d !== undefined)) {
    attempt('checkDeclarations', text, () =>
      checkDeclarations({
        doc,
        settings: {
          file: doc.file,
          require: ['privacy', 'ownership', 'maintenance', 'governance', 'ownership.on_call'],
          maxReviewAgeDays: 180,
          codeowners: true,
        },
        now: NOW,
        candidate: metrics as Metrics | undefined,
        gatedMetrics: metrics ? [...metrics.keys()].slice(0, 20) : [],
        existingFiles: new Set(['eval/metrics.json']),
        codeowners: { file: '.github/CODEOWNERS', text: '* @acme/ml-platform\n/MODEL_CARD.md @acme/ml-leads @octocat\n' },
      }),
    )
  }
  const took = Date.now() - start
  if (took > PER_DOCUMENT_MS) throw new Error(`${took} ms for ${JSON.stringify(text.slice(0, 300))} (${text.length} characters)`)
}

describe('fuzzing the policy, metrics and card readers', () => {
  test(`${DOCUMENTS.toLocaleString('en-US')} generated hostile documents: no crash, only GateErrors, nothing polluted`, () => {
    let count = 0
    const start = Date.now()
    fc.assert(
      fc.property(document, (text) => {
        count++
        everyReader(text)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      { numRuns: DOCUMENTS, endOnFailure: true },
    )
    expect(count).toBeGreaterThanOrEqual(DOCUMENTS)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS)
    expect(Date.now() - start).toBeLessThan(120_000)
  }, 180_000)
})
