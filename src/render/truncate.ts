/**
 * Cutting an over-long PR comment or job summary down to a size limit, from the document the
 * renderer built (src/render/doc.ts), never from its Markdown. Whole blocks, whole lines of a
 * lines block and whole table rows are dropped, never part of one. Kept first, by priority: the
 * marker and the verdict heading; each section's heading; what precedes each table (the summary
 * line, problems); the failing rows; then the rest, each in document order while it fits. Tables
 * keep their header; a text block (a `<details>` element, a code fence) is kept or dropped whole;
 * a section whose heading does not fit is left out. A note at the end says that the text was
 * shortened and where the full result is. Only when even the verdict does not fit is the text cut
 * (whole lines, then characters).
 */
import { PRIORITY, docMarkdown, type CommentDoc, type DocBlock, type Priority, type TableRow } from './doc.js'

/** GitHub's limit for an issue or pull request comment, in characters. */
export const COMMENT_LIMIT = 65_536
/** GitHub's limit for one step's job summary is 1 MiB; this keeps 1 KiB of headroom below it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 1024

export interface FitOptions {
  /** The workflow run, linked from the note when the comment is shortened. */
  runUrl?: string
}

type Measure = (text: string) => number

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
 * The PR comment's Markdown, cut to at most `limit` characters (see commentLength) when it is
 * longer; else the whole document. The note it appends says the full result is in the job
 * summary (of the run, linked when `opts.runUrl` is known).
 */
export function fitComment(doc: CommentDoc, limit = COMMENT_LIMIT, opts: FitOptions = {}): string {
  const run = safeUrl(opts.runUrl)
  const where = run ? `the [job summary of this run](<${run}>)` : "this workflow run's job summary"
  const note =
    "**This comment was shortened to fit GitHub's size limit:** it shows the verdict and the failing checks first, " +
    `and leaves out some rows and sections. The full result is in ${where}.`
  return fit(doc, limit, commentLength, note)
}

/**
 * The job summary's Markdown, cut to at most `limit` UTF-8 bytes when it is longer; else the
 * whole document. The note it appends points to the JSON report for the full result.
 */
export function fitSummary(doc: CommentDoc, limit = SUMMARY_LIMIT): string {
  const note =
    '**This summary was shortened to fit the size limit of a job summary:** it shows the verdict and the failing ' +
    'checks first, and leaves out some rows and sections. The full result is in the JSON report (the `report` output).'
  return fit(doc, limit, utf8Length, note)
}

interface Scope {
  /** True once the section's heading did not fit: nothing in it is shown. */
  dropped: boolean
  parent?: Scope
}

/** A block of the document with what the fitter decided about it, in document order. */
type Slot =
  | { kind: 'text'; text: string; priority: Priority; kept: boolean; scope: Scope }
  | { kind: 'lines'; lines: readonly string[]; priority: Priority; kept: number; scope: Scope }
  | { kind: 'heading'; text: string; kept: boolean; scope: Scope }
  | { kind: 'table'; header: string; rows: Array<TableRow & { kept: boolean }>; shown: boolean; scope: Scope }

function slotsOf(blocks: readonly DocBlock[], scope: Scope, out: Slot[] = []): Slot[] {
  for (const block of blocks) {
    switch (block.kind) {
      case 'text':
        if (block.text !== '') out.push({ kind: 'text', text: block.text, priority: block.priority ?? PRIORITY.rest, kept: false, scope })
        break
      case 'lines':
        if (block.lines.length) out.push({ kind: 'lines', lines: block.lines, priority: block.priority ?? PRIORITY.rest, kept: 0, scope })
        break
      case 'table':
        if (block.rows.length) {
          out.push({ kind: 'table', header: block.header, rows: block.rows.map((row) => ({ ...row, kept: false })), shown: false, scope })
        }
        break
      case 'section': {
        const inner: Scope = { dropped: false, parent: scope }
        out.push({ kind: 'heading', text: block.heading, kept: false, scope: inner })
        slotsOf(block.blocks, inner, out)
        break
      }
    }
  }
  return out
}

function dropped(scope: Scope | undefined): boolean {
  for (let s = scope; s; s = s.parent) if (s.dropped) return true
  return false
}

function fit(doc: CommentDoc, limit: number, measure: Measure, note: string): string {
  const full = docMarkdown(doc)
  if (measure(full) <= limit) return full
  const slots = slotsOf(doc.blocks, { dropped: false })

  let used = (doc.marker !== undefined ? measure(doc.marker) + 1 : 0) + measure(note) + measure('\n')
  const take = (cost: number): boolean => {
    if (used + cost > limit) return false
    used += cost
    return true
  }
  for (const slot of slots) {
    if (slot.kind === 'text' && slot.priority === PRIORITY.verdict) {
      slot.kept = true
      used += measure(slot.text) + 2
    } else if (slot.kind === 'lines' && slot.priority === PRIORITY.verdict) {
      slot.kept = slot.lines.length
      used += measure(slot.lines.join('\n')) + 2
    }
  }
  if (used > limit) return hardCut(assemble(doc.marker, slots, note), limit, measure)

  for (const priority of [PRIORITY.heading, PRIORITY.lead, PRIORITY.failing, PRIORITY.rest]) {
    for (const slot of slots) {
      if (dropped(slot.scope)) continue
      switch (slot.kind) {
        case 'heading':
          if (priority !== PRIORITY.heading) break
          if (take(measure(slot.text) + 2)) slot.kept = true
          else slot.scope.dropped = true
          break
        case 'table':
          for (const row of slot.rows) {
            if (row.priority !== priority || row.kept) continue
            if (take(measure(row.text) + 1 + (slot.shown ? 0 : measure(slot.header) + 2))) row.kept = slot.shown = true
          }
          break
        case 'text':
          if (slot.priority === priority && take(measure(slot.text) + 2)) slot.kept = true
          break
        case 'lines':
          if (slot.priority === priority) keepLines(slot, measure, take)
          break
      }
    }
  }
  const out = assemble(doc.marker, slots, note)
  return measure(out) <= limit ? out : hardCut(out, limit, measure)
}

/** Keeps the block's first lines while they fit. */
function keepLines(slot: Slot & { kind: 'lines' }, measure: Measure, take: (cost: number) => boolean): void {
  let separator = 2
  while (slot.kept < slot.lines.length && take(measure(slot.lines[slot.kept]!) + separator)) {
    slot.kept++
    separator = 1
  }
}

/** What was kept, in document order, then the note. */
function assemble(marker: string | undefined, slots: readonly Slot[], note: string): string {
  const parts: string[] = []
  for (const slot of slots) {
    if (dropped(slot.scope)) continue
    switch (slot.kind) {
      case 'heading':
      case 'text':
        if (slot.kept) parts.push(slot.text)
        break
      case 'lines':
        if (slot.kept > 0) parts.push(slot.lines.slice(0, slot.kept).join('\n'))
        break
      case 'table': {
        const rows = slot.rows.filter((row) => row.kept).map((row) => row.text)
        if (rows.length) parts.push([slot.header, ...rows].join('\n'))
        break
      }
    }
  }
  parts.push(note)
  return `${marker !== undefined ? `${marker}\n` : ''}${parts.filter((part) => part !== '').join('\n\n')}\n`
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
