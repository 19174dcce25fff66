/**
 * A fast reader for the plain YAML most policies and metrics files are written in: block mappings
 * and sequences, one-line plain and quoted scalars, one-line flow sequences of scalars, comments and
 * blank lines. It records each entry's position as it goes, for `locate`.
 *
 * It gives up (returns undefined) on anything outside that subset or on any doubt: anchors, aliases,
 * tags, directives, document markers, multi-line or block scalars, flow mappings, complex keys, tabs,
 * duplicate or empty keys, unusual characters. The library path then reads the text, so every error
 * and every unusual construct keeps exactly the library's answer.
 */
import type { Mapping, MappingKind } from './mapping.js'

/**
 * Positions in a block or flow collection, entry by entry: where each key starts (mappings only),
 * where each value starts (-1 for an empty value) and the value's own positions when it is a
 * collection.
 */
class Positions {
  readonly keys: string[] = []
  readonly keyAt: number[] = []
  readonly valueAt: number[] = []
  readonly nodes: (Positions | undefined)[] = []
  private index: Map<string, number> | undefined

  constructor(
    readonly start: number,
    readonly isMap: boolean,
  ) {}

  add(key: string, keyAt: number, valueAt: number, node: Positions | undefined): void {
    if (this.isMap) {
      this.keys.push(key)
      this.keyAt.push(keyAt)
    }
    this.valueAt.push(valueAt)
    this.nodes.push(node)
  }

  /** The entry with key `key` (-1 when there is none); the index is built on first use in large mappings. */
  find(key: string): number {
    const keys = this.keys
    if (keys.length <= 8) return keys.indexOf(key)
    if (!this.index) {
      this.index = new Map()
      for (let i = 0; i < keys.length; i++) this.index.set(keys[i] as string, i)
    }
    return this.index.get(key) ?? -1
  }
}

/** What the fast reader found: the value, the root's positions and the offsets where lines start. */
export interface FastYaml {
  value: unknown
  root: Positions
  lineStarts: number[]
}

/** Thrown (one shared instance) to leave the fast path; never escapes `fastParseYaml`. */
const BAIL = new Error('not in the fast YAML subset')

/** Nesting beyond this is left to the library path, which enforces the real bound. */
const MAX_FAST_DEPTH = 64
/** Implicit keys are limited to 1024 characters; longer ones are left to the library to report. */
const MAX_KEY_LENGTH = 1000

/**
 * Characters the fast path accepts anywhere: printable ASCII, LF, CR before LF, and non-control
 * Unicode (surrogates only in pairs). Tabs, controls, NEL, U+2028/9 and a BOM send it to the library.
 */
const UNUSUAL =
  /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ufefe\uff00-\ufffd\ud800-\udfff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const NULL = /^(?:~|[Nn]ull|NULL)$/
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/
const INT_OCT = /^0o[0-7]+$/
const INT = /^[-+]?[0-9]+$/
const INT_HEX = /^0x[0-9a-fA-F]+$/
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
const HEX = /^[0-9a-fA-F]+$/

/** Characters that cannot start a plain scalar here (indicators; `-` is checked on its own). */
const FLOW_INDICATORS = new Set([...',[]{}'].map((c) => c.charCodeAt(0)))
const NOT_PLAIN_FIRST = new Set([...'#,[]{}&*!|>\'"%@`?:'].map((c) => c.charCodeAt(0)))

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
}

const SPACE = 32
const HASH = 35
const DASH = 45
const COLON = 58

/**
 * Reads `text` when it is in the plain subset; undefined when the library path must read it
 * (which it then does, reporting any error exactly as before).
 */
export function fastParseYaml(text: string, mappings: MappingKind): FastYaml | undefined {
  if (UNUSUAL.test(text)) return undefined
  try {
    return new FastReader(text, mappings).document()
  } catch (err) {
    if (err === BAIL) return undefined
    throw err
  }
}

/**
 * The position of `path` in what the fast reader found, with the same answers as the library
 * path's `locate`: a mapping entry's key (or its non-empty value with `target: 'value'`), a list
 * item's start, the root's start for the empty path.
 */
export function fastLocate(root: Positions, path: (string | number)[], valueTarget: boolean): number | undefined {
  let node: Positions | undefined = root
  let at: number | undefined = root.start
  const last = path.length - 1
  for (let i = 0; i <= last; i++) {
    const segment = String(path[i])
    if (node?.isMap) {
      const entry = node.find(segment)
      if (entry < 0) return undefined
      const valueAt = node.valueAt[entry] as number
      at = valueTarget && i === last && valueAt >= 0 ? valueAt : node.keyAt[entry]
      node = node.nodes[entry]
    } else if (node && /^\d+$/.test(segment)) {
      const item = Number(segment)
      at = node.valueAt[item]
      node = node.nodes[item]
    } else {
      return undefined
    }
  }
  return at
}

class FastReader {
  private readonly lineStarts = [0]
  /** The current content line: its start, the end of its text (before CR LF), its indent. */
  private start = 0
  private end = 0
  private indent = 0
  /** Where the line after the current one starts. */
  private next = 0
  /** The value of the scalar just read. */
  private scalar: unknown = null
  /** The positions of the collection just read. */
  private node: Positions | undefined
  /** Where the plain scalar just read stopped: at a `: ` indicator (its offset) or -1. */
  private colon = -1

  constructor(
    private readonly text: string,
    private readonly mappings: MappingKind,
  ) {}

  document(): FastYaml {
    this.advance()
    if (this.indent < 0) throw BAIL
    const value = this.block(this.start + this.indent, 0)
    if (this.indent >= 0) throw BAIL
    return { value, root: this.node as Positions, lineStarts: this.lineStarts }
  }

  /** Moves to the next line holding something other than spaces or a comment (indent -1 at the end). */
  private advance(): void {
    const text = this.text
    const length = text.length
    for (;;) {
      const start = this.next
      if (start >= length) {
        this.start = this.end = length
        this.indent = -1
        return
      }
      const newline = text.indexOf('\n', start)
      let end = newline < 0 ? length : newline
      this.next = newline < 0 ? length : newline + 1
      if (newline >= 0) this.lineStarts.push(newline + 1)
      if (end > start && text.charCodeAt(end - 1) === 13) end--
      let p = start
      while (p < end && text.charCodeAt(p) === SPACE) p++
      if (p === end || text.charCodeAt(p) === HASH) continue
      if (p === start && (text.startsWith('---', p) || text.startsWith('...', p))) throw BAIL
      this.start = start
      this.end = end
      this.indent = p - start
      return
    }
  }

  /** True when a block sequence entry (`- ` or a lone `-`) starts at `at`. */
  private isEntry(at: number): boolean {
    const text = this.text
    return text.charCodeAt(at) === DASH && (at + 1 === this.end || text.charCodeAt(at + 1) === SPACE)
  }

  /**
   * A block collection starting at `at` on the current line (mid-line for `- key: v` or `- - v`);
   * its positions go to `this.node`.
   */
  private block(at: number, depth: number): unknown {
    if (depth > MAX_FAST_DEPTH) throw BAIL
    return this.isEntry(at) ? this.sequence(at, depth) : this.mapping(at, depth)
  }

  private sequence(first: number, depth: number): unknown[] {
    const text = this.text
    const indent = first - this.start
    const out: unknown[] = []
    const loc = new Positions(first, false)
    for (let at = first; ; at = this.start + indent) {
      let v = at + 1
      while (v < this.end && text.charCodeAt(v) === SPACE) v++
      if (v === this.end || text.charCodeAt(v) === HASH) {
        this.advance()
        // An empty item (null): its position is the library's to tell.
        if (this.indent <= indent) throw BAIL
        out.push(this.block(this.start + this.indent, depth + 1))
        const node = this.node as Positions
        loc.add('', -1, node.start, node)
      } else if (this.isEntry(v) || this.keyEnd(v) >= 0) {
        out.push(this.block(v, depth + 1))
        loc.add('', -1, v, this.node)
      } else {
        const node = this.inline(v, depth)
        out.push(this.scalar)
        loc.add('', -1, v, node)
        this.advance()
      }
      if (this.indent < indent || !this.isEntry(this.start + indent)) {
        if (this.indent > indent) throw BAIL
        this.node = loc
        return out
      }
    }
  }

  private mapping(first: number, depth: number): Mapping {
    const text = this.text
    const indent = first - this.start
    // A null-prototype object takes `__proto__` as an ordinary own key, as setMapping's defineProperty does.
    const object = this.mappings === 'map' ? undefined : (Object.create(null) as Record<string, unknown>)
    const map = object ? undefined : new Map<string, unknown>()
    const loc = new Positions(first, true)
    for (let at = first; ; at = this.start + indent) {
      const colon = this.keyEnd(at)
      if (colon < 0) throw BAIL
      const key = this.scalar as string
      if (object ? key in object : map?.has(key)) throw BAIL
      let v = colon + 1
      while (v < this.end && text.charCodeAt(v) === SPACE) v++
      let value: unknown = null
      if (v === this.end || text.charCodeAt(v) === HASH) {
        this.advance()
        if (this.indent > indent || (this.indent === indent && this.isEntry(this.start + indent))) {
          value = this.block(this.start + this.indent, depth + 1)
          const node = this.node as Positions
          loc.add(key, at, node.start, node)
        } else {
          loc.add(key, at, -1, undefined)
        }
      } else {
        const node = this.inline(v, depth)
        value = this.scalar
        loc.add(key, at, v, node)
        this.advance()
      }
      if (object) object[key] = value
      else map?.set(key, value)
      if (this.indent < indent) {
        this.node = loc
        return (object ?? map) as Mapping
      }
      if (this.indent > indent || this.isEntry(this.start + indent)) throw BAIL
    }
  }

  /**
   * When a mapping key starts at `at` (a one-line plain or quoted scalar followed by `: ` or a `:`
   * ending the line), its text goes to `this.scalar` and the offset of its `:` is returned; else -1.
   */
  private keyEnd(at: number): number {
    const text = this.text
    const c = text.charCodeAt(at)
    let end: number
    if (c === 91 || c === 123) return -1
    if (c === 34 || c === 39) {
      end = c === 34 ? this.doubleQuoted(at) : this.singleQuoted(at)
      if (text.charCodeAt(end) !== COLON || (end + 1 < this.end && text.charCodeAt(end + 1) !== SPACE)) return -1
    } else {
      end = this.plain(at, 0)
      if (this.colon < 0) return -1
      // `key :` (space before the colon) and the merge key `<<` are left to the library.
      if (this.colon !== end) throw BAIL
      const key = text.slice(at, end)
      if (key === '<<') throw BAIL
      this.scalar = key
    }
    if ((this.scalar as string).length === 0 || end - at > MAX_KEY_LENGTH) throw BAIL
    return end
  }

  /**
   * A value that ends on its line: a scalar (to `this.scalar`) or a flow sequence of scalars
   * (returned with its positions). Anything after it but a comment sends the text to the library.
   */
  private inline(v: number, depth: number): Positions | undefined {
    const text = this.text
    const c = text.charCodeAt(v)
    let end: number
    let node: Positions | undefined
    if (c === 91) {
      if (depth + 1 > MAX_FAST_DEPTH) throw BAIL
      node = new Positions(v, false)
      end = this.flowSequence(v, node)
    } else if (c === 123) {
      if (depth + 1 > MAX_FAST_DEPTH) throw BAIL
      node = new Positions(v, true)
      end = this.flowMapping(v, node)
    } else if (c === 34 || c === 39) {
      end = c === 34 ? this.doubleQuoted(v) : this.singleQuoted(v)
    } else {
      end = this.plain(v, 0)
      if (this.colon >= 0) throw BAIL
      this.scalar = resolvePlain(text.slice(v, end))
      return undefined
    }
    this.rest(end)
    return node
  }

  /** Only spaces, or spaces and a comment, may follow a value on its line. */
  private rest(from: number): void {
    const text = this.text
    let p = from
    while (p < this.end && text.charCodeAt(p) === SPACE) p++
    if (p < this.end && (p === from || text.charCodeAt(p) !== HASH)) throw BAIL
  }

  /** `[a, 'b', 3]` on one line: scalars only, no empty entries. Returns the offset after `]`. */
  private flowSequence(open: number, loc: Positions): number {
    const text = this.text
    const out: unknown[] = []
    let p = open + 1
    while (p < this.end && text.charCodeAt(p) === SPACE) p++
    if (text.charCodeAt(p) === 93) {
      this.scalar = out
      return p + 1
    }
    for (;;) {
      if (p >= this.end) throw BAIL
      const c = text.charCodeAt(p)
      let end: number
      if (c === 34 || c === 39) {
        end = c === 34 ? this.doubleQuoted(p) : this.singleQuoted(p)
      } else {
        end = this.plain(p, 93)
        if (this.colon >= 0) throw BAIL
        this.scalar = resolvePlain(text.slice(p, end))
      }
      out.push(this.scalar)
      loc.add('', -1, p, undefined)
      p = end
      while (p < this.end && text.charCodeAt(p) === SPACE) p++
      const after = text.charCodeAt(p)
      if (after === 93) {
        this.scalar = out
        return p + 1
      }
      if (after !== 44) throw BAIL
      p++
      while (p < this.end && text.charCodeAt(p) === SPACE) p++
      if (text.charCodeAt(p) === 93) throw BAIL
    }
  }

  /** `{a: 1, 'b': x}` on one line: scalar keys and values, no empty entries. Returns the offset after `}`. */
  private flowMapping(open: number, loc: Positions): number {
    const text = this.text
    const object = this.mappings === 'map' ? undefined : (Object.create(null) as Record<string, unknown>)
    const map = object ? undefined : new Map<string, unknown>()
    const out = (object ?? map) as Mapping
    let p = open + 1
    while (p < this.end && text.charCodeAt(p) === SPACE) p++
    if (text.charCodeAt(p) === 125) {
      this.scalar = out
      return p + 1
    }
    for (;;) {
      if (p >= this.end) throw BAIL
      const keyAt = p
      let end: number
      const c = text.charCodeAt(p)
      if (c === 34 || c === 39) {
        end = c === 34 ? this.doubleQuoted(p) : this.singleQuoted(p)
        if (text.charCodeAt(end) !== COLON || text.charCodeAt(end + 1) !== SPACE || end + 1 >= this.end) throw BAIL
      } else {
        end = this.plain(p, 125)
        if (this.colon !== end) throw BAIL
        this.scalar = text.slice(p, end)
      }
      const key = this.scalar as string
      if (key.length === 0 || key === '<<' || end - p > MAX_KEY_LENGTH) throw BAIL
      if (object ? key in object : map?.has(key)) throw BAIL
      p = end + 1
      while (p < this.end && text.charCodeAt(p) === SPACE) p++
      if (p >= this.end) throw BAIL
      const valueAt = p
      const v = text.charCodeAt(p)
      if (v === 34 || v === 39) {
        end = v === 34 ? this.doubleQuoted(p) : this.singleQuoted(p)
      } else {
        end = this.plain(p, 125)
        if (this.colon >= 0) throw BAIL
        this.scalar = resolvePlain(text.slice(p, end))
      }
      if (object) object[key] = this.scalar
      else map?.set(key, this.scalar)
      loc.add(key, keyAt, valueAt, undefined)
      p = end
      while (p < this.end && text.charCodeAt(p) === SPACE) p++
      const after = text.charCodeAt(p)
      if (after === 125) {
        this.scalar = out
        return p + 1
      }
      if (after !== 44) throw BAIL
      p++
      while (p < this.end && text.charCodeAt(p) === SPACE) p++
      if (text.charCodeAt(p) === 125) throw BAIL
    }
  }

  /**
   * A one-line plain scalar from `at`: returns where its text ends (trailing spaces excluded). In a
   * block (`close` 0) it stops at a comment or a `: ` indicator (whose offset goes to `this.colon`).
   * In a flow collection closed by `close` it stops at `,`, at `close` or at a `: ` indicator (to
   * `this.colon`); any other flow indicator, `:` or `#` gives up.
   */
  private plain(at: number, close: number): number {
    const text = this.text
    const end = this.end
    const first = text.charCodeAt(at)
    if (at >= end || NOT_PLAIN_FIRST.has(first)) throw BAIL
    if (first === DASH) {
      // `-` starts a plain scalar only before a character the scalar may hold.
      const second = text.charCodeAt(at + 1)
      if (at + 1 >= end || second === SPACE || (close !== 0 && FLOW_INDICATORS.has(second))) throw BAIL
    }
    this.colon = -1
    let last = at
    for (let i = at; i < end; i++) {
      const c = text.charCodeAt(i)
      if (c === SPACE) continue
      if (close !== 0) {
        if (c === 44 || c === close) return last
        if (c === COLON && text.charCodeAt(i + 1) === SPACE && i + 1 < end) {
          this.colon = i
          return last
        }
        if (FLOW_INDICATORS.has(c) || c === COLON || c === HASH) throw BAIL
      } else if (c === HASH) {
        if (text.charCodeAt(i - 1) === SPACE) return last
      } else if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        this.colon = i
        return last
      }
      last = i + 1
    }
    return last
  }

  /** `'...'` on one line (`''` is a quote): its text to `this.scalar`, returns the offset after it. */
  private singleQuoted(open: number): number {
    const text = this.text
    let out = ''
    let from = open + 1
    for (let i = from; ;) {
      const close = text.indexOf("'", i)
      if (close < 0 || close >= this.end) throw BAIL
      if (text.charCodeAt(close + 1) === 39 && close + 1 < this.end) {
        out += text.slice(from, close + 1)
        from = i = close + 2
        continue
      }
      this.scalar = out + text.slice(from, close)
      return close + 1
    }
  }

  /** `"..."` on one line with the usual escapes: its text to `this.scalar`, returns the offset after it. */
  private doubleQuoted(open: number): number {
    const text = this.text
    let out = ''
    let from = open + 1
    for (let i = from; ; i++) {
      if (i >= this.end) throw BAIL
      const c = text.charCodeAt(i)
      if (c === 34) {
        this.scalar = out + text.slice(from, i)
        return i + 1
      }
      if (c !== 92) continue
      out += text.slice(from, i)
      const e = text[i + 1]
      if (e === undefined || i + 1 >= this.end) throw BAIL
      const simple = ESCAPES[e]
      if (simple !== undefined) {
        out += simple
        i++
      } else if (e === 'x' || e === 'u') {
        const digits = text.slice(i + 2, i + (e === 'x' ? 4 : 6))
        if (digits.length !== (e === 'x' ? 2 : 4) || i + 1 + digits.length >= this.end || !HEX.test(digits)) throw BAIL
        out += String.fromCharCode(parseInt(digits, 16))
        i += 1 + digits.length
      } else {
        throw BAIL
      }
      from = i + 1
    }
  }
}

/** A plain scalar's value under the YAML 1.2 core schema (null, booleans, integers, floats, else a string). */
function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0)
  if (c === 126 || c === 110 || c === 78) return NULL.test(s) ? null : s
  if (c === 116 || c === 84 || c === 102 || c === 70) return BOOL.test(s) ? c === 116 || c === 84 : s
  if ((c >= 48 && c <= 57) || c === 43 || c === DASH || c === 46) {
    if (INT_OCT.test(s)) return parseInt(s.substring(2), 8)
    if (INT.test(s)) return parseInt(s, 10)
    if (INT_HEX.test(s)) return parseInt(s.substring(2), 16)
    if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s)
  }
  return s
}
