/**
 * Cutting an over-long PR comment or job summary down to a size limit. Whole blocks, whole lines
 * of a list and whole table rows are dropped, never part of a row. Kept first, in this order: the
 * marker and the verdict heading; each model's heading; what precedes each table (the summary
 * line, problems); the failing rows; then the rest in document order while it fits. Tables keep
 * their header; a `<details>` element or code fence is kept or dropped as one piece. A note at the
 * end says that the text was shortened and where the full result is.
 */

/** GitHub's limit for an issue or pull request comment, in characters. */
export const COMMENT_LIMIT = 65_536
/** GitHub's limit for one step's job summary is 1 MiB; this keeps 1 KiB of headroom below it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 1024

export interface FitOptions {
  /** The workflow run, linked from the note when the comment is shortened. */
  runUrl?: string
}

type Measure = (text: string) => number
/** 0: the verdict heading; 1: section headings; 2: what precedes a section's table; 3: failing rows; 4: the rest. */
type Priority = 0 | 1 | 2 | 3 | 4

interface TextBlock {
  kind: 'text'
  lines: string[]
  priority: Priority
  /** A `##`/`###` heading: when it does not fit, its section is left out. */
  heading: boolean
  /** Several plain lines (a list, a paragraph): may be cut after any line. */
  cuttable: boolean
  kept: number
  section: Section
}

interface TableBlock {
  kind: 'table'
  header: string
  rows: Array<{ text: string; priority: Priority; kept: boolean }>
  /** True once a row is kept (the header goes in with the first). */
  shown: boolean
  section: Section
}

type Block = TextBlock | TableBlock

/** A part of the document under one heading: left out as a whole when its heading does not fit. */
interface Section {
  dropped: boolean
}

/**
 * Length as GitHub counts a comment (characters), conservatively: UTF-16 code units, so a
 * character outside the Basic Multilingual Plane counts as 2.
 */
export function commentLength(text: string): number {
  return text.length
}

/** Length in UTF-8 bytes (the job summary's limit is in bytes). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}

function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>]+$/.test(url) ? url : undefined
}

/**
 * The PR comment, cut to at most `limit` characters (see commentLength) when it is longer; else
 * unchanged. The note it appends says the full result is in the job summary (of the run, linked
 * when `opts.runUrl` is known).
 */
export function fitComment(body: string, limit = COMMENT_LIMIT, opts: FitOptions = {}): string {
  const run = safeUrl(opts.runUrl)
  const where = run ? `the [job summary of this run](<${run}>)` : "this workflow run's job summary"
  const note =
    "**This comment was shortened to fit GitHub's size limit:** it shows the verdict and the failing checks first, " +
    `and leaves out some rows and sections. The full result is in ${where}.`
  return fit(body, limit, commentLength, note)
}

/**
 * The job summary, cut to at most `limit` UTF-8 bytes when it is longer; else unchanged. The
 * note it appends points to the JSON report for the full result.
 */
export function fitSummary(summary: string, limit = SUMMARY_LIMIT): string {
  const note =
    '**This summary was shortened to fit the size limit of a job summary:** it shows the verdict and the failing ' +
    'checks first, and leaves out some rows and sections. The full result is in the JSON report (the `report` output).'
  return fit(summary, limit, utf8Length, note)
}

const MARKER = /^<!-- model-gate[^\n]*$/
const DELIMITER_ROW = /^\|(?:\s*:?-+:?\s*\|)+\s*$/
const FAILING_ROW = /^\|\s*❌\s*\|/
const SECTION_HEADING = /^#{2,3} /

function fit(text: string, limit: number, measure: Measure, note: string): string {
  if (measure(text) <= limit) return text
  const trailing = text.endsWith('\n') ? '\n' : ''
  const lines = (trailing ? text.slice(0, -1) : text).split('\n')
  const marker = lines[0] !== undefined && MARKER.test(lines[0]) ? lines.shift() : undefined
  const blocks = parseBlocks(lines)

  let used = (marker !== undefined ? measure(marker) + 1 : 0) + measure(note) + measure(trailing)
  const take = (cost: number): boolean => {
    if (used + cost > limit) return false
    used += cost
    return true
  }
  for (const block of blocks) {
    if (block.kind === 'text' && block.priority === 0) {
      block.kept = block.lines.length
      used += measure(block.lines.join('\n')) + 2
    }
  }
  if (used > limit) return hardCut(assemble(marker, blocks, note, trailing), limit, measure)

  for (const priority of [1, 2, 3, 4] as const) {
    for (const block of blocks) {
      if (block.section.dropped) continue
      if (block.kind === 'table') {
        for (const row of block.rows) {
          if (row.priority !== priority || row.kept) continue
          if (take(measure(row.text) + 1 + (block.shown ? 0 : measure(block.header) + 2))) row.kept = block.shown = true
        }
      } else if (block.priority === priority) {
        if (take(measure(block.lines.join('\n')) + 2)) block.kept = block.lines.length
        else if (block.cuttable) keepLines(block, measure, take)
        else if (block.heading) block.section.dropped = true
      }
    }
  }
  const out = assemble(marker, blocks, note, trailing)
  return measure(out) <= limit ? out : hardCut(out, limit, measure)
}

/** Keeps the block's first lines while they fit. */
function keepLines(block: TextBlock, measure: Measure, take: (cost: number) => boolean): void {
  let separator = 2
  while (block.kept < block.lines.length && take(measure(block.lines[block.kept]!) + separator)) {
    block.kept++
    separator = 1
  }
}

/**
 * Blocks separated by blank lines, with a `<details>` element or code fence (which may hold blank
 * lines) kept together. A `##`/`###` heading starts a section.
 */
function parseBlocks(lines: readonly string[]): Block[] {
  const chunks: string[][] = []
  let current: string[] = []
  let openDetails = 0
  let inFence = false
  for (const line of lines) {
    if (line === '' && openDetails <= 0 && !inFence) {
      if (current.length) chunks.push(current)
      current = []
      continue
    }
    current.push(line)
    if (/^\s*(?:```|~~~)/.test(line)) inFence = !inFence
    if (!inFence) openDetails += (line.match(/<details[\s>]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length
  }
  if (current.length) chunks.push(current)

  const blocks: Block[] = []
  let section: Section = { dropped: false }
  let tableSeen = false
  chunks.forEach((chunk, index) => {
    const heading = chunk.length === 1 && SECTION_HEADING.test(chunk[0]!)
    if (heading) {
      section = { dropped: false }
      tableSeen = false
    }
    if (isTable(chunk)) {
      tableSeen = true
      blocks.push({
        kind: 'table',
        header: `${chunk[0]}\n${chunk[1]}`,
        rows: chunk.slice(2).map((text) => ({ text, priority: FAILING_ROW.test(text) ? 3 : 4, kept: false })),
        shown: false,
        section
      })
      return
    }
    const atomic = chunk.some((line) => /<details[\s>]|^\s*(?:```|~~~)|^\|/.test(line))
    blocks.push({
      kind: 'text',
      lines: chunk,
      priority: index === 0 ? 0 : heading ? 1 : tableSeen ? 4 : 2,
      heading,
      cuttable: chunk.length > 1 && !atomic,
      kept: 0,
      section
    })
  })
  return blocks
}

function isTable(chunk: readonly string[]): boolean {
  return chunk.length >= 2 && chunk.every((line) => line.startsWith('|')) && DELIMITER_ROW.test(chunk[1]!)
}

function assemble(marker: string | undefined, blocks: readonly Block[], note: string, trailing: string): string {
  const parts: string[] = []
  for (const block of blocks) {
    if (block.kind === 'table') {
      const rows = block.rows.filter((row) => row.kept).map((row) => row.text)
      if (rows.length) parts.push([block.header, ...rows].join('\n'))
    } else if (block.kept > 0) {
      parts.push(block.lines.slice(0, block.kept).join('\n'))
    }
  }
  parts.push(note)
  return `${marker !== undefined ? `${marker}\n` : ''}${parts.join('\n\n')}${trailing}`
}

/** The last resort when even the heading does not fit: whole lines while they fit, then characters. */
function hardCut(text: string, limit: number, measure: Measure): string {
  const kept: string[] = []
  let size = 0
  for (const line of text.split('\n')) {
    const cost = measure(line) + (kept.length ? 1 : 0)
    if (size + cost <= limit) {
      kept.push(line)
      size += cost
      continue
    }
    if (kept.length) break
    let cut = ''
    for (const char of line) {
      size += measure(char)
      if (size > limit) break
      cut += char
    }
    return cut
  }
  return kept.join('\n')
}
