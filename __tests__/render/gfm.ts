/**
 * GitHub-flavoured rendering for tests: cmark-gfm (the renderer GitHub is built on) with raw HTML
 * allowed as on github.com, and small readers for its HTML output. Throws when cmark-gfm is missing.
 */
import { spawnSync } from 'node:child_process'

export function renderGfm(markdown: string): string {
  const run = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], {
    input: markdown,
    encoding: 'utf8',
  })
  if (run.error) throw new Error(`cmark-gfm could not run (apt-get install cmark-gfm): ${run.error.message}`)
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`)
  return run.stdout
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return NAMED[name] ?? whole
  })
}

/** Visible text of an HTML fragment: tags dropped, entities decoded, word joiners removed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/[\u2060\u200d]/g, '')
}

/** Text outside <code> elements, word joiners kept: what GitHub scans for mentions and refs. */
export function textOutsideCode(html: string): string {
  return decodeEntities(html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]*>/g, ''))
}

/** Each table as rows of cell HTML (header row first). */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, table = '']) =>
    [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<t[hd](?: [^>]*)?>([\s\S]*?)<\/t[hd]>/g)].map(([, cell = '']) => cell),
    ),
  )
}

/** cmark-gfm's row split: cells are separated by pipes not directly preceded by a backslash. */
export function sourceCellCount(line: string): number {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).length
}

/** Markdown table blocks: runs of lines starting with `|`. */
export function sourceTables(markdown: string): string[][] {
  const tables: string[][] = []
  let current: string[] = []
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line)
    else if (current.length) {
      tables.push(current)
      current = []
    }
  }
  if (current.length) tables.push(current)
  return tables
}
