/**
 * A strict JSON reader for metrics files that also accepts the bare `NaN`, `Infinity` and
 * `-Infinity` tokens Python's json module writes. Duplicate keys are errors; mappings are
 * null-prototype objects or Maps; errors carry line and column.
 */
import { GateError } from '../core/errors.js'
import { newMapping, type Mapping, type MappingKind } from './mapping.js'

const MAX_DEPTH = 512
/** A string that needs the slow path: escapes, or raw control characters (which are errors). */
const SPECIAL_IN_STRING = /[\\\u0000-\u001f]/

/** Character codes the reader branches on. */
const Ch = {
  Tab: 9,
  Newline: 10,
  Return: 13,
  Space: 32,
  Quote: 34,
  Comma: 44,
  Minus: 45,
  Colon: 58,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  OpenBrace: 123,
  CloseBrace: 125,
} as const

/** Parses JSON text (plus NaN/±Infinity); a syntax error throws a GateError with line and column. */
export function parseJsonText(text: string, file: string, options: { mappings?: MappingKind } = {}): unknown {
  const mappings = options.mappings ?? 'object'
  const fast = parseJsonFast(text, mappings)
  return fast !== undefined ? fast.value : readJsonText(text, file, { mappings })
}

/** parseJsonText without the fast path: the reader that tracks positions, for its errors (and tests). */
export function readJsonText(text: string, file: string, options: { mappings?: MappingKind } = {}): unknown {
  return new JsonReader(text, file, options.mappings ?? 'object').document()
}

/**
 * The fast path of parseJsonText: JSON.parse, then its objects made mappings (Maps, or the same
 * objects without a prototype). It gives up (undefined), leaving the text to the reader below,
 * whenever the reader could answer differently: a syntax error or a bare NaN/Infinity (JSON.parse
 * throws), nesting past MAX_DEPTH, a duplicate key (JSON.parse keeps the last one silently: caught
 * by counting the keys written), or, for Maps, an integer-like key (a JavaScript object puts those
 * first, so the file order is lost).
 */
export function parseJsonFast(text: string, mappings: MappingKind): { value: unknown } | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let raw: unknown
  try {
    raw = JSON.parse(body)
  } catch {
    return undefined
  }
  const convert = new ToMappings(mappings === 'map')
  const value = convert.value(raw, 0)
  if (convert.failed) return undefined
  // Every key is followed by a colon, so as many colons in the whole text as keys parsed means no
  // key was written twice (and no colon sits in a string): the usual case, settled by one count.
  if (convert.keys !== colons(body) && convert.keys !== keysWritten(body)) return undefined
  return { value }
}

/** An integer-like key: one that a JavaScript object orders before the others. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/

class ToMappings {
  keys = 0
  failed = false

  constructor(private readonly maps: boolean) {}

  value(raw: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      this.failed = true
      return undefined
    }
    if (typeof raw !== 'object' || raw === null) return raw
    // A scalar is its own copy: only past MAX_DEPTH must it be visited (to fail).
    const scalarsAsIs = depth < MAX_DEPTH
    if (Array.isArray(raw)) {
      for (let i = 0; i < raw.length && !this.failed; i++) {
        const item: unknown = raw[i]
        if (!scalarsAsIs || (typeof item === 'object' && item !== null)) raw[i] = this.value(item, depth + 1)
      }
      return raw
    }
    const source = raw as Record<string, unknown>
    const keys = Object.keys(source)
    this.keys += keys.length
    if (this.maps) {
      const map = new Map<string, unknown>()
      for (const key of keys) {
        const first = key.charCodeAt(0)
        if (first >= 48 && first <= 57 && INDEX_KEY.test(key)) {
          this.failed = true
          return undefined
        }
        const item = source[key]
        map.set(key, scalarsAsIs && (typeof item !== 'object' || item === null) ? item : this.value(item, depth + 1))
        if (this.failed) return undefined
      }
      return map
    }
    // The object JSON.parse made becomes the mapping itself: its prototype is set to null in place
    // (its own keys and their order are the file's already), which is cheaper than a copy and keeps
    // V8's fast layout for the object (a null-prototype object made empty and filled is a dictionary).
    // A `__proto__` key is an own property of JSON.parse's object, and stays one.
    Object.setPrototypeOf(source, null)
    for (const key of keys) {
      const item = source[key]
      if (!scalarsAsIs || (typeof item === 'object' && item !== null)) source[key] = this.value(item, depth + 1)
      if (this.failed) return undefined
    }
    return source
  }
}

/** The number of colons in a text. */
function colons(text: string): number {
  let count = 0
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) count++
  return count
}

/**
 * The number of keys written in valid JSON text: the colons outside strings. Each duplicate key
 * makes the parsed objects hold one key fewer than this.
 */
function keysWritten(text: string): number {
  let count = 0
  let i = 0
  let colon = text.indexOf(':')
  for (;;) {
    const quote = text.indexOf('"', i)
    const end = quote < 0 ? text.length : quote
    // Each colon is visited once: those inside the strings skipped are passed over, not counted.
    for (; colon >= 0 && colon < end; colon = text.indexOf(':', colon + 1)) if (colon >= i) count++
    if (quote < 0) return count
    i = closingQuote(text, quote) + 1
  }
}

/** The index of the quote that closes the string opening at `open` (the text is valid JSON). */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1)
  for (;;) {
    if (close < 0) return text.length
    let backslashes = 0
    while (text.charCodeAt(close - 1 - backslashes) === Ch.Backslash) backslashes++
    if (backslashes % 2 === 0) return close
    close = text.indexOf('"', close + 1)
  }
}

class JsonReader {
  private pos = 0

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly mappings: MappingKind,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1
  }

  document(): unknown {
    this.skipSpace()
    if (this.pos >= this.text.length)
      this.fail('the file is empty; expected a JSON object.', 'Write the metrics as a JSON object, e.g. {"accuracy": 0.93}.')
    const value = this.value(0)
    this.skipSpace()
    if (this.pos < this.text.length)
      this.fail('unexpected text after the end of the JSON value.', 'Remove it, or combine the values into one JSON object.')
    return value
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`the JSON is nested more than ${MAX_DEPTH} levels deep.`, 'Flatten the structure.')
    const c = this.text.charCodeAt(this.pos)
    if (c === Ch.OpenBrace) return this.object(depth)
    if (c === Ch.OpenBracket) return this.array(depth)
    if (c === Ch.Quote) return this.string()
    if (c === Ch.Minus || (c >= 48 && c <= 57)) {
      if (this.text.startsWith('-Infinity', this.pos)) return this.word('-Infinity', -Infinity)
      return this.number()
    }
    if (this.text.startsWith('true', this.pos)) return this.word('true', true)
    if (this.text.startsWith('false', this.pos)) return this.word('false', false)
    if (this.text.startsWith('null', this.pos)) return this.word('null', null)
    if (this.text.startsWith('NaN', this.pos)) return this.word('NaN', NaN)
    if (this.text.startsWith('Infinity', this.pos)) return this.word('Infinity', Infinity)
    if (this.pos >= this.text.length)
      this.fail('unexpected end of the file; expected a value.', 'The file is cut short: complete it (was the eval step interrupted?).')
    return this.fail(
      `unexpected ${this.describeHere()}; expected a value (a number, string, object, array, true, false or null).`,
      'Make the file valid JSON: check for a missing value, a stray comma or an unquoted string.',
    )
  }

  private object(depth: number): Mapping {
    const out = newMapping(this.mappings)
    const map = out instanceof Map ? out : undefined
    const record = out as Record<string, unknown>
    this.pos++
    this.skipSpace()
    if (this.text.charCodeAt(this.pos) === Ch.CloseBrace) {
      this.pos++
      return out
    }
    for (;;) {
      this.skipSpace()
      if (this.text.charCodeAt(this.pos) !== Ch.Quote) {
        this.fail(
          `unexpected ${this.describeHere()}; expected a key in double quotes.`,
          'Quote every key with double quotes and remove any trailing comma.',
        )
      }
      const keyStart = this.pos
      const key = this.string()
      if (map ? map.has(key) : key in record) {
        this.pos = keyStart
        this.fail(`duplicate key ${JSON.stringify(key)}: a key may appear only once in an object.`, 'Write each metric once.')
      }
      this.skipSpace()
      if (this.text.charCodeAt(this.pos) !== Ch.Colon)
        this.fail(`unexpected ${this.describeHere()}; expected \`:\` after the key.`, 'Separate each key from its value with a colon.')
      this.pos++
      this.skipSpace()
      const value = this.value(depth + 1)
      // `record` has a null prototype, so even `__proto__` is stored as an own key.
      if (map) map.set(key, value)
      else record[key] = value
      this.skipSpace()
      const c = this.text.charCodeAt(this.pos)
      this.pos++
      if (c === Ch.CloseBrace) return out
      if (c !== Ch.Comma) {
        this.pos--
        this.fail(
          `unexpected ${this.describeHere()}; expected \`,\` or \`}\` after a value in an object.`,
          'Add the missing comma between entries, or close the object.',
        )
      }
    }
  }

  private array(depth: number): unknown[] {
    const out: unknown[] = []
    this.pos++
    this.skipSpace()
    if (this.text.charCodeAt(this.pos) === Ch.CloseBracket) {
      this.pos++
      return out
    }
    for (;;) {
      this.skipSpace()
      out.push(this.value(depth + 1))
      this.skipSpace()
      const c = this.text.charCodeAt(this.pos)
      this.pos++
      if (c === Ch.CloseBracket) return out
      if (c !== Ch.Comma) {
        this.pos--
        this.fail(
          `unexpected ${this.describeHere()}; expected \`,\` or \`]\` after a value in an array.`,
          'Add the missing comma between items, or close the array.',
        )
      }
    }
  }

  private string(): string {
    const start = this.pos
    const close = this.text.indexOf('"', start + 1)
    if (close > 0) {
      const raw = this.text.slice(start + 1, close)
      if (!SPECIAL_IN_STRING.test(raw)) {
        this.pos = close + 1
        return raw
      }
    }
    return this.escapedString(start)
  }

  /** The slow path: a string with escapes (decoded by JSON.parse), or a broken one. */
  private escapedString(start: number): string {
    let i = start + 1
    for (;;) {
      const c = this.text.charCodeAt(i)
      if (Number.isNaN(c)) {
        this.pos = start
        this.fail('unterminated string.', 'Close the string with a double quote.')
      }
      if (c === Ch.Quote) break
      if (c < 0x20) {
        this.pos = i
        this.fail('control character inside a string.', 'Escape it (for example `\\n` for a newline).')
      }
      i += c === Ch.Backslash ? 2 : 1
    }
    this.pos = i + 1
    try {
      return JSON.parse(this.text.slice(start, i + 1)) as string
    } catch {
      this.pos = start
      return this.fail('invalid escape sequence in a string.', 'Use JSON escapes only: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.')
    }
  }

  private number(): number {
    const text = this.text
    const start = this.pos
    let i = start
    if (text.charCodeAt(i) === Ch.Minus) i++
    const first = i
    if (text.charCodeAt(i) === 48) i++
    else while (isDigit(text.charCodeAt(i))) i++
    if (i === first)
      this.fail(`unexpected ${this.describeHere()}; expected a number.`, 'Write numbers as JSON numbers, e.g. 0.93, -1, 1e-5.')
    if (text.charCodeAt(i) === 46) {
      i++
      if (!isDigit(text.charCodeAt(i)))
        this.failAt(i, 'expected a digit after the decimal point.', 'Write numbers as JSON numbers, e.g. 0.93 (not 1.).')
      while (isDigit(text.charCodeAt(i))) i++
    }
    const e = text.charCodeAt(i)
    if (e === 101 || e === 69) {
      i++
      const sign = text.charCodeAt(i)
      if (sign === 43 || sign === Ch.Minus) i++
      if (!isDigit(text.charCodeAt(i))) this.failAt(i, 'expected a digit in the exponent.', 'Write numbers as JSON numbers, e.g. 1e-5.')
      while (isDigit(text.charCodeAt(i))) i++
    }
    this.pos = i
    return Number(text.slice(start, i))
  }

  private word<T>(word: string, value: T): T {
    this.pos += word.length
    return value
  }

  private skipSpace(): void {
    const text = this.text
    let c = text.charCodeAt(this.pos)
    while (c === Ch.Space || c === Ch.Newline || c === Ch.Return || c === Ch.Tab) c = text.charCodeAt(++this.pos)
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'end of the file'
    const ch = this.text.slice(this.pos, this.pos + 1)
    return `character ${JSON.stringify(ch)}`
  }

  private failAt(pos: number, message: string, fix: string): never {
    this.pos = pos
    return this.fail(message, fix)
  }

  private fail(message: string, fix: string): never {
    const before = this.text.slice(0, this.pos)
    const line = before.split('\n').length
    const column = this.pos - before.lastIndexOf('\n')
    throw new GateError({ file: this.file, line, column, message, fix })
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}
