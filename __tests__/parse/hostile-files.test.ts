/**
 * Hostile files through every reader the PR author can reach (policy, metrics as YAML and JSON,
 * the model card as front matter and as a YAML file) and through the whole gate: each threat gets
 * a located GateError or safe handling, within a time bound, and nothing reaches Object.prototype.
 * The YAML and JSON readers' own cases are in __tests__/parse; this is the matrix across readers.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { GateError } from '../../src/core/errors.js'
import type { GateProblem, GateResult } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { runGate, type GateOptions } from '../../src/gate/run.js'
import { parseMetrics } from '../../src/metrics/parse.js'
import { parseYaml, parseYamlLibrary } from '../../src/parse/yaml.js'
import { parsePolicy } from '../../src/policy/load.js'
import type { FileSource } from '../../src/sources/source.js'
import { workspaceSource } from '../../src/sources/workspace.js'

/** Generous for CI: every one of these is refused or read in milliseconds on a laptop. */
const TIME_BOUND_MS = 2000

type Outcome = { ok: true; value: unknown } | { ok: false; problems: GateProblem[] }

/**
 * Runs a reader on hostile input: it must return or throw a GateError (nothing else), within the
 * time bound, and leave Object.prototype as it was.
 */
function outcomeOf(read: () => unknown): Outcome {
  const start = Date.now()
  let outcome: Outcome
  try {
    outcome = { ok: true, value: read() }
  } catch (err) {
    if (!(err instanceof GateError)) throw new Error(`not a GateError: ${String((err as Error)?.stack ?? err)}`, { cause: err })
    outcome = { ok: false, problems: err.problems }
  }
  expect(Date.now() - start).toBeLessThan(TIME_BOUND_MS)
  expectUnpolluted()
  return outcome
}

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS)
  expect(Object.prototype.toString.call([])).toBe('[object Array]')
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()

const READERS: [string, (text: string) => unknown][] = [
  ['policy', (text) => parsePolicy(text, '.github/model-gate.yml')],
  ['metrics (YAML)', (text) => parseMetrics(text, 'eval/metrics.yml')],
  ['card front matter', (text) => parseDeclarations(`---\n${text}\n---\n# Card\n`, 'MODEL_CARD.md')],
  ['card (YAML file)', (text) => parseDeclarations(text, 'card.yml')],
]

const billionLaughs = (): string => {
  const rows = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (let i = 1; i < 9; i++)
    rows.push(
      `l${i}: &l${i} [${Array(10)
        .fill(i === 1 ? '*a' : `*l${i - 1}`)
        .join(', ')}]`,
    )
  return rows.join('\n')
}

/** YAML threats every reader must refuse, with the words it must say. */
const REFUSED: [string, string, RegExp][] = [
  ['billion laughs', billionLaughs(), /alias bomb/],
  [
    'one large anchor copied 60 times',
    `big: &big [${Array(20000).fill('1').join(',')}]\ncopies: [${Array(60).fill('*big').join(', ')}]`,
    /alias bomb/,
  ],
  ['an alias of itself', 'a: &a [*a, *a]', /alias bomb|nested more than/],
  ['flow nesting 20,000 deep', `a: ${'['.repeat(20000)}${']'.repeat(20000)}`, /nested more than 200 levels deep/],
  [
    'block nesting 300 deep',
    Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1',
    /nested more than 200 levels deep/,
  ],
  [
    "block nesting 3,000 deep, then a line at column 1 (past the YAML parser's stack)",
    Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('') + 'x: 1',
    /nested more than 200 levels deep/,
  ],
  ['%YAML 1.1 (where yes/no/on are booleans)', '%YAML 1.1\n---\nversion: 1\nmode: yes', /`%YAML 1\.1` directive is not supported/],
  ['%YAML 2.0', '%YAML 2.0\n---\na: 1', /Unsupported YAML version 2\.0/],
  [
    'a Python object tag',
    'a: !!python/object/apply:os.system ["id"]',
    /unsupported YAML tag \(tag:yaml\.org,2002:python\/object\/apply:os\.system\)/,
  ],
  ['a JavaScript function tag', 'a: !!js/function "function () { return 1 }"', /unsupported YAML tag/],
  [
    'a %TAG directive and its tag',
    '%TAG !e! tag:evil.example,2000:\n---\na: !e!payload 1',
    /unsupported YAML tag \(tag:evil\.example,2000:payload\)|Missing directives-end/,
  ],
  ['a local tag', 'a: !local 1', /unsupported YAML tag \(!local\)/],
  ['!!binary', 'a: !!binary aGk=', /unsupported YAML tag/],
  ['!!timestamp', 'a: !!timestamp 2001-12-14', /unsupported YAML tag/],
  ['!!set', 'a: !!set {x, y}', /unsupported YAML tag/],
  ['a duplicate key', 'a: 1\nb: 2\na: 3', /duplicate key `a`/],
  ['a duplicate key quoted differently', "a: 1\n'a': 2", /duplicate key `a`/],
  ['a duplicate key through an alias', '&k a: 1\n*k : 2', /duplicate key `a`/],
  ['1 and "1" as keys', '1: a\n"1": b', /duplicate key `1`/],
  ['an unknown alias', 'a: *nowhere', /unknown alias `\*nowhere`/],
  ['a mapping as a key', '? {x: 1}\n: 2', /mapping key must be a plain value/],
]

describe.each(READERS)('%s: YAML threats are refused with a located error, promptly', (_reader, read) => {
  test.each(REFUSED)('%s', (_name, text, message) => {
    const outcome = outcomeOf(() => read(text))
    if (outcome.ok) throw new Error(`accepted: ${JSON.stringify(outcome.value)?.slice(0, 200)}`)
    expect(outcome.problems.some((p) => message.test(p.message))).toBe(true)
    for (const problem of outcome.problems) {
      expect(problem.file).toBeTruthy()
      expect(problem.line).toBeGreaterThanOrEqual(1)
      expect(problem.fix).toBeTruthy()
    }
  })
})

test("block nesting past the YAML parser's stack is located at its most indented line", () => {
  const text = `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')}x: 1`
  const outcome = outcomeOf(() => parseYaml(text, 'm.yml'))
  if (outcome.ok) throw new Error('accepted')
  expect(outcome.problems).toEqual([expect.objectContaining({ file: 'm.yml', message: 'the data is nested more than 200 levels deep.' })])
  const { line, column } = outcome.problems[0]!
  expect(line).toBeGreaterThan(200)
  expect(column).toBe(line)
})

describe('__proto__, constructor and prototype keys are plain data everywhere', () => {
  const KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__']

  test('as gate names in a policy: each is a gate of its own, nothing inherited', () => {
    const text = `version: 1\ngates:\n${KEYS.map((k) => `  ${k}:\n    min: 0.5\n    polluted: true`).join('\n')}\n`
    const refused = outcomeOf(() => parsePolicy(text, 'p.yml'))
    expect(refused.ok).toBe(false)
    const outcome = outcomeOf(() => parsePolicy(text.replace(/\n {4}polluted: true/g, ''), 'p.yml'))
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    const policy = outcome.value as ReturnType<typeof parsePolicy>
    expect(policy.models[0]!.gates.map((g) => [g.pattern, g.rules.min])).toEqual(KEYS.map((k) => [k, 0.5]))
  })

  test('at the top of a policy and as model names: refused by the schema', () => {
    for (const text of [
      'version: 1\n__proto__: {mode: advisory}\ngates: {a: {min: 1}}',
      'version: 1\nmodels:\n  __proto__:\n    gates: {a: {min: 1}}',
    ]) {
      const outcome = outcomeOf(() => parsePolicy(text, 'p.yml'))
      expect(outcome.ok).toBe(false)
    }
  })

  test.each([
    ['YAML', 'eval/metrics.yml', `${KEYS.map((k) => `${k}: {polluted: 1, value: 2}`).join('\n')}\nnested: {__proto__: {value: 3}}`],
    ['JSON', 'eval/metrics.json', `{${KEYS.map((k) => `"${k}": {"polluted": 1}`).join(', ')}, "nested": {"__proto__": {"value": 3}}}`],
  ])('as metric names (%s): ordinary metrics', (_format, file, text) => {
    const outcome = outcomeOf(() => parseMetrics(text, file))
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    const metrics = outcome.value as Map<string, unknown>
    for (const key of KEYS) expect(metrics.has(`${key}.polluted`)).toBe(true)
    expect(metrics.has('nested.__proto__')).toBe(true)
  })

  test.each(['MODEL_CARD.md', 'card.yml', 'card.json'])('as card keys (%s): own data of null-prototype mappings', (file) => {
    const yaml = `privacy:\n  __proto__: {polluted: 1}\n  constructor: {prototype: {polluted: 2}}\nownership:\n  prototype: {polluted: 3}`
    const json =
      '{"privacy": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}, "ownership": {"prototype": {"polluted": 3}}}'
    const text = file.endsWith('.md') ? `---\n${yaml}\n---\n` : file.endsWith('.json') ? json : yaml
    const outcome = outcomeOf(() => parseDeclarations(text, file))
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    const data = (outcome.value as { data: Record<string, Record<string, unknown>> }).data
    expect(Object.getPrototypeOf(data.privacy)).toBeNull()
    expect(Object.keys(data.privacy!)).toEqual(['__proto__', 'constructor'])
    expect(Object.prototype.hasOwnProperty.call(data.ownership, 'prototype')).toBe(true)
  })
})

describe('NaN, Infinity and out-of-range numbers', () => {
  test.each(['.nan', '.inf', '-.inf', '.NaN', '1e400', '-1e400'])(
    'a policy threshold of %s is refused (it would pass or fail everything)',
    (value) => {
      for (const rule of ['min', 'max', 'max_regression', 'min_improvement']) {
        const outcome = outcomeOf(() => parsePolicy(`version: 1\ngates:\n  accuracy:\n    ${rule}: ${value}\n`, 'p.yml'))
        expect(outcome.ok).toBe(false)
        if (!outcome.ok) expect(outcome.problems[0]).toMatchObject({ file: 'p.yml', line: 4 })
      }
    },
  )

  test.each([
    ['eval/metrics.json', '{"accuracy": NaN}', NaN],
    ['eval/metrics.json', '{"accuracy": Infinity}', Infinity],
    ['eval/metrics.json', '{"accuracy": -Infinity}', -Infinity],
    ['eval/metrics.json', '{"accuracy": 1e999}', Infinity],
    ['eval/metrics.json', '{"accuracy": -1e999}', -Infinity],
    ['eval/metrics.yml', 'accuracy: .nan', NaN],
    ['eval/metrics.yml', 'accuracy: .inf', Infinity],
    ['eval/metrics.yml', 'accuracy: 1e400', Infinity],
  ])('%s %s: read as %p, and the gate blocks on it', async (file, text, value) => {
    const outcome = outcomeOf(() => parseMetrics(text, file))
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems))
    expect((outcome.value as Map<string, { value: unknown }>).get('accuracy')?.value).toBe(value)
    const policy = `version: 1\nmetrics: {file: ${file}}\ngates:\n  accuracy: {min: 0.5, max: 2}\n`
    const result = await runGate(memoryOptions({ '.github/model-gate.yml': policy }, { [file]: text }))
    expect(result.verdict).toBe('blocked')
    expect(result.evaluations[0]!.checks.map((c) => [c.id, c.status, c.message])).toEqual([
      ['threshold:accuracy:min', 'fail', `candidate value is ${String(value)}, not a finite number`],
      ['threshold:accuracy:max', 'fail', `candidate value is ${String(value)}, not a finite number`],
    ])
  })
})

describe('YAML aliases cost one pass over the document, not one per alias', () => {
  const plain = (n: number): string => Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join('\n')
  // Both through the library path: a document with aliases never takes the fast path.
  const time = (text: string): number => {
    const start = Date.now()
    parseYamlLibrary(text, 'm.yml')
    return Date.now() - start
  }

  test('100 aliases (the budget) in a 50,000-value document take about as long as none', () => {
    const values = plain(50_000)
    const aliases = `anchor: &x 1\n${Array.from({ length: 100 }, (_, i) => `alias${i}: *x`).join('\n')}\n${values}`
    time(values)
    const without = time(values)
    const withAliases = time(aliases)
    expect(withAliases).toBeLessThan(2 * without + 500)
  })
})

/** A file source over an in-memory tree. */
function memory(label: string, files: Record<string, string>, sha?: string): FileSource {
  return { label, sha, read: async (path) => files[path], exists: async (path) => path in files }
}

function memoryOptions(base: Record<string, string>, head: Record<string, string>): GateOptions {
  return {
    policyPath: '.github/model-gate.yml',
    policySource: 'base',
    base: memory('base', base, 'b'.repeat(40)),
    workspace: memory('workspace', { ...base, ...head }, 'h'.repeat(40)),
    headSha: 'h'.repeat(40),
    now: new Date('2026-11-25T12:00:00Z'),
  }
}

describe('the whole gate on hostile files from the working tree', () => {
  const POLICY = `version: 1
metrics: {file: eval/metrics.json}
baseline: {source: none}
declarations: {file: MODEL_CARD.md, require: [privacy]}
gates:
  accuracy: {min: 0.5}
`
  let root: string
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'model-gate-hostile-gate-'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  afterEach(() => expectUnpolluted())

  const write = (files: Record<string, string | Buffer>): void => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), content)
    }
  }

  async function gate(files: Record<string, string | Buffer>, prepare?: () => void): Promise<GateResult> {
    write({
      '.github/model-gate.yml': POLICY,
      'eval/metrics.json': '{"accuracy": 0.9}',
      'MODEL_CARD.md': '---\nprivacy: {personal_data: false}\n---\n',
      ...files,
    })
    prepare?.()
    const start = Date.now()
    const result = await runGate({
      policyPath: '.github/model-gate.yml',
      policySource: 'workspace',
      workspace: workspaceSource(root),
      now: new Date('2026-11-25T12:00:00Z'),
    })
    expect(Date.now() - start).toBeLessThan(TIME_BOUND_MS)
    return result
  }

  const problems = (result: GateResult): GateProblem[] => result.evaluations.flatMap((e) => e.problems)

  test('a 100 MB metrics file: verdict error, the file named, and it is not read', async () => {
    const result = await gate({}, () => truncateSync(join(root, 'eval/metrics.json'), 100 * 1024 * 1024))
    expect(result.verdict).toBe('error')
    expect(problems(result)).toEqual([
      expect.objectContaining({
        file: 'eval/metrics.json',
        message: expect.stringMatching(/is 100 MiB, more than the 64 MiB model-gate reads/),
      }),
    ])
  })

  test('a Latin-1 model card: verdict error, the file and the line named', async () => {
    const result = await gate({ 'MODEL_CARD.md': Buffer.from('---\nprivacy:\n  owner: Ren\xe9e\n---\n', 'latin1') })
    expect(result.verdict).toBe('error')
    expect(problems(result)).toEqual([
      expect.objectContaining({ file: 'MODEL_CARD.md', line: 3, message: expect.stringMatching(/not valid UTF-8 text; save it as UTF-8/) }),
    ])
  })

  test.each<[string, Record<string, string>]>([
    ['an alias bomb in the card', { 'MODEL_CARD.md': `---\n${billionLaughs()}\n---\n` }],
    ['deep nesting in the metrics', { 'eval/metrics.json': '['.repeat(200_000) }],
    ['a custom tag in the card', { 'MODEL_CARD.md': '---\nprivacy: !!python/object:os.system {}\n---\n' }],
    ['a duplicate metric', { 'eval/metrics.json': '{"accuracy": 0.9, "accuracy": 0.1}' }],
    ['a %YAML 1.1 policy', { '.github/model-gate.yml': `%YAML 1.1\n---\n${POLICY}` }],
  ])('%s: verdict error with the located problem, never a crash', async (_name, files) => {
    const result = await gate(files)
    expect(result.verdict).toBe('error')
    const [problem] = problems(result)
    expect(problem?.line).toBeGreaterThanOrEqual(1)
    expect(Object.keys(files)).toContain(problem?.file)
  })

  test('metrics that only name `__proto__` and `constructor`: the gated metric is missing, so it blocks', async () => {
    const result = await gate({ 'eval/metrics.json': '{"__proto__": {"accuracy": 0.99}, "constructor": {"accuracy": 0.99}}' })
    expect(result.verdict).toBe('blocked')
    expect(result.evaluations[0]!.checks.find((c) => c.id === 'threshold:accuracy:present')?.status).toBe('fail')
  })
})
