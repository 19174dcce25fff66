/**
 * The PR comment and the job summary as data: a list of blocks the renderer builds, that
 * docMarkdown joins into Markdown and the fitter (src/render/truncate.ts) shortens by their kind
 * and priority, never by reading the Markdown back.
 */

/**
 * How much a block matters when the comment must be shortened: lower is kept first. `verdict`
 * (0): the verdict heading; `heading` (1): a section's heading; `lead` (2): what precedes a
 * section's table (the summary line, problems); `failing` (3): a table row that blocks the merge;
 * `rest` (4): everything else.
 */
export const PRIORITY = { verdict: 0, heading: 1, lead: 2, failing: 3, rest: 4 } as const
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY]

/** Markdown kept or left out as one piece (a paragraph, a `<details>` element, a code fence). */
export interface TextBlock {
  kind: 'text'
  text: string
  /** Default `rest`. */
  priority?: Priority
}

/** Lines (a list, a paragraph of lines): may be cut after any of them, the first kept first. */
export interface LinesBlock {
  kind: 'lines'
  lines: readonly string[]
  /** Default `rest`. */
  priority?: Priority
}

/** A table row: its Markdown line and its priority (`failing` for a row that blocks the merge). */
export interface TableRow {
  text: string
  priority: Priority
}

/** A Markdown table: its header goes in with the first row kept; a table without rows is not shown. */
export interface TableBlock {
  kind: 'table'
  /** The header row and the delimiter row. */
  header: string
  rows: readonly TableRow[]
}

/** A heading and what it heads (one model's part of the comment): left out whole when its heading does not fit. */
export interface SectionBlock {
  kind: 'section'
  /** The heading line, priority `heading`. */
  heading: string
  blocks: readonly DocBlock[]
}

export type DocBlock = TextBlock | LinesBlock | TableBlock | SectionBlock

/** A whole comment or job summary. */
export interface CommentDoc {
  /** The hidden line(s) that open a comment (the marker, any state line after it): always kept, as they are. */
  marker?: string
  blocks: readonly DocBlock[]
}

/** A text block, or undefined for no text (so a section can say nothing). */
export function textBlock(text: string | undefined, priority?: Priority): TextBlock | undefined {
  if (text === undefined || text === '') return undefined
  return priority === undefined ? { kind: 'text', text } : { kind: 'text', text, priority }
}

/** A lines block, or undefined without lines. */
export function linesBlock(lines: readonly string[], priority?: Priority): LinesBlock | undefined {
  if (lines.length === 0) return undefined
  return priority === undefined ? { kind: 'lines', lines } : { kind: 'lines', lines, priority }
}

/** What a section of the renderer returns: Markdown (one text block of priority `rest`), blocks, or nothing. */
export type BlockOutput = string | DocBlock | readonly DocBlock[] | undefined

/** The blocks of a section's output; a plain string is one text block of the default priority. */
export function blocksOf(output: BlockOutput): DocBlock[] {
  if (output === undefined) return []
  if (typeof output === 'string') return output === '' ? [] : [{ kind: 'text', text: output }]
  if (isBlockList(output)) return [...output]
  return [output]
}

function isBlockList(output: DocBlock | readonly DocBlock[]): output is readonly DocBlock[] {
  return Array.isArray(output)
}

/** The Markdown of one block, '' when it shows nothing. */
export function blockMarkdown(block: DocBlock): string {
  switch (block.kind) {
    case 'text':
      return block.text
    case 'lines':
      return block.lines.join('\n')
    case 'table':
      return block.rows.length ? [block.header, ...block.rows.map((row) => row.text)].join('\n') : ''
    case 'section':
      return [block.heading, ...block.blocks.map(blockMarkdown)].filter((part) => part !== '').join('\n\n')
  }
}

/** The Markdown of a document: the marker line(s), then the blocks separated by blank lines, ending in a newline. */
export function docMarkdown(doc: CommentDoc): string {
  const body = doc.blocks
    .map(blockMarkdown)
    .filter((part) => part !== '')
    .join('\n\n')
  return `${doc.marker !== undefined ? `${doc.marker}\n` : ''}${body}\n`
}
