import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDeclarations, isFilled } from '../../src/core/declarations.js'
import type { Check, DeclarationSettings } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { problemOf } from './expect-problems.js'

const REALWORLD = join(import.meta.dirname, 'fixtures', 'realworld')
const CARDS = ['notus-7b-v1_MODEL_CARD.md', 'stable-code-3b_README.md', 'tulu-2-dpo-7B_README.md']
const settings = (file: string, require = ['privacy', 'ownership']): DeclarationSettings => ({ file, require })
const byId = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c]))

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
      ownership: { owner: '@fraud-team', on_call: '@fraud-oncall' }
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
    const checks = byId(checkDeclarations(doc, settings('card.md', ['privacy', 'constructor', 'toString'])))
    expect(checks['declaration:privacy']?.status).toBe('fail')
    expect(checks['declaration:constructor']?.status).toBe('pass')
    expect(checks['declaration:toString']?.status).toBe('fail')
  })
})

describe('checkDeclarations', () => {
  test('one check per required section; present sections pass with their line', () => {
    const checks = checkDeclarations(parseDeclarations(CARD, 'MODEL_CARD.md'), settings('MODEL_CARD.md'))
    expect(checks).toEqual([
      {
        id: 'declaration:privacy',
        kind: 'declaration',
        status: 'pass',
        severity: 'block',
        rule: 'privacy section present',
        message: 'MODEL_CARD.md declares `privacy` (line 4).',
        location: { file: 'MODEL_CARD.md', line: 4 }
      },
      {
        id: 'declaration:ownership',
        kind: 'declaration',
        status: 'pass',
        severity: 'block',
        rule: 'ownership section present',
        message: 'MODEL_CARD.md declares `ownership` (line 7).',
        location: { file: 'MODEL_CARD.md', line: 7 }
      }
    ])
  })

  test('a missing section fails and says what to add', () => {
    const doc = parseDeclarations('---\nprivacy: {pii: none}\n---\n', 'MODEL_CARD.md')
    const [privacy, ownership] = checkDeclarations(doc, settings('MODEL_CARD.md'))
    expect(privacy?.status).toBe('pass')
    expect(ownership).toMatchObject({ status: 'fail', location: { file: 'MODEL_CARD.md', line: 1 } })
    expect(ownership?.message).toBe(
      "MODEL_CARD.md has no `ownership` section in its front matter; add e.g. `ownership: {owner: '@team-handle', on_call: '@oncall'}`."
    )
  })

  test.each(['empty_map', 'empty_list', 'blank', 'nulls'])('an empty section (%s) fails at its line', (section) => {
    const doc = parseDeclarations(CARD, 'MODEL_CARD.md')
    const [check] = checkDeclarations(doc, settings('MODEL_CARD.md', [section]))
    expect(check?.status).toBe('fail')
    expect(check?.message).toMatch(new RegExp(`The \`${section}\` section of MODEL_CARD.md is empty`))
    expect(check?.location?.line).toBe(doc.lineOf(section))
  })

  test('nested sections can be required with a dot path', () => {
    const doc = parseDeclarations(CARD, 'MODEL_CARD.md')
    const checks = checkDeclarations(doc, settings('MODEL_CARD.md', ['ownership.on_call', 'ownership.pager']))
    expect(checks.map((c) => [c.id, c.status, c.location?.line])).toEqual([
      ['declaration:ownership.on_call', 'pass', 9],
      ['declaration:ownership.pager', 'fail', 1]
    ])
  })

  test('a missing file fails every required section', () => {
    const checks = checkDeclarations(undefined, settings('MODEL_CARD.md'))
    expect(checks.map((c) => c.status)).toEqual(['fail', 'fail'])
    expect(checks[0]?.message).toMatch(/^MODEL_CARD.md: file not found; create it with a `privacy` section/)
  })

  test('a Markdown file without front matter fails with a hint to add one', () => {
    const checks = checkDeclarations(parseDeclarations('# Card\n', 'MODEL_CARD.md'), settings('MODEL_CARD.md'))
    expect(checks.every((c) => c.status === 'fail')).toBe(true)
    expect(checks[0]?.message).toMatch(/has no YAML front matter; add a `---` block/)
  })

  test('front matter that is not a mapping fails', () => {
    const checks = checkDeclarations(parseDeclarations('---\n- privacy\n---\n', 'card.md'), settings('card.md'))
    expect(checks.map((c) => c.status)).toEqual(['fail', 'fail'])
  })

  test('a YAML declarations file is not called front matter', () => {
    const [, ownership] = checkDeclarations(parseDeclarations('privacy: {pii: none}\n', 'decl.yml'), settings('decl.yml'))
    expect(ownership?.message).toBe("decl.yml has no `ownership` section; add e.g. `ownership: {owner: '@team-handle', on_call: '@oncall'}`.")
  })

  test.each(CARDS)('real-world card %s: privacy and ownership reported missing', (file) => {
    const doc = parseDeclarations(readFileSync(join(REALWORLD, file), 'utf8'), file)
    const checks = checkDeclarations(doc, settings(file, ['privacy', 'ownership', 'datasets']))
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:privacy', 'fail'],
      ['declaration:ownership', 'fail'],
      ['declaration:datasets', 'pass']
    ])
  })

  test.each<[unknown, boolean]>([
    [null, false],
    ['', false],
    ['  ', false],
    [[], false],
    [[null, ''], false],
    [{}, false],
    [{ a: { b: null } }, false],
    [false, true],
    [0, true],
    ['x', true],
    [[{ a: 1 }], true],
    [{ a: null, b: 'x' }, true]
  ])('isFilled(%j) → %s', (value, expected) => {
    expect(isFilled(value)).toBe(expected)
  })
})
