import { checkSentence } from '../../src/core/check-text.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeclarations } from '../../src/declarations/check.js'
import type { Check, DeclarationSettings, DeclarationsDoc } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { problemOf } from '../helpers/expect-problems.js'

const REALWORLD = join(import.meta.dirname, '..', 'fixtures', 'realworld')
const CARDS = ['notus-7b-v1_MODEL_CARD.md', 'stable-code-3b_README.md', 'tulu-2-dpo-7B_README.md']
const settings = (file: string, require = ['privacy', 'ownership']): DeclarationSettings => ({ file, require })
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c]))
const check = (doc: DeclarationsDoc | undefined, s: DeclarationSettings) =>
  checkDeclarations({ doc, settings: s, now: new Date('2026-11-25T00:00:00Z'), existingFiles: new Set() })

const CARD = `---
# Declarations for the fraud model
license: mit
privacy:
    personal_data: none      # odd indentation on purpose
    retention: 30 days
ownership:
  owner: "@fraud-team"
  on_call: '@fraud-oncall'
empty_map: {}
empty_list: []
blank: ""
nulls: {a: null, b: ~}
---

# Fraud model

Body text with a rule:

---

and more text.
`

describe('parseDeclarations', () => {
  test('reads the front matter with line numbers of the whole file', () => {
    const doc = parseDeclarations(CARD, 'MODEL_CARD.md')
    expect(doc.data).toMatchObject({
      license: 'mit',
      privacy: { personal_data: 'none', retention: '30 days' },
      ownership: { owner: '@fraud-team', on_call: '@fraud-oncall' },
    })
    expect(doc.lineOf('license')).toBe(3)
    expect(doc.lineOf('privacy')).toBe(4)
    expect(doc.lineOf('privacy.retention')).toBe(6)
    expect(doc.lineOf('ownership.on_call')).toBe(9)
    expect(doc.lineOf('ownership.pager')).toBeUndefined()
  })

  test('CRLF line endings and a BOM', () => {
    const doc = parseDeclarations('\ufeff---\r\nownership:\r\n  owner: a\r\n---\r\nbody\r\n', 'card.md')
    expect(doc.data).toEqual({ ownership: { owner: 'a' } })
    expect(doc.lineOf('ownership.owner')).toBe(3)
  })

  test('a YAML error in the front matter is reported at its line in the whole file', () => {
    const problem = problemOf(() => parseDeclarations('---\nlicense: mit\nprivacy: [a\nowner: b\n---\n# body\n', 'card.md'))
    expect(problem).toMatchObject({ file: 'card.md', line: 4 })
    const dup = problemOf(() => parseDeclarations('---\na: 1\nb: 2\na: 3\n---\n', 'card.md'))
    expect(dup).toMatchObject({ file: 'card.md', line: 4, column: 1 })
  })

  test('front matter that is never closed is an error', () => {
    expect(problemOf(() => parseDeclarations('---\nprivacy: x\n# body\n', 'card.md')).message).toMatch(/never closed/)
  })

  test('a Markdown file without front matter has no data', () => {
    const doc = parseDeclarations('# Model card\n\n---\nprivacy: none\n---\n', 'MODEL_CARD.md')
    expect(doc.data).toBeUndefined()
    expect(doc.lineOf('privacy')).toBeUndefined()
  })

  test('empty front matter is null data', () => {
    expect(parseDeclarations('---\n---\n# body\n', 'card.md').data).toBeNull()
  })

  test('YAML and JSON files are read whole', () => {
    const yml = parseDeclarations('privacy:\n  personal_data: none\nownership:\n  owner: a\n', 'declarations.yml')
    expect(yml.lineOf('ownership.owner')).toBe(4)
    const json = parseDeclarations('{\n  "privacy": {"pii": false},\n  "ownership": {\n    "owner": "a"\n  }\n}\n', 'decl.json')
    expect(json.data).toEqual({ privacy: { pii: false }, ownership: { owner: 'a' } })
    expect(json.lineOf('ownership.owner')).toBe(4)
    expect(problemOf(() => parseDeclarations('{"a": 1,, }', 'decl.json')).line).toBe(1)
  })

  test('lineOf understands escaped dots', () => {
    const doc = parseDeclarations('a.b:\n  c: 1\n', 'd.yaml')
    expect(doc.lineOf('a\\.b.c')).toBe(2)
  })

  test.each(CARDS)('real-world card %s parses', (file) => {
    const doc = parseDeclarations(readFileSync(join(REALWORLD, file), 'utf8'), file)
    expect(doc.data).toEqual(expect.any(Object))
    expect(doc.lineOf('model-index')).toEqual(expect.any(Number))
  })

  test('real-world line numbers', () => {
    const notus = parseDeclarations(readFileSync(join(REALWORLD, 'notus-7b-v1_MODEL_CARD.md'), 'utf8'), 'card.md')
    expect(notus.lineOf('license')).toBe(14)
    expect(notus.lineOf('datasets')).toBe(2)
    const tulu = parseDeclarations(readFileSync(join(REALWORLD, 'tulu-2-dpo-7B_README.md'), 'utf8'), 'card.md')
    expect(tulu.lineOf('base_model')).toBe(10)
  })

  test('__proto__ and constructor in front matter stay own data', () => {
    const doc = parseDeclarations('---\n__proto__: {privacy: leaked}\nconstructor: {x: 1}\n---\n', 'card.md')
    expect(Object.keys(doc.data as object)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).privacy).toBeUndefined()
    const checks = byId(check(doc, settings('card.md', ['privacy', 'constructor', 'toString'])).checks)
    expect(checks['declaration:privacy.personal_data']?.status).toBe('fail')
    expect(checks['declaration:constructor']?.status).toBe('pass')
    expect(checks['declaration:toString']?.status).toBe('fail')
  })
})

describe('checkDeclarations', () => {
  test('old-style sections are reported field by field against the built-in schema', () => {
    const { checks } = check(parseDeclarations(CARD, 'MODEL_CARD.md'), settings('MODEL_CARD.md'))
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
      'declaration:privacy.personal_data',
      'declaration:privacy.retention',
      'declaration:ownership.team',
      'declaration:ownership.review.next_review_due',
      'declaration:ownership.owner',
    ])
  })

  test('a missing section fails with the fields it needs', () => {
    const doc = parseDeclarations('---\nprivacy: {personal_data: false}\n---\n', 'MODEL_CARD.md')
    const { checks } = check(doc, settings('MODEL_CARD.md'))
    expect(checks.find((c) => c.id === 'declaration:privacy')?.status).toBe('pass')
    expect(checks.find((c) => c.id === 'declaration:ownership.owners')).toMatchObject({
      status: 'fail',
      location: { file: 'MODEL_CARD.md', line: 1 },
    })
  })

  test.each(['empty_map', 'empty_list', 'blank', 'nulls'])('an empty required key (%s) fails at its line', (section) => {
    const doc = parseDeclarations(CARD, 'MODEL_CARD.md')
    const [found] = check(doc, settings('MODEL_CARD.md', [section])).checks
    expect(found?.status).toBe('fail')
    expect(checkSentence(found!)).toMatch(new RegExp(`\`${section}\` (is|holds) .*; the policy requires it`))
    expect(found?.location?.line).toBe(doc.lineOf(section))
  })

  test('nested keys can be required with a dot path', () => {
    const doc = parseDeclarations(CARD, 'MODEL_CARD.md')
    const { checks } = check(doc, settings('MODEL_CARD.md', ['ownership.on_call', 'ownership.pager']))
    const required = checks.filter((c) => c.id === 'declaration:ownership.on_call' || c.id === 'declaration:ownership.pager')
    expect(required.map((c) => [c.id, c.status, c.location?.line])).toEqual([
      ['declaration:ownership.pager', 'fail', 7],
      ['declaration:ownership.on_call', 'pass', 9],
    ])
  })

  test('a missing file fails every required section', () => {
    const { checks } = check(undefined, settings('MODEL_CARD.md'))
    expect(checks.map((c) => c.status)).toEqual(['fail', 'fail'])
    expect(checkSentence(checks[0]!)).toMatch(/^MODEL_CARD.md does not exist in the pull request's head, so `privacy` is not declared/)
  })

  test('a Markdown file without front matter fails with a hint to add one', () => {
    const { checks } = check(parseDeclarations('# Card\n', 'MODEL_CARD.md'), settings('MODEL_CARD.md'))
    expect(checks.every((c) => c.status === 'fail')).toBe(true)
    expect(checkSentence(checks[0]!)).toMatch(/has no YAML front matter, so `privacy` is not declared. Fix: add a `---` block/)
  })

  test('front matter that is not a mapping fails', () => {
    const { checks } = check(parseDeclarations('---\n- privacy\n---\n', 'card.md'), settings('card.md'))
    expect(checks.map((c) => c.status)).toEqual(['fail', 'fail'])
  })

  test.each(CARDS)('real-world card %s: privacy and ownership reported missing, its own keys present', (file) => {
    const doc = parseDeclarations(readFileSync(join(REALWORLD, file), 'utf8'), file)
    const { checks } = check(doc, settings(file, ['privacy', 'ownership', 'datasets']))
    expect(checks.find((c) => c.id === 'declaration:privacy.personal_data')?.status).toBe('fail')
    expect(checks.find((c) => c.id === 'declaration:ownership.owners')?.status).toBe('fail')
    expect(checks.find((c) => c.id === 'declaration:datasets')?.status).toBe('pass')
    expect(checks.some((c) => c.status === 'pass' && (c.id === 'declaration:privacy' || c.id === 'declaration:ownership'))).toBe(false)
  })
})
