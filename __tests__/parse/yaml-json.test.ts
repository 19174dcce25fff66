import { parseJsonText, parseYaml } from '../../src/parse/yaml.js'
import { problemOf, problemsOf } from '../helpers/expect-problems.js'

describe('parseYaml', () => {
  test('YAML 1.2 core schema: yes/no/on are strings, 010 is decimal, .nan and .inf are numbers', () => {
    const { value } = parseYaml('a: yes\nb: no\nc: on\nd: 010\ne: .nan\nf: -.inf\ng: 0x1F\nh: ~\ni: 1_000\n', 'f.yml')
    expect(value).toEqual({ a: 'yes', b: 'no', c: 'on', d: 10, e: NaN, f: -Infinity, g: 31, h: null, i: '1_000' })
  })

  test('%YAML 1.2 is accepted; %YAML 1.1 is refused', () => {
    expect(parseYaml('%YAML 1.2\n---\na: yes\n', 'f.yml').value).toEqual({ a: 'yes' })
    expect(problemOf(() => parseYaml('# header\n%YAML 1.1\n---\na: yes\n', 'f.yml'))).toMatchObject({ line: 2, column: 1 })
  })

  test.each([
    ['custom tag', 'a: !python/object:os.system x\n', 1, 4, /unsupported YAML tag/],
    ['!!binary', 'a: !!binary aGk=\n', 1, 4, /unsupported YAML tag/],
    ['!!set', 'a: !!set {x}\n', 1, 4, /unsupported YAML tag/],
    ['two documents', 'a: 1\n---\nb: 2\n', 2, 1, /more than one YAML document/],
    ['duplicate key', 'a: 1\nb:\n  c: 1\n  c: 2\n', 4, 3, /duplicate key `c`/],
    ['tab indentation', 'a:\n\tb: 1\n', 2, 1, /invalid YAML/],
    ['unknown alias', 'a: *nothing\n', 1, 4, /unknown alias `\*nothing`/],
    ['list as key', '? [a, b]\n: 1\n', 1, 3, /mapping key must be a plain value/],
    ['unterminated quote', 'a: "x\n', 2, 1, /invalid YAML: Missing closing "quote/],
  ])('%s is an error with its position', (_name, text, line, column, message) => {
    const problem = problemOf(() => parseYaml(text, 'f.yml'))
    expect(problem).toMatchObject({ file: 'f.yml', line, column })
    expect(problem.message).toMatch(message)
    expect(problem.fix).toBeTruthy()
  })

  test('keys that differ only in type collide after conversion to strings', () => {
    expect(problemOf(() => parseYaml('1: a\n"1": b\n', 'f.yml')).message).toMatch(/duplicate key `1`/)
  })

  test('non-string keys keep their source text', () => {
    expect(parseYaml('0.50: a\ntrue: b\nnull: c\n', 'f.yml').value).toEqual({ '0.50': 'a', true: 'b', null: 'c' })
  })

  test('an alias bomb stops quickly', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 10; i++)
      rows.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      )
    const start = Date.now()
    expect(problemOf(() => parseYaml(rows.join('\n'), 'f.yml')).message).toMatch(/alias bomb/)
    expect(Date.now() - start).toBeLessThan(2000)
  })

  test('one large anchor aliased many times is stopped too', () => {
    const big = `big: &big [${Array(60000).fill('1').join(',')}]`
    const text = `${big}\ncopies: [${Array(50).fill('*big').join(', ')}]\n`
    expect(problemOf(() => parseYaml(text, 'f.yml')).message).toMatch(/alias bomb/)
    expect((parseYaml(`${big}\ncopies: [*big]\n`, 'f.yml').value as { copies: unknown[][] }).copies[0]).toHaveLength(60000)
  })

  test('locate points at keys, values and list items', () => {
    const { locate } = parseYaml('top:\n  inner:  5\n  list:\n    - x\n    - {k: v}\n', 'f.yml')
    expect(locate([])).toEqual({ line: 1, column: 1 })
    expect(locate(['top', 'inner'])).toEqual({ line: 2, column: 3 })
    expect(locate(['top', 'inner'], 'value')).toEqual({ line: 2, column: 11 })
    expect(locate(['top', 'list', 1, 'k'])).toEqual({ line: 5, column: 8 })
    expect(locate(['top', 'list', '1'])).toEqual({ line: 5, column: 7 })
    expect(locate(['top', 'list', 2])).toBeUndefined()
    expect(locate(['top', 'missing'])).toBeUndefined()
    expect(locate(['top', 'inner', 'deeper'])).toBeUndefined()
  })

  const deepFlow = (n: number) => 'a: ' + '['.repeat(n) + ']'.repeat(n)
  const deepBlock = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1'
  const deepCompact = (n: number) => '- '.repeat(n) + 'x'
  test.each([
    ['flow, 300 levels', deepFlow(300)],
    ['flow, 100000 levels', deepFlow(100000)],
    ['block, 300 levels', deepBlock(300)],
    ['compact sequences, 50000 levels', deepCompact(50000)],
  ])('deep nesting (%s) is a located error, not a crash', (_name, text) => {
    const problem = problemOf(() => parseYaml(text, 'f.yml'))
    expect(problem.message).toMatch(/nested more than 200 levels deep/)
    expect(problem.line).toBeGreaterThanOrEqual(1)
  })

  test('nesting up to the limit is fine', () => {
    expect(parseYaml(deepFlow(150), 'f.yml').value).toBeDefined()
  })

  test('an empty document is null', () => {
    expect(parseYaml('', 'f.yml').value).toBeNull()
    expect(parseYaml('# only a comment\n', 'f.yml').value).toBeNull()
  })

  test('mappings: "map" keeps file order even for integer-like keys', () => {
    const { value } = parseYaml('b: 1\n2: 2\na: 3\n1: 4\n', 'f.yml', { mappings: 'map' })
    expect(value).toBeInstanceOf(Map)
    expect([...(value as Map<string, unknown>).keys()]).toEqual(['b', '2', 'a', '1'])
  })

  test('__proto__ and constructor are plain own keys and never touch Object.prototype', () => {
    const { value } = parseYaml(
      '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nnested:\n  __proto__: {polluted: yes}\n',
      'f.yml',
    )
    const data = value as Record<string, Record<string, unknown>>
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'nested'])
    expect(Object.getPrototypeOf(data)).toBeNull()
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true)
    expect(data['__proto__']).toEqual({ polluted: 'yes' })
    expect(Object.prototype.hasOwnProperty.call(data.nested, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })
})

describe('parseJsonText', () => {
  test('strict JSON plus the NaN / Infinity / -Infinity tokens Python writes', () => {
    const value = parseJsonText(
      '{"a": NaN, "b": Infinity, "c": -Infinity, "d": [1, -2.5e-3, 0], "e": "NaN", "f": null, "g": true}',
      'm.json',
    )
    expect(value).toEqual({ a: NaN, b: Infinity, c: -Infinity, d: [1, -0.0025, 0], e: 'NaN', f: null, g: true })
  })

  test('strings with escapes, unicode and a BOM', () => {
    expect(parseJsonText('\ufeff{"k\\"ey": "a\\nb\\u00e9", "π": "√"}', 'm.json')).toEqual({ 'k"ey': 'a\nbé', π: '√' })
  })

  test.each([
    ['trailing comma', '{\n  "a": 1,\n}', 3, 1, /expected a key in double quotes/],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected `,` or `}`/],
    ['single quotes', "{'a': 1}", 1, 2, /expected a key in double quotes/],
    ['unquoted word', '{"a": nan}', 1, 7, /expected a value/],
    ['truncated file', '{"a": [1, 2', 1, 12, /expected `,` or `]`/],
    ['cut after colon', '{"a": ', 1, 7, /unexpected end of the file/],
    ['leading zero', '{"a": 01}', 1, 8, /expected `,` or `}`/],
    ['bare decimal point', '{"a": 1.}', 1, 9, /digit after the decimal point/],
    ['bad exponent', '{"a": 1e}', 1, 9, /digit in the exponent/],
    ['duplicate key', '{"a": 1,\n "a": 2}', 2, 2, /duplicate key "a"/],
    ['raw newline in a string', '{"a": "x\ny"}', 1, 9, /control character/],
    ['bad escape', '{"a": "\\x"}', 1, 7, /invalid escape/],
    ['unterminated string', '{"a": "x', 1, 7, /unterminated string/],
    ['two values', '{"a": 1} {"b": 2}', 1, 10, /after the end of the JSON value/],
    ['empty file', '  \n', 2, 1, /the file is empty/],
    ['comment', '{"a": 1 // note\n}', 1, 9, /expected `,` or `}`/],
  ])('%s → error at line:column', (_name, text, line, column, message) => {
    const problem = problemOf(() => parseJsonText(text, 'm.json'))
    expect(problem).toMatchObject({ file: 'm.json', line, column })
    expect(problem.message).toMatch(message)
    expect(problem.fix).toBeTruthy()
  })

  test('deep nesting is an error, not a stack overflow', () => {
    const text = '['.repeat(100000) + ']'.repeat(100000)
    expect(problemsOf(() => parseJsonText(text, 'm.json'))[0]?.message).toMatch(/nested more than/)
  })

  test('__proto__ and constructor keys are own data and never touch Object.prototype', () => {
    const value = parseJsonText(
      '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "a": {"__proto__": 3}}',
      'm.json',
    ) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBeNull()
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor', 'a'])
    expect(value['__proto__']).toEqual({ polluted: 1 })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const lookalike = parseJsonText('{"a": 1}', 'm.json') as Record<string, unknown>
    expect(lookalike.constructor).toBeUndefined()
    expect(lookalike.toString).toBeUndefined()
  })

  test('mappings: "map" keeps file order for integer-like keys', () => {
    const value = parseJsonText('{"b": 1, "2": 2, "a": 3, "1": 4}', 'm.json', { mappings: 'map' }) as Map<string, unknown>
    expect([...value.keys()]).toEqual(['b', '2', 'a', '1'])
  })

  test('agrees with JSON.parse on ordinary JSON', () => {
    const source = { a: [1, 2.5, -3e-7, { b: 'x\u0001y"\\' }], c: { d: null, e: false, f: '' }, g: 12345678901234567000 }
    const text = JSON.stringify(source, null, 2)
    expect(parseJsonText(text, 'm.json')).toEqual(JSON.parse(text))
  })
})
