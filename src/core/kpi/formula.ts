/**
 * KPI formulas: parsed with jsep, checked against a whitelist, evaluated by our own code (no
 * `eval`, no `new Function`).
 *
 * Grammar: numbers (`12`, `0.5`, `1e-3`), names, `+ - * /`, parentheses, unary minus and calls of
 * `min(a, b, …)`, `max(a, b, …)`, `abs(x)`, `round(x)` and `round(x, digits)`. A name is a metric
 * or constant: a dotted path of word characters (`slices.mobile.recall`, segments may start with
 * a digit: `top.5`), or any text between backticks for names with other characters
 * (`` `f1@0.5` ``, `` `arc_easy.acc,none` ``), written exactly as the metric name (`\.` for a dot
 * inside a key, as in gate patterns). A quoted name cannot contain a backtick. Everything else
 * (strings, member access on anything but a name, `x[…]`, other calls, comparisons, `? :`,
 * assignment, `this`, `true`/`null`, several expressions, the names `constructor`, `__proto__`
 * and `prototype`) is rejected with the position of the problem.
 *
 * Columns are 1-based and count characters (code points) from the start of the formula text;
 * line breaks count as one character.
 *
 * Limits: at most MAX_FORMULA_LENGTH characters and MAX_FORMULA_DEPTH nested parentheses, calls
 * or unary minuses, checked while parsing, so that hostile input (10,000 nested parentheses)
 * is refused before any recursion could exhaust the stack.
 *
 * jsep keeps its operators, literals and plugins in global state. parseFormula swaps in its own
 * settings for the duration of one (synchronous) parse and restores the previous ones in a
 * `finally`, so other users of jsep in the process are not affected and cannot affect us.
 */
import jsep from 'jsep'
import type { Expression } from 'jsep'

/** The parts of jsep's parser class (exported at run time, missing from its typings) we use. */
interface JsepParser {
  expr: string
  index: number
  readonly char: string
  readonly code: number
  parse(): Expression
  gobbleSpaces(): void
  gobbleToken(): Expression | false
  gobbleTokenProperty(node: Expression): Expression
  gobbleBinaryOp(): string | false
  gobbleArguments(termination: number): Expression[]
}

interface JsepClass {
  new (expr: string): JsepParser
  isIdentifierPart(ch: number): boolean
  CPAREN_CODE: number
}

const Jsep = (jsep as unknown as { Jsep: JsepClass }).Jsep

export const MAX_FORMULA_LENGTH = 2000
export const MAX_FORMULA_DEPTH = 64

/** The functions a formula may call, with the number of arguments each takes. */
export const FORMULA_FUNCTIONS = {
  min: { min: 1, max: Infinity },
  max: { min: 1, max: Infinity },
  abs: { min: 1, max: 1 },
  round: { min: 1, max: 2 },
} as const

export type FormulaFunction = keyof typeof FORMULA_FUNCTIONS
export type FormulaOperator = '+' | '-' | '*' | '/'

/** A checked formula: a small tree that only the evaluator below interprets. */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; operator: FormulaOperator; left: Formula; right: Formula }
  | { kind: 'call'; fn: FormulaFunction; args: Formula[] }

export interface FormulaError {
  message: string
  /** 1-based character column in the formula text. */
  column: number
  fix?: string
}

export type ParseResult = { ok: true; formula: Formula; names: string[] } | { ok: false; error: FormulaError }

export type EvaluateResult = { ok: true; value: number } | { ok: false; reason: string }

const FORBIDDEN_SEGMENTS = new Set(['constructor', '__proto__', 'prototype'])
const ALLOWED_BINARY = new Set<string>(['+', '-', '*', '/'])
const BACKTICK = 96
const LOOKALIKES: Record<string, string> = {
  '\u2212': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00d7': '*',
  '\u00f7': '/',
}

/**
 * Operators jsep recognises while we parse. Besides the four we allow, the usual JavaScript ones
 * are listed so that they are recognised as a whole (`>=`, `**`, `+=`) and refused by name.
 */
const RECOGNISED_BINARY: Record<string, number> = {
  '=': 0.5,
  '+=': 0.5,
  '-=': 0.5,
  '*=': 0.5,
  '/=': 0.5,
  '%=': 0.5,
  '**=': 0.5,
  '||': 1,
  '??': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '===': 6,
  '!==': 6,
  '<': 7,
  '>': 7,
  '<=': 7,
  '>=': 7,
  '<<': 8,
  '>>': 8,
  '>>>': 8,
  '+': 9,
  '-': 9,
  '*': 10,
  '/': 10,
  '%': 10,
  '**': 11,
}
const RECOGNISED_UNARY: Record<string, number> = { '-': 1, '+': 1, '!': 1, '~': 1 }
const RECOGNISED_LITERALS: Record<string, unknown> = { true: true, false: false, null: null }

class FormulaSyntaxError extends Error {
  constructor(
    readonly index: number,
    message: string,
    readonly fix?: string,
  ) {
    super(message)
  }
}

interface Marks {
  /** Where each token-level node starts. */
  start: WeakMap<object, number>
  /** Where the `.`, `[` or `(` of a member access or call is. */
  accessor: WeakMap<object, number>
  /** Identifiers written between backticks. */
  quoted: WeakSet<object>
}

type JsepNode = Expression & Record<string, unknown>

/** jsep with position bookkeeping, a depth limit, backtick names and stricter member access. */
class FormulaParser extends Jsep {
  private depth = 0
  private readonly starts: number[] = []

  constructor(
    expr: string,
    readonly marks: Marks,
  ) {
    super(expr)
  }

  override gobbleToken(): Expression | false {
    this.gobbleSpaces()
    const start = this.index
    if (++this.depth > MAX_FORMULA_DEPTH) {
      throw new FormulaSyntaxError(
        start,
        `the formula is nested more than ${MAX_FORMULA_DEPTH} deep (parentheses, calls, minus signs)`,
        'split it into simpler parts, e.g. with constants',
      )
    }
    this.starts.push(start)
    try {
      const node = this.code === BACKTICK ? this.gobbleQuotedName() : super.gobbleToken()
      if (node) this.marks.start.set(node, start)
      return node
    } finally {
      this.starts.pop()
      this.depth--
    }
  }

  private gobbleQuotedName(): Expression {
    const start = this.index
    const end = this.expr.indexOf('`', start + 1)
    if (end < 0) {
      throw new FormulaSyntaxError(start, 'the quoted name is not closed', 'end it with a backtick `')
    }
    const name = this.expr.slice(start + 1, end)
    if (name.trim() === '') throw new FormulaSyntaxError(start, 'the quoted name is empty')
    this.index = end + 1
    const node = { type: 'Identifier', name } as Expression
    this.marks.quoted.add(node)
    this.marks.start.set(node, start)
    return this.gobbleTokenProperty(node)
  }

  /** Member access and calls, like jsep's, but recording positions; `a.5` is the name `a.5`. */
  override gobbleTokenProperty(node: Expression): Expression {
    const base = this.starts[this.starts.length - 1] ?? this.index
    if (!this.marks.start.has(node)) this.marks.start.set(node, base)
    this.gobbleSpaces()
    for (;;) {
      const at = this.index
      const ch = this.char
      if (ch === '?' && this.expr.charAt(at + 1) === '.') {
        throw new FormulaSyntaxError(at, 'optional chaining `?.` is not allowed')
      }
      if (ch === '[') {
        throw new FormulaSyntaxError(
          at,
          'computed member access `[…]` is not allowed',
          'write the whole metric name, in backticks if it has other characters',
        )
      }
      if (ch === '(') {
        this.index++
        const args = this.gobbleArguments(Jsep.CPAREN_CODE)
        node = { type: 'CallExpression', callee: node, arguments: args } as Expression
      } else if (ch === '.') {
        this.index++
        this.gobbleSpaces()
        const from = this.index
        while (this.index < this.expr.length && Jsep.isIdentifierPart(this.code)) this.index++
        if (this.index === from) {
          throw new FormulaSyntaxError(from, 'a name segment is missing after `.`')
        }
        const property = { type: 'Identifier', name: this.expr.slice(from, this.index) } as Expression
        this.marks.start.set(property, from)
        node = { type: 'MemberExpression', computed: false, object: node, property } as Expression
      } else {
        return node
      }
      this.marks.accessor.set(node, at)
      this.marks.start.set(node, base)
      this.gobbleSpaces()
    }
  }

  override gobbleBinaryOp(): string | false {
    this.gobbleSpaces()
    const at = this.index
    const op = super.gobbleBinaryOp()
    if (op && !ALLOWED_BINARY.has(op)) throw operatorError(at, op)
    return op
  }
}

function operatorError(index: number, op: string): FormulaSyntaxError {
  if (op.endsWith('=') && !['==', '!=', '===', '!==', '<=', '>='].includes(op)) {
    return new FormulaSyntaxError(index, `assignment \`${op}\` is not allowed`)
  }
  if (op === '%') {
    return new FormulaSyntaxError(index, 'the operator `%` is not allowed', 'write a percentage as a fraction: 5% is 0.05')
  }
  return new FormulaSyntaxError(index, `the operator \`${op}\` is not allowed; a formula may use + - * /`)
}

/** Runs `parse` with our jsep settings in place and restores the previous ones afterwards. */
function withFormulaSettings<T>(parse: () => T): T {
  const j = Jsep as unknown as Record<string, unknown>
  const keys = [
    'unary_ops',
    'binary_ops',
    'right_associative',
    'additional_identifier_chars',
    'literals',
    'this_str',
    'max_unop_len',
    'max_binop_len',
    'hooks',
  ]
  const saved = keys.map((key) => j[key])
  const hooks = j.hooks as object
  j.unary_ops = { ...RECOGNISED_UNARY }
  j.binary_ops = { ...RECOGNISED_BINARY }
  j.right_associative = new Set(['**'])
  j.additional_identifier_chars = new Set(['$', '_'])
  j.literals = { ...RECOGNISED_LITERALS }
  j.this_str = 'this'
  j.max_unop_len = 1
  j.max_binop_len = 3
  j.hooks = new (hooks.constructor as new () => object)()
  try {
    return parse()
  } finally {
    keys.forEach((key, i) => {
      j[key] = saved[i]
    })
  }
}

/**
 * Parses and checks a KPI formula. On success, `names` lists the metric and constant names it
 * uses, each once, in order of first use: the caller checks them (unknown name → did-you-mean).
 */
export function parseFormula(text: string): ParseResult {
  const fail = (index: number, message: string, fix?: string): ParseResult => ({
    ok: false,
    error: { message, column: columnOf(text, index), ...(fix ? { fix } : {}) },
  })
  if (typeof text !== 'string') return fail(0, 'the formula must be a string')
  if (text.length > MAX_FORMULA_LENGTH) {
    return fail(
      MAX_FORMULA_LENGTH,
      `the formula is ${text.length} characters long; at most ${MAX_FORMULA_LENGTH} are allowed`,
      'split it into simpler parts, e.g. with constants',
    )
  }
  if (text.trim() === '') return fail(0, 'the formula is empty')
  const lookalike = findLookalike(text)
  if (lookalike) return fail(lookalike.index, lookalike.message, lookalike.fix)

  const marks: Marks = { start: new WeakMap(), accessor: new WeakMap(), quoted: new WeakSet() }
  let tree: Expression
  try {
    tree = withFormulaSettings(() => new FormulaParser(text, marks).parse())
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return fail(error.index, error.message, error.fix)
    if (error instanceof RangeError) return fail(0, 'the formula is too deeply nested')
    const e = error as { index?: number; description?: string; message?: string }
    const index = typeof e.index === 'number' ? e.index : 0
    return { ok: false, error: describeJsepError(text, index, e.description ?? String(e.message)) }
  }
  try {
    const names: string[] = []
    const formula = convert(tree as JsepNode, marks, names)
    return { ok: true, formula, names: [...new Set(names)] }
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return fail(error.index, error.message, error.fix)
    throw error
  }
}

function columnOf(text: string, index: number): number {
  return [...text.slice(0, Math.max(0, index))].length + 1
}

function findLookalike(text: string): { index: number; message: string; fix: string } | undefined {
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (ch === '`') quoted = !quoted
    const ascii = LOOKALIKES[ch]
    if (!quoted && ascii) {
      return { index: i, message: `the character ${ch} is not an operator`, fix: `write ${ascii}` }
    }
  }
  return undefined
}

function describeJsepError(text: string, index: number, description: string): FormulaError {
  const ch = text.charAt(index)
  const column = columnOf(text, index)
  if (ch === '?') return { message: 'conditional expressions `? :` are not allowed', column }
  if (ch === '{') return { message: 'objects `{…}` are not allowed', column }
  if (ch === ')') return { message: 'unexpected `)`', column, fix: 'check the parentheses' }
  if (description.startsWith('Unclosed (')) {
    return { message: 'a parenthesis is not closed', column, fix: 'add the missing )' }
  }
  const clean = description.replace(/^Unexpected "(.*)"$/, 'unexpected `$1`')
  return { message: clean.charAt(0).toLowerCase() + clean.slice(1), column }
}

function startOf(node: JsepNode, marks: Marks): number {
  const start = marks.start.get(node)
  if (start !== undefined) return start
  if (node.type === 'BinaryExpression') return startOf(node.left as JsepNode, marks)
  const first = node.type === 'Compound' ? (node.body as JsepNode[])[0] : undefined
  return first ? startOf(first, marks) : 0
}

function convert(node: JsepNode, marks: Marks, names: string[]): Formula {
  const fail = (message: string, fix?: string, at = startOf(node, marks)): never => {
    throw new FormulaSyntaxError(at, message, fix)
  }
  switch (node.type) {
    case 'Literal': {
      if (typeof node.value === 'number') return { kind: 'number', value: node.value }
      if (typeof node.value === 'string') {
        return fail(
          'strings are not allowed',
          `to refer to a metric named ${JSON.stringify(node.value)}, write \`${node.value}\` in backticks`,
        )
      }
      return fail(`${String(node.raw)} is not a number`)
    }
    case 'Identifier':
    case 'MemberExpression': {
      const name = nameOf(node, marks)
      names.push(name)
      return { kind: 'name', name }
    }
    case 'UnaryExpression': {
      if (node.operator !== '-') {
        return fail(`the unary operator \`${String(node.operator)}\` is not allowed`, node.operator === '+' ? 'remove the +' : undefined)
      }
      return { kind: 'negate', operand: convert(node.argument as JsepNode, marks, names) }
    }
    case 'BinaryExpression': {
      const left = convert(node.left as JsepNode, marks, names)
      const right = convert(node.right as JsepNode, marks, names)
      return { kind: 'binary', operator: node.operator as FormulaOperator, left, right }
    }
    case 'CallExpression': {
      const callee = node.callee as JsepNode
      const fnName = callee.type === 'Identifier' && !marks.quoted.has(callee) ? String(callee.name) : undefined
      if (!fnName || !Object.hasOwn(FORMULA_FUNCTIONS, fnName)) {
        return fail('only min, max, abs and round can be called', undefined, startOf(callee, marks))
      }
      const fn = fnName as FormulaFunction
      const args = node.arguments as JsepNode[]
      const arity = FORMULA_FUNCTIONS[fn]
      if (args.length < arity.min || args.length > arity.max) {
        const wanted =
          arity.max === Infinity ? `at least ${arity.min}` : arity.min === arity.max ? `${arity.min}` : `${arity.min} or ${arity.max}`
        return fail(`${fn} takes ${wanted} argument${wanted === '1' || wanted === 'at least 1' ? '' : 's'}, not ${args.length}`)
      }
      return { kind: 'call', fn, args: args.map((arg) => convert(arg, marks, names)) }
    }
    case 'ThisExpression':
      return fail('`this` is not allowed', 'to refer to a metric named this, write `this` in backticks')
    case 'ArrayExpression':
      return fail('arrays `[…]` are not allowed')
    case 'Compound':
    case 'SequenceExpression': {
      const parts = (node.body ?? node.expressions) as JsepNode[]
      if (parts.length === 0) return fail('the formula has no expression, only parentheses', undefined, 0)
      const second = parts[1]
      return fail(
        'a formula is one expression; an operator is missing or there is a stray , or ;',
        undefined,
        second ? startOf(second, marks) : startOf(node, marks),
      )
    }
    default:
      return fail(`${String(node.type)} is not allowed`)
  }
}

function nameOf(node: JsepNode, marks: Marks): string {
  if (node.type === 'Identifier') {
    const name = String(node.name)
    const segments = marks.quoted.has(node) ? name.split(/(?<!\\)\./) : [name]
    const bad = segments.find((segment) => FORBIDDEN_SEGMENTS.has(segment))
    if (bad) throw new FormulaSyntaxError(startOf(node, marks), `\`${bad}\` cannot be used as a name`)
    return name
  }
  if (node.type === 'MemberExpression') {
    const object = node.object as JsepNode
    const dot = marks.accessor.get(node) ?? startOf(node, marks)
    if (object.type !== 'Identifier' && object.type !== 'MemberExpression') {
      throw new FormulaSyntaxError(dot, 'member access is only allowed within a metric name like a.b.c')
    }
    if (marks.quoted.has(object)) {
      throw new FormulaSyntaxError(dot, 'a quoted name is already complete', 'put the whole name inside the backticks')
    }
    const property = node.property as JsepNode
    const segment = String(property.name)
    if (FORBIDDEN_SEGMENTS.has(segment)) {
      throw new FormulaSyntaxError(startOf(property, marks), `\`${segment}\` cannot be used as a name`)
    }
    return `${nameOf(object, marks)}.${segment}`
  }
  throw new FormulaSyntaxError(startOf(node, marks), 'member access is only allowed within a metric name like a.b.c')
}

/** A formula as text that parses back to the same formula, fully parenthesised where needed. */
export function formatFormula(formula: Formula): string {
  switch (formula.kind) {
    case 'number':
      return String(formula.value)
    case 'name':
      return /^[A-Za-z_$][\w$]*(\.[\w$]+)*$/.test(formula.name) ? formula.name : `\`${formula.name}\``
    case 'negate':
      return `-${wrap(formula.operand)}`
    case 'binary':
      return `${wrap(formula.left)} ${formula.operator} ${wrap(formula.right)}`
    case 'call':
      return `${formula.fn}(${formula.args.map(formatFormula).join(', ')})`
  }
}

function wrap(formula: Formula): string {
  const text = formatFormula(formula)
  return formula.kind === 'binary' || formula.kind === 'negate' || (formula.kind === 'number' && formula.value < 0) ? `(${text})` : text
}

/**
 * Evaluates a formula. `lookup` gives the value of a metric or constant name. Fails, with a
 * reason, on a name without a value, a value or intermediate result that is not finite, a
 * division by zero, and `round` digits that are not an integer from −15 to 15. `round` rounds
 * half away from zero (`round(-2.5)` is −3) at the given decimal digits (negative: tens,
 * hundreds, …), on the binary value (so round(1.005, 2) is 1, as 1.005 is stored as 1.00499…).
 */
export function evaluateFormula(formula: Formula, lookup: (name: string) => number | undefined): EvaluateResult {
  try {
    return { ok: true, value: evaluate(formula, lookup) }
  } catch (error) {
    if (error instanceof EvaluationError) return { ok: false, reason: error.message }
    throw error
  }
}

class EvaluationError extends Error {}

function finite(value: number, formula: Formula): number {
  if (!Number.isFinite(value)) {
    throw new EvaluationError(`${formatFormula(formula)} is ${String(value)}, not a finite number`)
  }
  return value
}

function evaluate(formula: Formula, lookup: (name: string) => number | undefined): number {
  switch (formula.kind) {
    case 'number':
      return finite(formula.value, formula)
    case 'name': {
      const value = lookup(formula.name)
      if (value === undefined) throw new EvaluationError(`${formatFormula(formula)} has no value`)
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new EvaluationError(`${formatFormula(formula)} is ${String(value)}, not a finite number`)
      }
      return value
    }
    case 'negate':
      return -evaluate(formula.operand, lookup)
    case 'binary': {
      const left = evaluate(formula.left, lookup)
      const right = evaluate(formula.right, lookup)
      if (formula.operator === '/' && right === 0) {
        throw new EvaluationError(`division by zero: ${formatFormula(formula.right)} is 0 in ${formatFormula(formula)}`)
      }
      return finite(applyOperator(formula.operator, left, right), formula)
    }
    case 'call': {
      const args = formula.args.map((arg) => evaluate(arg, lookup))
      return finite(applyFunction(formula.fn, args, formula), formula)
    }
  }
}

function applyOperator(operator: FormulaOperator, a: number, b: number): number {
  switch (operator) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      return a / b
  }
}

function applyFunction(fn: FormulaFunction, args: number[], formula: Formula): number {
  const [x = NaN, digits = 0] = args
  switch (fn) {
    case 'min':
      return Math.min(...args)
    case 'max':
      return Math.max(...args)
    case 'abs':
      return Math.abs(x)
    case 'round':
      if (!Number.isInteger(digits) || Math.abs(digits) > 15) {
        throw new EvaluationError(`the digits of ${formatFormula(formula)} must be an integer from -15 to 15, not ${digits}`)
      }
      return roundHalfAwayFromZero(x, digits)
  }
}

/** x rounded half away from zero at `digits` decimal places (negative: to tens, hundreds, …). */
export function roundHalfAwayFromZero(x: number, digits = 0): number {
  const scale = 10 ** Math.abs(digits)
  const magnitude = Math.abs(x)
  const rounded = digits >= 0 ? Math.round(magnitude * scale) / scale : Math.round(magnitude / scale) * scale
  return Math.sign(x) * rounded
}
