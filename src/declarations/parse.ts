/**
 * Reads a declarations document: the YAML front matter of a Markdown model card (Hugging Face
 * style), or a whole .yml/.yaml/.json file. Line numbers always refer to the whole file.
 */
import type { DeclarationsDoc } from '../core/types.js'
import { GateError } from '../core/errors.js'
import { splitPath } from '../core/metric-path.js'
import { parseYaml, type ParsedYaml } from '../parse/yaml.js'

const FENCE = /^---[ \t]*$/
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/

/**
 * Parses a declarations file. A Markdown file without front matter gives `data: undefined`.
 * Throws GateError when the YAML is invalid or the front matter is never closed.
 */
export function parseDeclarations(text: string, file: string): DeclarationsDoc {
  const parsed = isDataFile(file) ? parseYaml(text, file) : parseFrontMatter(text, file)
  if (!parsed) return { file, data: undefined, lineOf: () => undefined }
  const lines = text.split(/\r?\n/)
  return {
    file,
    data: parsed.value,
    lineOf: (path) => parsed.locate(splitPath(path))?.line,
    valueText: (path) => {
      const at = parsed.locate(splitPath(path), 'value')
      return at ? SCALAR_TOKEN.exec(lines[at.line - 1]?.slice(at.column - 1) ?? '')?.[0] : undefined
    },
  }
}

/** A plain scalar as written on its line: up to whitespace, a comment or flow punctuation. */
const SCALAR_TOKEN = /^[^\s,#[\]{}]+/

function isDataFile(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file)
}

function parseFrontMatter(text: string, file: string): ParsedYaml | undefined {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/)
  if (!FENCE.test(lines[0] ?? '')) return undefined
  const end = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line))
  if (end < 0) {
    throw new GateError({
      file,
      line: 1,
      column: 1,
      message: 'the front matter that starts on line 1 is never closed.',
      fix: 'Add a `---` line after the last front matter line.',
    })
  }
  // An empty first line stands for the opening fence, so YAML line numbers match the file's.
  return parseYaml(['', ...lines.slice(1, end)].join('\n'), file)
}
