import fc from 'fast-check'
import jsep from 'jsep'
import {
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
  evaluateFormula,
  formatFormula,
  parseFormula,
  roundHalfAwayFromZero,
} from '../../../src/core/kpi/formula.js'

const ISSUE_FORMULA = '(1 - recall) * fraud_per_month * avg_fraud_usd + false_positive_rate * legit_per_month * review_cost_usd'

function values(table: Record<string, number>): (name: string) => number | undefined {
  return (name) => (Object.hasOwn(table, name) ? table[name] : undefined)
}

function evaluateText(text: string, table: Record<string, number> = {}) {
  const parsed = parseFormula(text)
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`)
  return evaluateFormula(parsed.formula, values(table))
}

describe('accepted formulas', () => {
  test.each<[string, string[]]>([
    [ISSUE_FORMULA, ['recall', 'fraud_per_month', 'avg_fraud_usd', 'false_positive_rate', 'legit_per_month', 'review_cost_usd']],
    ['slices.mobile.recall', ['slices.mobile.recall']],
    ['slices . mobile . recall', ['slices.mobile.recall']],
    ['top.5 * 2', ['top.5']],
    ['`f1@0.5` - `arc_easy.acc,none`', ['f1@0.5', 'arc_easy.acc,none']],
    ['`versicolor.f1-score` / `macro avg.f1-score`', ['versicolor.f1-score', 'macro avg.f1-score']],
    ['`a\\.b.c` + 1', ['a\\.b.c']],
    ['a + a * a', ['a']],
    ['min(a, b) + max(a, b, c) + abs(-a) + round(a) + round(a, 2)', ['a', 'b', 'c']],
    ['--1', []],
    ['1e3 + .5 + 2.5E-2', []],
    ['\n  (a\n  + b)\n', ['a', 'b']],
    ['précision * 2', ['précision']],
    ['`this` + `constructor x`', ['this', 'constructor x']],
  ])('%s', (text, names) => {
    const parsed = parseFormula(text)
    expect(parsed).toMatchObject({ ok: true, names })
  })
})

describe('rejected formulas name the problem and its 1-based column', () => {
  test.each<[string, string, RegExp]>([
    // [formula, column marker (^ under the problem), message]
    ['constructor', '^', /`constructor` cannot be used/],
    ['a.constructor', '  ^', /`constructor` cannot be used/],
    ['__proto__ + 1', '^', /`__proto__` cannot be used/],
    ['x.__proto__.y', '  ^', /`__proto__` cannot be used/],
    ['a.prototype', '  ^', /`prototype` cannot be used/],
    ['`__proto__.a`', '^', /`__proto__` cannot be used/],
    ['(1).toFixed', '   ^', /member access is only allowed within a metric name/],
    ['min(a).x', '      ^', /member access is only allowed/],
    ['"x".length', '   ^', /member access is only allowed/],
    ['a[0]', ' ^', /computed member access/],
    ["a['b']", ' ^', /computed member access/],
    ['a?.b', ' ^', /optional chaining/],
    ['Math.max(1, 2)', '^', /only min, max, abs and round can be called/],
    ['a.min(1)', '^', /only min, max, abs and round can be called/],
    ['eval(1)', '^', /only min, max, abs and round can be called/],
    ['`min`(1)', '^', /only min, max, abs and round can be called/],
    ['1 + constructor(1)', '    ^', /only min, max, abs and round can be called/],
    ['(a)(1)', ' ^', /only min, max, abs and round can be called/],
    ['"recall"', '^', /strings are not allowed/],
    ["1 + 'x'", '    ^', /strings are not allowed/],
    ['a = 1', '  ^', /assignment `=`/],
    ['a += 1', '  ^', /assignment `\+=`/],
    ['this', '^', /`this` is not allowed/],
    ['this.x', '    ^', /`this` is not allowed|member access/],
    ['a ? b : c', '  ^', /conditional expressions/],
    ['a > b', '  ^', /operator `>`/],
    ['a >= b', '  ^', /operator `>=`/],
    ['a == b', '  ^', /operator `==`/],
    ['a && b', '  ^', /operator `&&`/],
    ['a ** 2', '  ^', /operator `\*\*`/],
    ['5 % 2', '  ^', /operator `%`/],
    ['!a', '^', /unary operator `!`/],
    ['~a', '^', /unary operator `~`/],
    ['+a', '^', /unary operator `\+`/],
    ['true', '^', /true is not a number/],
    ['null + 1', '^', /null is not a number/],
    ['[1, 2]', '^', /arrays/],
    ['{a: 1}', '^', /objects/],
    ['a b', '  ^', /one expression/],
    ['a; b', '   ^', /one expression/],
    ['(a, b)', '    ^', /one expression/],
    ['a..b', '  ^', /segment is missing/],
    ['`a`.b', '   ^', /quoted name is already complete/],
    ['`a', '^', /not closed/],
    ['(a + b', '      ^', /not closed|expected/i],
    ['a + b)', '     ^', /unexpected `\)`/],
    ['1 +', '   ^', /expected expression after \+/],
    ['1 − 2', '  ^', /not an operator/],
    ['2 × 3', '  ^', /not an operator/],
    ['min()', '^', /min takes at least 1 argument, not 0/],
    ['abs(1, 2)', '^', /abs takes 1 argument, not 2/],
    ['round(1, 2, 3)', '^', /round takes 1 or 2 arguments, not 3/],
    ['', '^', /empty/],
    ['()', '^', /no expression, only parentheses/],
    ['(())', '   ^', /unexpected `\)`/],
    ['12abc', '  ^', /cannot start with a number/i],
  ])('%s', (text, marker, message) => {
    const parsed = parseFormula(text)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.error.message).toMatch(message)
    expect(parsed.error.column).toBe(marker.indexOf('^') + 1)
  })

  test('suggestions: a string becomes a quoted name, a percentage a fraction', () => {
    expect(parseFormula('"f1@0.5" * 2')).toMatchObject({
      ok: false,
      error: { fix: expect.stringContaining('`f1@0.5`') },
    })
    expect(parseFormula('recall * 5%')).toMatchObject({
      ok: false,
      error: { fix: expect.stringContaining('0.05') },
    })
  })

  test('columns count characters, not UTF-16 units', () => {
    expect(parseFormula('`😀` > 1')).toMatchObject({ ok: false, error: { column: 5 } })
  })
})

describe('length and nesting are capped before the parser can overflow the stack', () => {
  test('10,000-deep parentheses are refused cleanly', () => {
    const text = `${'('.repeat(10000)}1${')'.repeat(10000)}`
    const parsed = parseFormula(text)
    expect(parsed).toMatchObject({ ok: false, error: { column: MAX_FORMULA_LENGTH + 1 } })
  })

  test.each<[string, (depth: number) => string]>([
    ['parentheses', (d) => `${'('.repeat(d)}1${')'.repeat(d)}`],
    ['unary minus', (d) => `${'-'.repeat(d)}1`],
    ['calls', (d) => `${'abs('.repeat(d)}1${')'.repeat(d)}`],
    ['mixed', (d) => `${'-('.repeat(Math.floor(d / 2))}1${')'.repeat(Math.floor(d / 2))}`],
  ])('%s: %p deep is accepted, one more is not', (_kind, build) => {
    // The outermost token counts as one level, so depth d of nesting uses d levels.
    const ok = parseFormula(build(MAX_FORMULA_DEPTH - 1))
    expect(ok.ok).toBe(true)
    const deep = parseFormula(build(MAX_FORMULA_DEPTH + 1))
    expect(deep).toMatchObject({ ok: false, error: { message: expect.stringContaining('nested more than') } })
  })

  test('1,000 nested parentheses within the length limit are refused by depth', () => {
    const parsed = parseFormula(`${'('.repeat(999)}1${')'.repeat(999)}`)
    expect(parsed).toMatchObject({ ok: false, error: { column: MAX_FORMULA_DEPTH + 1 } })
  })

  test('a long flat sum is fine: length, not depth, limits it', () => {
    const text = Array.from({ length: 999 }, () => '1').join('+')
    expect(text.length).toBeLessThanOrEqual(MAX_FORMULA_LENGTH)
    expect(evaluateText(text)).toEqual({ ok: true, value: 999 })
  })

  test('one character over the length limit is refused', () => {
    expect(parseFormula('1'.repeat(MAX_FORMULA_LENGTH)).ok).toBe(true)
    expect(parseFormula('1'.repeat(MAX_FORMULA_LENGTH + 1)).ok).toBe(false)
  })
})

describe('jsep is not left changed', () => {
  test('the default jsep still parses comparisons and ternaries after our parses', () => {
    parseFormula('a + b')
    parseFormula('a ? b : c')
    parseFormula('(((')
    expect(jsep('a >= b ? c : d')).toMatchObject({ type: 'ConditionalExpression' })
    expect(jsep('true')).toMatchObject({ type: 'Literal', value: true })
  })

  test('a plugin-like change to global jsep does not change our grammar', () => {
    jsep.addBinaryOp('^^', 20)
    try {
      expect(parseFormula('a ^^ b').ok).toBe(false)
      expect(parseFormula('a * b').ok).toBe(true)
    } finally {
      jsep.removeBinaryOp('^^')
    }
  })
})

describe('evaluation', () => {
  const constants = { fraud_per_month: 1000, avg_fraud_usd: 500, legit_per_month: 200000, review_cost_usd: 4 }

  test("the issue's fraud-loss KPI: (1 − 0.8) · 1000 · 500 + 0.01 · 200000 · 4 = 108,000", () => {
    const result = evaluateText(ISSUE_FORMULA, { ...constants, recall: 0.8, false_positive_rate: 0.01 })
    expect(result.ok && result.value).toBeCloseTo(108000, 6)
  })

  test.each<[string, Record<string, number>, number]>([
    ['1 - 2 - 3', {}, -4],
    ['8 / 4 / 2', {}, 1],
    ['2 + 3 * 4', {}, 14],
    ['(2 + 3) * 4', {}, 20],
    ['-2 * -3', {}, 6],
    ['- (1 - 3)', {}, 2],
    ['min(3, 1, 2) + max(3, 1, 2)', {}, 4],
    ['abs(a - b)', { a: 1, b: 4 }, 3],
    ['round(2.5) + round(-2.5)', {}, 0],
    ['round(-2.5)', {}, -3],
    ['round(1234.5678, 2)', {}, 1234.57],
    ['round(1234.5678, -2)', {}, 1200],
    ['round(abs(36) / 7.881201875178058e-15)', {}, 4567831222974055],
    ['slices.mobile.recall * 100', { 'slices.mobile.recall': 0.5 }, 50],
  ])('%s = %p', (text, table, expected) => {
    const result = evaluateText(text, table)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toBeCloseTo(expected, 12)
  })

  test.each<[string, Record<string, number>, RegExp]>([
    ['a / (b - c)', { a: 1, b: 2, c: 2 }, /^division by zero: b - c is 0 in a \/ \(b - c\)$/],
    ['1 / 0', {}, /division by zero/],
    ['0 / 0', {}, /division by zero/],
    ['a * a', { a: 1e200 }, /a \* a is Infinity, not a finite number/],
    ['a + 1', { a: NaN }, /a is NaN, not a finite number/],
    ['missing + 1', {}, /missing has no value/],
    ['round(1, 0.5)', {}, /digits .* must be an integer/],
    ['round(1, 16)', {}, /digits .* must be an integer/],
    ['1e400', {}, /Infinity, not a finite number/],
  ])('%s fails: %p', (text, table, reason) => {
    const result = evaluateText(text, table)
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(reason) })
  })

  test('the lookup is only ever asked for names of the formula', () => {
    const asked: string[] = []
    evaluateText('a.b + `c d` * a.b', {})
    const parsed = parseFormula('a.b + `c d` * a.b')
    if (!parsed.ok) throw new Error('unexpected')
    evaluateFormula(parsed.formula, (name) => {
      asked.push(name)
      return 1
    })
    expect(new Set(asked)).toEqual(new Set(['a.b', 'c d']))
  })

  test('roundHalfAwayFromZero', () => {
    expect([0.5, 1.5, -0.5, -1.5, 0.49].map((x) => roundHalfAwayFromZero(x))).toEqual([1, 2, -1, -2, 0])
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1) // 1.005 is 1.00499999999999989… in binary
    expect(roundHalfAwayFromZero(15, -1)).toBe(20)
    // Where floor(x + 0.5) is wrong: the sum itself is rounded (found by the property below).
    expect(roundHalfAwayFromZero(4567831222974055)).toBe(4567831222974055)
    expect(roundHalfAwayFromZero(-4567831222974055)).toBe(-4567831222974055)
    expect(roundHalfAwayFromZero(0.49999999999999994)).toBe(0)
    expect(roundHalfAwayFromZero(-0.49999999999999994)).toBe(-0)
    expect(roundHalfAwayFromZero(2 ** 53 + 2)).toBe(2 ** 53 + 2)
  })
})

// ---------------------------------------------------------------------------------------------
// Property: random valid formulas, printed as text, parse and evaluate like an independent
// reference evaluator that works on the generated tree (not on jsep's output).

type Ref =
  | { t: 'num'; v: number }
  | { t: 'var'; name: string; quoted: boolean }
  | { t: 'neg'; a: Ref }
  | { t: 'bin'; op: '+' | '-' | '*' | '/'; a: Ref; b: Ref }
  | { t: 'fn'; fn: 'min' | 'max' | 'abs' | 'round'; args: Ref[] }

const VARIABLES: Record<string, number> = {
  recall: 0.8,
  'slices.mobile.recall': 0.75,
  cost_usd: 4,
  'f1@0.5': 0.6,
  'a b': -3,
  n: 1000,
}

function reference(e: Ref): number {
  switch (e.t) {
    case 'num':
      return e.v
    case 'var':
      return VARIABLES[e.name] as number
    case 'neg':
      return -reference(e.a)
    case 'bin': {
      const a = reference(e.a)
      const b = reference(e.b)
      if (e.op === '/' && b === 0) return NaN
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b
    }
    case 'fn': {
      const args = e.args.map(reference)
      if (e.fn === 'min') return Math.min(...args)
      if (e.fn === 'max') return Math.max(...args)
      if (e.fn === 'abs') return Math.abs(args[0] as number)
      // Exact half away from zero: |x| − floor(|x|) is exact in binary, unlike |x| + 0.5, which
      // rounds for odd integers above 2^52 and for 0.49999999999999994.
      const x = args[0] as number
      const whole = Math.floor(Math.abs(x))
      return Math.sign(x) * (Math.abs(x) - whole >= 0.5 ? whole + 1 : whole)
    }
  }
}

/** Every intermediate result finite: the same condition under which evaluateFormula succeeds. */
function referenceFinite(e: Ref): boolean {
  const children: Ref[] = e.t === 'neg' ? [e.a] : e.t === 'bin' ? [e.a, e.b] : e.t === 'fn' ? e.args : []
  return children.every(referenceFinite) && Number.isFinite(reference(e))
}

function print(e: Ref, space: string): string {
  switch (e.t) {
    case 'num':
      return String(e.v)
    case 'var':
      return e.quoted ? `\`${e.name}\`` : e.name
    case 'neg':
      return `-${space}(${print(e.a, space)})`
    case 'bin':
      return `(${space}${print(e.a, space)}${space}${e.op}${space}${print(e.b, space)}${space})`
    case 'fn':
      return `${e.fn}(${e.args.map((a) => print(a, space)).join(`,${space}`)})`
  }
}

const refArb = fc.letrec<{ e: Ref }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      t: fc.constant('num' as const),
      v: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
    }),
    fc.constantFrom<Ref>(
      { t: 'var', name: 'recall', quoted: false },
      { t: 'var', name: 'slices.mobile.recall', quoted: false },
      { t: 'var', name: 'cost_usd', quoted: true },
      { t: 'var', name: 'f1@0.5', quoted: true },
      { t: 'var', name: 'a b', quoted: true },
      { t: 'var', name: 'n', quoted: false },
    ),
    fc.record({ t: fc.constant('neg' as const), a: tie('e') }),
    fc.record({
      t: fc.constant('bin' as const),
      op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      a: tie('e'),
      b: tie('e'),
    }),
    fc.record({
      t: fc.constant('fn' as const),
      fn: fc.constantFrom('min' as const, 'max' as const),
      args: fc.array(tie('e'), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      t: fc.constant('fn' as const),
      fn: fc.constantFrom('abs' as const, 'round' as const),
      args: tie('e').map((a) => [a]),
    }),
  ),
})).e

describe('property: random valid formulas evaluate like a reference evaluator', () => {
  test('parse(print(e)) evaluates to reference(e), or fails exactly when reference(e) is not finite', () => {
    fc.assert(
      fc.property(refArb, fc.constantFrom('', ' ', '  ', '\n'), (e, space) => {
        const text = print(e, space)
        fc.pre(text.length <= MAX_FORMULA_LENGTH)
        const parsed = parseFormula(text)
        if (!parsed.ok) {
          // Only the depth limit may refuse a generated formula.
          expect(parsed.error.message).toContain('nested more than')
          return
        }
        const result = evaluateFormula(parsed.formula, values(VARIABLES))
        if (referenceFinite(e)) {
          expect(result).toEqual({ ok: true, value: reference(e) })
        } else {
          expect(result.ok).toBe(false)
        }
      }),
      { numRuns: 500 },
    )
  })

  test('formatFormula prints a formula that parses back to the same tree', () => {
    fc.assert(
      fc.property(refArb, (e) => {
        const parsed = parseFormula(print(e, ' '))
        fc.pre(parsed.ok)
        if (!parsed.ok) return
        const again = parseFormula(formatFormula(parsed.formula))
        expect(again).toEqual(parsed)
      }),
      { numRuns: 300 },
    )
  })
})

describe('property: arbitrary input never throws', () => {
  const alphabet = fc.constantFrom(
    ...'ab1.0e+-*/%()[]{},;:?!=<>&|^~`\'" \n\tx_$−'.split(''),
    'min',
    'max(',
    'round(',
    'this',
    'constructor',
    '__proto__',
    'true',
    '**',
    '?.',
  )
  test('parseFormula returns an answer with a column inside the text (or just past it)', () => {
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')),
        (text) => {
          const parsed = parseFormula(text)
          if (parsed.ok) {
            expect(() => evaluateFormula(parsed.formula, () => 1)).not.toThrow()
          } else {
            expect(parsed.error.column).toBeGreaterThanOrEqual(1)
            expect(parsed.error.column).toBeLessThanOrEqual([...text].length + 1)
            expect(parsed.error.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})
