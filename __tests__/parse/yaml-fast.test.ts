/**
 * The fast YAML path (src/parse/yaml-fast.ts) must give exactly the library path's answers: the
 * same values (null-prototype objects or Maps, key order, -0, NaN) and the same `locate` positions
 * for every path, and it must give up on everything outside its subset (the library then reads the
 * text and reports any error). Checked on generated policy-like documents, on mutations of them,
 * and on tables of documents that must and must not take the fast path.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { parseYaml, parseYamlFast, parseYamlLibrary, type DataPath, type ParsedYaml } from '../../src/parse/yaml.js'
import type { MappingKind } from '../../src/parse/mapping.js'

/** Why two values differ (undefined when they are the same, prototypes and key order included). */
function difference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return Object.is(a, b) ? undefined : `${at}: ${String(a)} (${typeof a}) ≠ ${String(b)} (${typeof b})`
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different prototypes`
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: length ${a.length} ≠ ${b.length}`
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${at}[${i}]`)
      if (d) return d
    }
    return undefined
  }
  const ea = a instanceof Map ? [...a.entries()] : Object.entries(a)
  const eb = b instanceof Map ? [...b.entries()] : Object.entries(b)
  const ka = ea.map(([k]) => String(k)).join('\u0000')
  const kb = eb.map(([k]) => String(k)).join('\u0000')
  if (ka !== kb) return `${at}: keys ${JSON.stringify(ka)} ≠ ${JSON.stringify(kb)}`
  for (let i = 0; i < ea.length; i++) {
    const d = difference(ea[i]?.[1], eb[i]?.[1], `${at}.${String(ea[i]?.[0])}`)
    if (d) return d
  }
  return undefined
}

/** Every path in a value, plus paths that are not there (a missing key, an index past the end, `'0'`). */
function pathsOf(value: unknown, at: DataPath = [], out: DataPath[] = []): DataPath[] {
  out.push(at, [...at, 'missing'], [...at, 0])
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...at, i], out))
    out.push([...at, String(value.length)], [...at, '00'], [...at, '-1'])
    if (value.length > 0) out.push([...at, '0'])
  } else if (value instanceof Map || (typeof value === 'object' && value !== null)) {
    const entries = value instanceof Map ? [...(value as Map<string, unknown>)] : Object.entries(value)
    for (const [k, v] of entries) {
      pathsOf(v, [...at, k], out)
      // An integer-like key asked for by a number, as the metric locator does.
      if (/^\d+$/.test(k)) out.push([...at, Number(k)])
    }
  }
  return out
}

/** Fails with the first difference between the fast and the library reading of `text`. */
function expectSame(text: string, fast: ParsedYaml, mappings: MappingKind): void {
  const slow = parseYamlLibrary(text, 'p.yml', { mappings })
  const d = difference(fast.value, slow.value)
  if (d) throw new Error(`${d}\n--- document:\n${text}`)
  for (const path of pathsOf(slow.value)) {
    for (const target of ['key', 'value'] as const) {
      const f = fast.locate(path, target)
      const s = slow.locate(path, target)
      if (JSON.stringify(f) !== JSON.stringify(s)) {
        throw new Error(`locate(${JSON.stringify(path)}, ${target}): ${JSON.stringify(f)} ≠ ${JSON.stringify(s)}\n--- document:\n${text}`)
      }
    }
  }
}

// ---- Generated documents in the fast path's subset ----

/** Plain scalars, tricky ones included: each must resolve as the YAML 1.2 core schema says. */
const PLAIN_VALUES = [
  'abc',
  'a b',
  'a  b',
  'foo:bar',
  'a#b',
  "it's",
  'say "hi"',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  'Null',
  'NULL',
  'null',
  'nULL',
  '~',
  '~x',
  'true',
  'True',
  'TRUE',
  'tRue',
  'false',
  'False',
  'FALSE',
  '0.300',
  '1e-3',
  '1e3',
  '1E3',
  '1.5e+2',
  '.5',
  '5.',
  '-.5',
  '+.5',
  '.',
  '-.inf',
  '+.inf',
  '.inf',
  '.Inf',
  '.INF',
  '.NaN',
  '.nan',
  '.NAN',
  '-.nan',
  '0x1F',
  '0x1f',
  '0X1F',
  '0o7',
  '0o17',
  '0o8',
  '010',
  '+12',
  '-12',
  '-0',
  '+0',
  '0',
  '00',
  '1_000',
  '12:30',
  '1.2.3',
  '-1',
  '123456789012345678901234567890',
  '0.1234567890123456789',
  '10%',
  'a,b',
  'a[0]',
  'x{y}',
  'a]b',
  'é',
  '日本語',
  '😀 ok',
  '-a',
  'a-',
  '--a',
  'a:b:c',
  'http://example.com/x?y=1#frag',
  'eval/metrics.json',
  'slices.*.recall',
  'a\\nb',
  '+',
  '0o',
  '0x',
  '1e',
  '00.5',
  '1.',
  '0b101',
  'b :c',
  '9007199254740993',
  '1e400',
  '-1e400',
  '0x10000000000000000',
  '\u00a0x\u00a0',
  'x\u200b',
  '\u3000',
  'a"b',
  "a'b",
]
/** Plain keys, including ones that resolve to non-strings (their key is the text as written). */
const PLAIN_KEYS = [
  'a',
  'b',
  'min',
  'max_regression',
  'slices.s00042.f1',
  'a b',
  'a.b:c',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '1',
  '01',
  '2',
  '10',
  '-1',
  '1.5',
  '1e3',
  '0x1F',
  'true',
  'null',
  'Null',
  '~',
  'yes',
  'é',
  'a[0]',
  'x,y',
  'a#b',
  '-k',
  'k-',
  "it's",
]
/** Strings that must be quoted (and the fast path must decode). */
const QUOTED_TEXTS = [
  '',
  ' ',
  'a: b',
  '# not a comment',
  'x # y',
  "it's",
  'a"b',
  'a\\b',
  'é',
  'tab\there',
  'line\nbreak',
  '- item',
  '[a, b]',
  '{a: 1}',
  '*alias',
  '&anchor',
  '!tag',
  '|',
  '>',
  '%',
  '@',
  '`',
  '---',
  '...',
  'yes',
  'null',
  '~',
  '123',
  '0x1F',
  '.inf',
  '  padded  ',
  '日本',
  '😀',
  '__proto__',
  'slices.*.recall',
]

/** A double-quoted rendering of `s`, with a choice of escapes. */
const doubleQuoted = (s: string, style: number): string => {
  let out = ''
  for (const ch of s) {
    const code = ch.codePointAt(0) as number
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\t') out += style % 2 ? '\\t' : '\\u0009'
    else if (ch === '/' && style % 3 === 0) out += '\\/'
    else if (code > 127 && code < 0x10000 && style % 2) out += `\\u${code.toString(16).padStart(4, '0')}`
    else if (code > 127 && code < 256 && style % 3 === 1) out += `\\x${code.toString(16).padStart(2, '0')}`
    else out += ch
  }
  return `"${out}"`
}
const singleQuoted = (s: string): string => `'${s.replace(/'/g, "''")}'`
const canSingleQuote = (s: string): boolean => !/[\n\t]/.test(s)

const quotedArb = fc
  .tuple(fc.constantFrom(...QUOTED_TEXTS, ...PLAIN_VALUES), fc.nat(5), fc.boolean())
  .map(([s, style, single]) => (single && canSingleQuote(s) ? singleQuoted(s) : doubleQuoted(s, style)))
const plainArb = fc.constantFrom(...PLAIN_VALUES)
const scalarArb = fc.oneof({ weight: 3, arbitrary: plainArb }, { weight: 2, arbitrary: quotedArb })
/** Flow sequences: plain items may not hold flow indicators, `:` or `#`. */
const flowItemArb = fc.oneof(
  plainArb.filter((s) => !/[,[\]{}:#]/.test(s) && !/^-(?: |$)/.test(s)),
  quotedArb,
)
const flowArb = fc
  .tuple(fc.array(flowItemArb, { maxLength: 4 }), fc.nat(3))
  .map(([items, spacing]) =>
    items.length === 0
      ? spacing
        ? '[ ]'
        : '[]'
      : `[${spacing & 1 ? ' ' : ''}${items.join(spacing & 2 ? ' , ' : ', ')}${spacing & 1 ? ' ' : ''}]`,
  )
/** The text a key stands for (to keep keys unique in a generated mapping). */
const keyText = (key: string): string => {
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'")
  if (key.startsWith('"')) return JSON.parse(key.replace(/\\\//g, '/').replace(/\\x([0-9a-f]{2})/g, '\\u00$1')) as string
  return key
}

/** One-line flow mappings of scalars: `{a: 1, 'b c': x}`. */
const flowKeyArb = fc.oneof(
  fc.constantFrom(...PLAIN_KEYS.filter((k) => !/[,[\]{}:#]/.test(k) && !/^-(?: |$)/.test(k))),
  quotedArb.filter((k) => keyText(k) !== ''),
)
const flowMapArb = fc
  .tuple(fc.uniqueArray(fc.tuple(flowKeyArb, flowItemArb), { maxLength: 4, selector: ([k]) => keyText(k) }), fc.nat(3))
  .map(([entries, spacing]) =>
    entries.length === 0
      ? spacing
        ? '{ }'
        : '{}'
      : `{${spacing & 1 ? ' ' : ''}${entries.map(([k, v]) => `${k}: ${v}`).join(spacing & 2 ? ' , ' : ', ')}${spacing & 1 ? ' ' : ''}}`,
  )
const keyArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PLAIN_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTED_TEXTS.filter((s) => s !== '')).map((s) => singleQuoted(s.replace(/\n|\t/g, ' '))) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...QUOTED_TEXTS.filter((s) => s !== '')), fc.nat(5)).map(([s, st]) => doubleQuoted(s, st)),
  },
)
type Tree = { map: [string, Tree][] } | { seq: Tree[] } | { leaf: string }

const { tree } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree; leaf: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('map'), tie('seq')),
  leaf: fc
    .oneof({ weight: 5, arbitrary: scalarArb }, { weight: 1, arbitrary: flowArb }, { weight: 1, arbitrary: flowMapArb })
    .map((leaf) => ({ leaf })),
  map: fc.uniqueArray(fc.tuple(keyArb, tie('tree')), { minLength: 1, maxLength: 5, selector: ([k]) => keyText(k) }).map((map) => ({ map })),
  seq: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
}))
const rootArb = fc.oneof(
  tree.filter((t): t is { map: [string, Tree][] } => 'map' in t),
  tree.filter((t): t is { seq: Tree[] } => 'seq' in t),
)

/** Layout choices, drawn once per document and used in turn. */
interface Style {
  choices: number[]
  eol: '\n' | '\r\n'
  finalEol: boolean
}
const styleArb = fc.record({
  choices: fc.array(fc.nat(99), { minLength: 1, maxLength: 64 }),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  finalEol: fc.boolean(),
})

const COMMENTS = ['# c', "# it's: a #comment", '#', '# "quoted" - [x] {y}: z', '# é']

function render(root: Tree, style: Style): string {
  let n = 0
  const pick = (k: number): number => (style.choices[n++ % style.choices.length] as number) % k
  const lines: string[] = []
  const tail = (): string =>
    ['', '', '', ' ', '  ', ` ${COMMENTS[pick(COMMENTS.length)]}`, `   ${COMMENTS[pick(COMMENTS.length)]}`][pick(7)] as string
  const noise = (indent: number): void => {
    const r = pick(12)
    if (r === 0) lines.push('')
    else if (r === 1) lines.push(' '.repeat(pick(6)))
    else if (r === 2) lines.push(`${' '.repeat(pick(2) ? indent : pick(8))}${COMMENTS[pick(COMMENTS.length)]}`)
  }
  /** Lines of a collection whose first line is prefixed by `lead` (`- ` compact forms) or not. */
  const block = (node: Tree, indent: number): void => {
    if ('map' in node) {
      for (const [key, value] of node.map) {
        noise(indent)
        const head = `${' '.repeat(indent)}${key}:`
        if ('leaf' in value) lines.push(`${head} ${value.leaf}${tail()}`)
        else {
          lines.push(`${head}${tail()}`)
          noise(indent)
          block(value, 'seq' in value && pick(2) ? indent : indent + 1 + pick(4))
        }
      }
    } else if ('seq' in node) {
      for (const item of node.seq) {
        noise(indent)
        if ('leaf' in item) lines.push(`${' '.repeat(indent)}- ${item.leaf}${tail()}`)
        else if (pick(3)) {
          // Compact: `- key: value` / `- - item`, the collection indented at its first character.
          const gap = 1 + pick(2)
          const from = lines.length
          block(item, indent + 1 + gap)
          const first = lines.findIndex((l, i) => i >= from && l.trim() !== '' && !l.trimStart().startsWith('#'))
          const line = lines[first] as string
          lines[first] = `${' '.repeat(indent)}-${' '.repeat(gap)}${line.trimStart()}`
          // Blank or comment lines before the first entry would split `-` from it: drop them.
          lines.splice(from, first - from)
        } else {
          lines.push(`${' '.repeat(indent)}-${tail()}`)
          block(item, indent + 1 + pick(4))
        }
      }
    }
  }
  if (pick(4) === 0) lines.push(COMMENTS[pick(COMMENTS.length)] as string)
  block(root, pick(5) === 0 ? 2 : 0)
  noise(0)
  return lines.join(style.eol) + (style.finalEol ? style.eol : '')
}

const documentArb = fc.tuple(rootArb, styleArb).map(([root, style]) => render(root, style))

describe('fast YAML path == library path', () => {
  test('generated policy-like documents take the fast path and read the same, locate() included', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom<MappingKind>('object', 'map'), (text, mappings) => {
        const fast = parseYamlFast(text, { mappings })
        if (!fast) throw new Error(`the fast path gave up on:\n${text}`)
        expectSame(text, fast, mappings)
      }),
      { numRuns: 3000 },
    )
  })

  /** Edits that take a document outside the subset, or break it. */
  const EDITS = [
    '&a ',
    '*a',
    '!t ',
    '!!str ',
    '\t',
    '|',
    '>',
    '? ',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    ': ',
    ' :',
    '#',
    ' #',
    '-',
    '- ',
    '"',
    "'",
    '\\',
    '\\x4',
    '\\u00',
    '\\U0001F600',
    '%',
    '@',
    '`',
    '\n',
    '\r',
    '\r\n',
    ' ',
    '  ',
    '\n  ',
    '\n---\n',
    '--- ',
    '\n...\n',
    '---',
    '%YAML 1.1\n',
    '\ufeff',
    '\u0085',
    '\u2028',
    '\u0000',
    '\ud800',
    'x',
    '<<',
    'a: 1\n',
  ]
  const mutatedArb = fc
    .tuple(documentArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EDITS), fc.nat(3)), { minLength: 1, maxLength: 3 }))
    .map(([text, edits]) =>
      edits.reduce((t, [at, edit, cut]) => {
        const i = at % (t.length + 1)
        return t.slice(0, i) + edit + t.slice(i + cut)
      }, text),
    )

  test('on mutated documents the fast path reads the same or gives up (never accepts what the library refuses)', () => {
    let fastRuns = 0
    fc.assert(
      fc.property(mutatedArb, fc.constantFrom<MappingKind>('object', 'map'), (text, mappings) => {
        const fast = parseYamlFast(text, { mappings })
        if (!fast) return
        fastRuns++
        expectSame(text, fast, mappings)
      }),
      { numRuns: 4000 },
    )
    // The property compares something: many mutated documents are still in the subset.
    expect(fastRuns).toBeGreaterThan(500)
  })
})

describe('fast YAML path on token soup', () => {
  /** Short documents from YAML's punctuation and a few words: the fast path's edges, densely. */
  const TOKENS = [
    'a',
    'b',
    'k1',
    '1',
    '-1',
    '0.5',
    '~',
    'yes',
    ':',
    ': ',
    ' ',
    '  ',
    '-',
    '- ',
    '\n',
    '\n  ',
    '\r\n',
    '"',
    "'",
    '#',
    ' #',
    '[',
    ']',
    ',',
    ', ',
    '.',
    '!',
    '&',
    '*',
    '?',
    '{',
    '}',
    '\\',
    '|',
  ]
  const soupArb = fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join(''))

  test('whatever the fast path accepts, the library reads the same (never an error)', () => {
    let fastRuns = 0
    fc.assert(
      fc.property(soupArb, fc.constantFrom<MappingKind>('object', 'map'), (text, mappings) => {
        const fast = parseYamlFast(text, { mappings })
        if (!fast) return
        fastRuns++
        expectSame(text, fast, mappings)
      }),
      { numRuns: 20000 },
    )
    expect(fastRuns).toBeGreaterThan(200)
  })
})

describe('fast YAML path: tables', () => {
  const accepted: [string, unknown][] = [
    ['a: 1\nb: yes\nc: ~\nd: Null\ne: 1_000\nf: 0o17\ng: 0x1F\nh: 1e3\ni: -0\nj: .inf\n', null],
    ['a: 1 # comment\nb: "a\\"b" # c\nc: \'it\'\'s\'\nd: "\\u00e9"\ne: "#x"\n', null],
    ['a:\n- 1\n- two\nb:\n  - [x, "y", 3]\n  - []\n', null],
    ['metrics: {file: eval/m.yml}\ngates:\n  "slices.*.recall": { max_gap: 0.08, min_n: 100 }\n  f1: {}\n', null],
    ['- {a: 1, "b c": \'x\'}\n- { }\n', null],
    ['- a: 1\n  b: 2\n- - x\n  - y\n-\n  c: 3\n', null],
    ['a: 1\r\nb:\r\n  c: 2\r\n', null],
    ['a:   \nb: 2   \n', null],
    ['# lead\n\n  a: 1\n  b:\n    c: d\n', null],
    ['__proto__: 1\nconstructor: 2\n', null],
    ['a\u00a0: \u00a0x\u00a0\nb: b :c\nc: +\nd: "\\0"\ne: 1e400\nf: 0x10000000000000000\n', null],
    ['gates:\n  "slices.*.recall":\n    min: 0.80\n  slices.s1.f1:\n    max_regression: 10%\n', null],
  ]
  test.each(accepted)('takes the fast path and reads as the library: %j', (text) => {
    for (const mappings of ['object', 'map'] as const) {
      const fast = parseYamlFast(text, { mappings })
      expect(fast).toBeDefined()
      expectSame(text, fast as ParsedYaml, mappings)
    }
  })

  test('values are as the YAML 1.2 core schema says', () => {
    const value = parseYamlFast('a: yes\nb: 1_000\nc: 0o17\nd: 0x1F\ne: -0\nf: .nan\ng: ~\nh: 010\ni: +12\nj: 1e-3\nk: "\\u00e9"\n')
      ?.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBeNull()
    expect(value).toEqual({ a: 'yes', b: '1_000', c: 15, d: 31, e: -0, f: NaN, g: null, h: 10, i: 12, j: 0.001, k: 'é' })
    expect(Object.is(value.e, -0)).toBe(true)
  })

  test('locate() points at keys, values and list items', () => {
    const parsed = parseYamlFast('a:\n  b: 1\n  c:\n  - x\n  - [y, z]\nd:\n') as ParsedYaml
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 })
    expect(parsed.locate(['a', 'b'])).toEqual({ line: 2, column: 3 })
    expect(parsed.locate(['a', 'b'], 'value')).toEqual({ line: 2, column: 6 })
    expect(parsed.locate(['a', 'c', 1])).toEqual({ line: 5, column: 5 })
    expect(parsed.locate(['a', 'c', 1, 1])).toEqual({ line: 5, column: 9 })
    expect(parsed.locate(['d'], 'value')).toEqual({ line: 6, column: 1 })
    expect(parsed.locate(['a', 'c', 2])).toBeUndefined()
    expect(parsed.locate(['a', 'b', 'x'])).toBeUndefined()
  })

  const refused: [string, string][] = [
    ['anchor', 'a: &x 1\nb: 2\n'],
    ['alias', 'a: 1\nb: *x\n'],
    ['tag', 'a: !!str 1\n'],
    ['custom tag', 'a: !t 1\n'],
    ['directive', '%YAML 1.2\n---\na: 1\n'],
    ['document start', '---\na: 1\n'],
    ['document end', 'a: 1\n...\n'],
    ['document start before content', '--- a: 1\n'],
    ['document end before content', '... a: 1\n'],
    ['second document', 'a: 1\n---\nb: 2\n'],
    ['literal block scalar', 'a: |\n  x\n'],
    ['folded block scalar', 'a: >\n  x\n'],
    ['sequence in a flow mapping', 'a: {b: [1]}\n'],
    ['mapping in a flow mapping', 'a: {b: {c: 1}}\n'],
    ['key without a value in a flow mapping', 'a: {b}\n'],
    ['empty value in a flow mapping', 'a: {b: }\n'],
    ['trailing comma in a flow mapping', 'a: {b: 1,}\n'],
    ['duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['empty key in a flow mapping', 'a: {"": 1}\n'],
    ['merge key in a flow mapping', 'a: {<<: 1}\n'],
    ['over-long key in a flow mapping', `a: {${'k'.repeat(1100)}: 1}\n`],
    ['adjacent value in a flow mapping', 'a: {"b":1}\n'],
    ['pair in a flow mapping value', 'a: {b: c: d}\n'],
    ['multi-line flow mapping', 'a: {b: 1,\n  c: 2}\n'],
    ['flow mapping as a key', '{a: 1}: 2\n'],
    ['flow mapping in a sequence', 'a: [{b: 1}]\n'],
    ['nested flow sequence', 'a: [1, [2]]\n'],
    ['pair in a flow sequence', 'a: [b: 1]\n'],
    ['trailing comma', 'a: [1, 2,]\n'],
    ['dash before a comma in a flow sequence', 'a: [x, -, y]\n'],
    ['dash before the end of a flow sequence', 'a: [x, -]\n'],
    ['multi-line flow sequence', 'a: [1,\n  2]\n'],
    ['complex key', '? a\n: 1\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['tab after a value', 'a: 1\t\n'],
    ['multi-line plain scalar', 'a: x\n  y\n'],
    ['multi-line quoted scalar', 'a: "x\n  y"\n'],
    ['value on the next line', 'a:\n  x\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
    ['duplicate key, quoted', 'a: 1\n"a": 2\n'],
    ['empty key', '"": 1\n'],
    ['space before the colon', 'a : 1\n'],
    ['merge key', '<<: 1\n'],
    ['empty list item', '- \n- 1\n'],
    ['mapping in a value', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['sequence after a mapping', 'a: 1\n- b\n'],
    ['mapping after a sequence', '- a\nb: 1\n'],
    ['comment without a space', 'a: "x"#c\n'],
    ['text after a quoted value', 'a: "x" y\n'],
    ['unknown escape', 'a: "\\q"\n'],
    ['long escape', 'a: "\\U0001F600"\n'],
    ['short hex escape', 'a: "\\x4"\n'],
    ['byte order mark', '\ufeffa: 1\n'],
    ['lone carriage return', 'a: 1\rb: 2\n'],
    ['control character', 'a: x\u0001\n'],
    ['lone surrogate', 'a: \ud800\n'],
    ['root scalar', 'hello\n'],
    ['empty document', ''],
    ['comment-only document', '# nothing\n'],
    ['reserved indicator', 'a: @x\n'],
    ['backquote', 'a: `x`\n'],
    ['very deep nesting', Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n'],
    ['over-long key', `${'k'.repeat(1100)}: 1\n`],
  ]
  test.each(refused)('gives up on %s (the library reads it)', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined()
    // parseYaml is then exactly the library path: the same value or the same error.
    let library: unknown
    let viaParseYaml: unknown
    try {
      library = parseYamlLibrary(text, 'p.yml').value
    } catch (err) {
      library = err
    }
    try {
      viaParseYaml = parseYaml(text, 'p.yml').value
    } catch (err) {
      viaParseYaml = err
    }
    expect(viaParseYaml).toEqual(library)
  })
})
