/**
 * Safe YAML reading: YAML 1.2 core schema only (no 1.1 `yes`/`no` booleans, no merge keys, no
 * custom tags), one document, unique keys, bounded alias expansion. Mappings become
 * null-prototype objects (or Maps), so a `__proto__` or `constructor` key is just data.
 * Plain documents (most policies and metrics files) take a fast path (yaml-fast.ts) with the same
 * values and positions; anything else, and every error, goes through the `yaml` library.
 */
import type {
  CST,
  Document,
  DocumentOptions,
  Node as YamlNode,
  Pair,
  ParseOptions as YamlParseOptions,
  SchemaOptions,
  LineCounter,
  YAMLError,
} from 'yaml'
import { GateError } from '../core/errors.js'
import type { GateProblem } from '../core/types.js'
import { newMapping, setMapping, type MappingKind } from './mapping.js'
import { fastLocate, fastParseYaml } from './yaml-fast.js'
import { yamlLibrary } from './yaml-library.js'

export { parseJsonText } from './json.js'

/** A 1-based line and column. */
export interface Position {
  line: number
  column: number
}

/** A path into parsed data: mapping keys and sequence indexes. */
export type DataPath = (string | number)[]

/** What `locate` points at for a mapping entry: its key (default) or its value. */
export type LocateTarget = 'key' | 'value'

export interface ParsedYaml {
  value: unknown
  /**
   * The position of the entry at `path`: a mapping entry's key (or, with `target: 'value'`, its
   * value when it has one), a list item's start. The empty path is the document's start.
   */
  locate(path: DataPath, target?: LocateTarget): Position | undefined
}

export interface ParseOptions {
  /** `map`: mappings become Maps (file order kept exactly); default `object` (null prototype). */
  mappings?: MappingKind
}

/** Alias dereferences allowed per document, nested ones included: stops "billion laughs". */
const MAX_ALIAS_EXPANSIONS = 100
/** Values that aliases may add beyond the document's own size (one huge anchor aliased often). */
const MAX_ALIAS_GROWTH = 100_000
/**
 * Nesting allowed in a YAML document. Checked on the syntax tree before composing, because the
 * composer recurses and a stack overflow deep inside it can abort the whole process.
 */
const MAX_DEPTH = 200

const YAML_OPTIONS: YamlParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  merge: false,
  // Duplicate keys are found (with their position) while converting: the library's own check
  // compares every key with every other, which is quadratic in a 5,000-gate policy.
  uniqueKeys: false,
  strict: true,
  resolveKnownTags: false,
  customTags: [],
  stringKeys: false,
}

type Doc = Document.Parsed

/** Parses one YAML 1.2 document into plain data; any YAML problem throws a located GateError. */
export function parseYaml(text: string, file: string, options: ParseOptions = {}): ParsedYaml {
  return parseYamlFast(text, options) ?? parseYamlLibrary(text, file, options)
}

/** The fast path for plain documents (see yaml-fast.ts); undefined when the library must read the text. */
export function parseYamlFast(text: string, options: ParseOptions = {}): ParsedYaml | undefined {
  const fast = fastParseYaml(text, options.mappings ?? 'object')
  if (!fast) return undefined
  const { value, root, lineStarts } = fast
  return {
    value,
    locate: (path, target = 'key') => {
      const at = fastLocate(root, path, target === 'value')
      return at === undefined ? undefined : linePosition(lineStarts, at)
    },
  }
}

/** 1-based line and column of `offset`, given the offsets where lines start (as the library's LineCounter). */
function linePosition(lineStarts: number[], offset: number): Position {
  let low = 0
  let high = lineStarts.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((lineStarts[mid] as number) < offset) low = mid + 1
    else high = mid
  }
  if (lineStarts[low] === offset) return { line: low + 1, column: 1 }
  return { line: low, column: offset - (lineStarts[low - 1] as number) + 1 }
}

/** The library path: reads any YAML and reports every problem with its position. */
export function parseYamlLibrary(text: string, file: string, options: ParseOptions = {}): ParsedYaml {
  const lineCounter = new (yamlLibrary().LineCounter)()
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const doc = composeOne(text, file, lineCounter, position)
  const problems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(e, file, text, position))
  const directive = versionDirectiveProblem(doc, text, file)
  if (directive) problems.unshift(directive)
  if (problems.length > 0) throw new GateError(problems)

  const anchors = new AnchorIndex(doc)
  const converter = new Converter(anchors, file, position, options.mappings ?? 'object', text.length)
  const value = doc.contents === null ? null : converter.convert(doc.contents, 0)
  const pairs = new PairIndex(anchors)
  return { value, locate: (path, target = 'key') => locateIn(doc, anchors, pairs, path, target, position) }
}

/** Composes the first document (a second one is an error), refusing over-deep syntax trees first. */
function composeOne(text: string, file: string, lineCounter: LineCounter, position: (offset: number) => Position): Doc {
  const { Composer, Parser, YAMLParseError } = yamlLibrary()
  const parser = new Parser(lineCounter.addNewLine)
  const composer = new Composer(YAML_OPTIONS)
  const tooDeep = ({ line, column }: Position): GateError =>
    new GateError({ file, line, column, message: `the data is nested more than ${MAX_DEPTH} levels deep.`, fix: 'Flatten the structure.' })
  const checked = function* (tokens: Iterable<CST.Token>): Generator<CST.Token> {
    for (const token of tokens) {
      const deep = tooDeepAt(token)
      if (deep !== undefined) throw tooDeep(position(deep))
      yield token
    }
  }
  let doc: Doc | undefined
  try {
    for (const next of composer.compose(checked(parser.parse(text)), true, text.length)) {
      if (!doc) doc = next as Doc
      else {
        doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'more than one document'))
        break
      }
    }
  } catch (err) {
    // The library's parser recurses once per open block collection while it builds a document, so
    // thousands of nested indented levels overflow the stack before the tree can be checked.
    if (err instanceof RangeError && /call stack/i.test(err.message)) throw tooDeep(deepestIndent(text))
    throw err
  }
  return doc as Doc
}

/**
 * The first non-blank character of the most indented line, where deep block nesting shows. Counted
 * here: the parser stopped part-way, so its line counter may not have reached that line.
 */
function deepestIndent(text: string): Position {
  let deepest: Position = { line: 1, column: 1 }
  let line = 1
  for (let start = 0; start < text.length; line++) {
    let i = start
    while (text.charCodeAt(i) === 32) i++
    if (i - start + 1 > deepest.column) deepest = { line, column: i - start + 1 }
    const end = text.indexOf('\n', i)
    start = end < 0 ? text.length : end + 1
  }
  return deepest
}

/** The offset of the first syntax node nested deeper than MAX_DEPTH, if any (iterative: no recursion). */
function tooDeepAt(token: CST.Token): number | undefined {
  const stack: [CST.Token, number][] = [[token, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    if (depth > MAX_DEPTH) return node.offset
    if (node.type === 'document' && node.value) stack.push([node.value, depth])
    if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
      for (const item of node.items) {
        if ('key' in item && item.key) stack.push([item.key, depth + 1])
        if (item.value) stack.push([item.value, depth + 1])
      }
    }
  }
  return undefined
}

/** A `%YAML 1.1` directive would change what `yes`, `on`, `010` mean elsewhere: refuse it. */
function versionDirectiveProblem(doc: Doc, text: string, file: string): GateProblem | undefined {
  const yaml = doc.directives?.yaml
  if (!yaml?.explicit || yaml.version === '1.2') return undefined
  const lines = text.split(/\r?\n/)
  const index = lines.findIndex((l) => /^%YAML\b/.test(l))
  return {
    file,
    line: index >= 0 ? index + 1 : 1,
    column: 1,
    message: `the \`%YAML ${yaml.version}\` directive is not supported: model-gate reads YAML 1.2 only (where \`yes\` and \`no\` are strings, not booleans).`,
    fix: 'Remove the `%YAML` line (and write booleans as `true`/`false`).',
  }
}

function yamlProblem(error: YAMLError, file: string, text: string, position: (offset: number) => Position): GateProblem {
  const base = { file, ...position(error.pos[0]) }
  const summary = error.message.split('\n')[0] ?? ''
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyTextAt(text, error.pos[0])
      return {
        ...base,
        message: `duplicate key${key ? ` \`${key}\`` : ''}: a key may appear only once in a mapping.`,
        fix: 'Remove or rename one of the two entries.',
      }
    }
    case 'MULTIPLE_DOCS':
      return {
        ...base,
        message: 'the file holds more than one YAML document (a second `---` line).',
        fix: 'Keep a single document: remove the extra `---` and what follows it, or merge the two.',
      }
    case 'TAG_RESOLVE_FAILED':
      return {
        ...base,
        message: `unsupported YAML tag (${summary.replace(/^Unresolved tag: /, '')}): only plain values are accepted.`,
        fix: 'Remove the `!tag` and write the value as a plain string, number, list or mapping.',
      }
    case 'BAD_DIRECTIVE':
      return { ...base, message: `${summary}.`, fix: 'Remove the `%` directive line.' }
    default:
      return {
        ...base,
        message: `invalid YAML: ${summary}.`,
        fix: 'Correct the YAML syntax at this position (indentation, quotes, brackets, `key: value`).',
      }
  }
}

function keyTextAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200)
  const match = /^(["']?)(.*?)\1\s*:/.exec(rest)
  return match?.[2] ?? ''
}

/**
 * What each alias refers to: the last node before it with that anchor. Found in one pass over the
 * document, since the library's `Alias.resolve` walks the whole document on every call.
 */
class AnchorIndex {
  private targets: Map<unknown, unknown> | undefined

  constructor(private readonly doc: Doc) {}

  resolve(alias: YamlNode): unknown {
    if (!this.targets) {
      const { isAlias, visit } = yamlLibrary()
      const targets = new Map<unknown, unknown>()
      const latest = new Map<string, unknown>()
      visit(this.doc, {
        Node: (_key, node) => {
          if (isAlias(node)) targets.set(node, latest.get(node.source))
          else if (node.anchor) latest.set(node.anchor, node)
        },
      })
      this.targets = targets
    }
    return this.targets.get(alias)
  }
}

/** Turns YAML nodes into plain data, expanding aliases under a budget. */
class Converter {
  private aliasExpansions = 0
  private values = 0
  private readonly maxValues: number

  constructor(
    private readonly anchors: AnchorIndex,
    private readonly file: string,
    private readonly position: (offset: number) => Position,
    private readonly mappings: MappingKind,
    sourceLength: number,
  ) {
    // Without aliases a document cannot hold more values than it has characters.
    this.maxValues = sourceLength + MAX_ALIAS_GROWTH
  }

  convert(node: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      throw this.problem(node, `the data is nested more than ${MAX_DEPTH} levels deep.`, 'Flatten the structure.')
    }
    if (++this.values > this.maxValues) {
      throw this.problem(
        node,
        'aliases expand to far more data than the file holds: the file looks like an alias bomb.',
        'Write the values out instead of repeating large `*alias` references.',
      )
    }
    const { isAlias, isMap, isScalar, isSeq } = yamlLibrary()
    if (isAlias(node)) return this.convert(this.expand(node), depth + 1)
    if (isScalar(node)) return this.scalar(node)
    if (isSeq(node)) return node.items.map((item) => this.convert(item, depth + 1))
    if (isMap(node)) {
      const out = newMapping(this.mappings)
      const seen = new Set<string>()
      for (const pair of node.items) {
        const key = this.key(pair)
        if (seen.has(key)) {
          throw this.problem(
            pair.key,
            `duplicate key \`${key}\`: a key may appear only once in a mapping.`,
            'Remove or rename one of the two entries.',
          )
        }
        seen.add(key)
        setMapping(out, key, this.convert(pair.value, depth + 1))
      }
      return out
    }
    if (node === null || node === undefined) return null
    throw this.problem(node, 'unsupported YAML node.', 'Use plain strings, numbers, lists and mappings.')
  }

  private expand(alias: YamlNode & { source: string }): unknown {
    this.aliasExpansions++
    if (this.aliasExpansions > MAX_ALIAS_EXPANSIONS) {
      throw this.problem(
        alias,
        `too many alias expansions (more than ${MAX_ALIAS_EXPANSIONS}): the file looks like an alias bomb.`,
        'Write the values out instead of nesting `*alias` references.',
      )
    }
    const target = this.anchors.resolve(alias)
    if (target === undefined) {
      throw this.problem(alias, `unknown alias \`*${alias.source}\`.`, `Define \`&${alias.source}\` before it is used.`)
    }
    return target
  }

  private scalar(node: { value: unknown }): unknown {
    const v = node.value
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
    throw this.problem(node, 'unsupported value type.', 'Use a plain string, number, boolean or null.')
  }

  private key(pair: Pair): string {
    const node = yamlLibrary().isAlias(pair.key) ? this.expand(pair.key) : pair.key
    const text = scalarKeyText(node)
    if (text === undefined) {
      throw this.problem(pair.key, 'a mapping key must be a plain value, not a list or mapping.', 'Use a plain string as the key.')
    }
    if (text === '') throw this.problem(pair.key ?? pair.value, 'empty mapping key.', 'Give the entry a name before the `:`.')
    return text
  }

  private problem(node: unknown, message: string, fix: string): GateError {
    const range = (node as { range?: [number, number, number] } | null)?.range
    const pos = range ? this.position(range[0]) : undefined
    return new GateError({ file: this.file, line: pos?.line, column: pos?.column, message, fix })
  }
}

/** The text of a scalar key: strings as they are, other scalars as written in the source. */
function scalarKeyText(node: unknown): string | undefined {
  if (node === null || node === undefined) return ''
  if (!yamlLibrary().isScalar(node)) return undefined
  if (typeof node.value === 'string') return node.value
  return node.source ?? String(node.value)
}

/** Each mapping's entries by key text, built on first use, so locating is not a scan per call. */
class PairIndex {
  private readonly maps = new WeakMap<object, Map<string, Pair>>()

  constructor(private readonly anchors: AnchorIndex) {}

  find(map: { items: Pair[] }, key: string): Pair | undefined {
    let byKey = this.maps.get(map)
    if (!byKey) {
      const { isAlias } = yamlLibrary()
      byKey = new Map()
      for (const pair of map.items) {
        const text = scalarKeyText(isAlias(pair.key) ? this.anchors.resolve(pair.key) : pair.key)
        if (text !== undefined && !byKey.has(text)) byKey.set(text, pair)
      }
      this.maps.set(map, byKey)
    }
    return byKey.get(key)
  }
}

function locateIn(
  doc: Doc,
  anchors: AnchorIndex,
  pairs: PairIndex,
  path: DataPath,
  target: LocateTarget,
  position: (offset: number) => Position,
): Position | undefined {
  const { isAlias, isMap, isSeq } = yamlLibrary()
  let node: unknown = doc.contents
  let at: number | undefined = startOf(doc.contents) ?? 0
  for (const [i, segment] of path.entries()) {
    if (isAlias(node)) node = anchors.resolve(node)
    if (isMap(node)) {
      const pair = pairs.find(node, String(segment))
      if (!pair) return undefined
      const valueStart = hasValue(pair.value) ? startOf(pair.value) : undefined
      at = target === 'value' && i === path.length - 1 && valueStart !== undefined ? valueStart : (startOf(pair.key) ?? valueStart)
      node = pair.value
    } else if (isSeq(node) && /^\d+$/.test(String(segment))) {
      node = node.items[Number(segment)]
      at = startOf(node)
    } else {
      return undefined
    }
  }
  return at === undefined ? undefined : position(at)
}

function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null | undefined)?.range?.[0]
}

/** An empty value (`key:` with nothing after it) has no text of its own to point at. */
function hasValue(node: unknown): boolean {
  return !(yamlLibrary().isScalar(node) && node.value === null && node.source === '')
}
