/**
 * Escaping of repository text (metric names, card values, paths, messages) for GitHub Markdown.
 * The output renders as the literal input in cmark-gfm (tables, autolink, tagfilter on), and
 * cannot break a table row, open HTML or a comment, embed an image or link, ping a user or
 * team, cross-reference an issue, render emoji or math, or forge the model-gate marker.
 */

/** U+2060 WORD JOINER: invisible, and breaks the patterns GitHub links (mentions, refs, URLs). */
const JOINER = '\u2060'

/** Line breaks of every kind (a table row is one line) and other control characters. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c\t]/g
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g

/**
 * Markdown characters that can start emphasis, code, links, HTML, tables, strikethrough, math.
 * Angle brackets become entities, so no `<!--` (a marker look-alike) reaches the source at all.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&$]/g
const ESCAPED: Record<string, string> = { '<': '&lt;', '>': '&gt;' }

/** One line of plain text: line breaks become spaces, invisible controls a visible U+FFFD. */
function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd')
}

/** Break what GitHub turns into links or pings even from plain text nodes. */
function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/#(?=[\p{L}\p{N}])/gu, `#${JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`)
    .replace(/:(?=\/\/)/g, `:${JOINER}`)
    .replace(/(www)\./gi, `$1${JOINER}.`)
    .replace(/:(?=[a-z0-9_+-]+:)/gi, `:${JOINER}`)
}

/** A block marker (heading, list item, quote, setext underline) at the start of a line. */
function escapeLineStart(text: string): string {
  const ordered = /^(\s*\d+)([.)])/.exec(text)
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`
  return text.replace(/^(\s*)([#+\-=])/, '$1\\$2')
}

/** Text for a line of prose: renders literally wherever it sits in a paragraph or list item. */
export function inline(text: string): string {
  const escaped = oneLine(text).replace(MARKDOWN_SPECIAL, (ch) => ESCAPED[ch] ?? `\\${ch}`)
  return breakAutolinks(escapeLineStart(escaped))
}

/** Text for a GFM table cell: as {@link inline}; pipes are escaped so the row keeps its shape. */
export function cell(text: string): string {
  return inline(text)
}

/**
 * A code span holding `text` literally, safe inside a table cell and in prose. Ordinary text
 * becomes a backtick span (fenced longer than any backtick run inside); text with `|`, `<` or
 * `>` becomes `<code>` with escaped content, since a pipe inside a backtick span would need a
 * backslash that shows outside tables, and `<!--` must not appear raw in the comment body.
 */
export function code(text: string): string {
  const line = oneLine(text)
  if (line === '') return '<code></code>'
  if (/[|<>]/.test(line)) return `<code>${inline(line)}</code>`
  const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = line.startsWith('`') || line.endsWith('`') || /^ .*[^ ].* $/.test(line) ? ' ' : ''
  return `${fence}${pad}${line}${pad}${fence}`
}

/** Text inside raw HTML (such as `<summary>`): entity-escaped, on one line, links broken. */
export function html(text: string): string {
  const escaped = oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  return breakAutolinks(escaped)
}

/**
 * Words written by model-gate that quote repository text in backticks (`like this`): each
 * backtick pair becomes a {@link code} span, the text around it is escaped as {@link inline}.
 */
export function prose(text: string): string {
  const line = oneLine(text)
  let out = ''
  let last = 0
  for (const match of line.matchAll(/`([^`]+)`/g)) {
    out += inline(line.slice(last, match.index)) + code(match[1] ?? '')
    last = match.index + match[0].length
  }
  return out + inline(line.slice(last))
}
