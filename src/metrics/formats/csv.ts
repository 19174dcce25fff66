/**
 * CSV and TSV metrics (RFC 4180 quoting). Two layouts:
 * - long: a header with `name` (or `metric`) and `value` columns, optionally `n`, `stderr`, `unit`;
 *   one row per metric, the name written as a metric path (`slices.mobile.recall`);
 * - wide: a header of metric names and exactly one row of values.
 * Numbers may be written as Python writes them (`nan`, `inf`); other text stays text (a gate on it fails).
 */
import { GateError } from '../../core/errors.js'
import type { Metric, Metrics } from '../../core/types.js'
import { FITS, noFit } from './shared.js'
import type { MetricsFormat, MetricsInput } from './types.js'

/** Rows read from one CSV file at most: metric tables are small; this stops a data dump. */
export const MAX_CSV_ROWS = 100_000
/** Columns per row at most (a wide file is one column per metric). */
export const MAX_CSV_COLUMNS = 10_000

const LONG_NAME = ['name', 'metric']
const LONG_EXTRA = new Set(['n', 'stderr', 'unit'])

interface Row {
  line: number
  cells: string[]
}

function delimiterOf(path: string): ',' | '\t' | undefined {
  const lower = path.toLowerCase()
  if (lower.endsWith('.csv')) return ','
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return '\t'
  return undefined
}

/** Splits CSV text into rows of cells; a quote left open is an error at the line it opened on. */
export function parseDelimited(text: string, delimiter: string, file: string): Row[] {
  const rows: Row[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quotedAt = 0
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const endRow = (): void => {
    cells.push(cell)
    cell = ''
    if (!(cells.length === 1 && cells[0] === '')) {
      if (rows.length >= MAX_CSV_ROWS)
        throw new GateError({
          file,
          line: rowLine,
          message: `more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; model-gate reads metric tables, not data.`,
          fix: 'Write one row per metric (or one row of metrics).',
        })
      if (cells.length > MAX_CSV_COLUMNS)
        throw new GateError({
          file,
          line: rowLine,
          message: `more than ${MAX_CSV_COLUMNS.toLocaleString('en-US')} columns.`,
          fix: 'Write one row per metric instead (columns name,value).',
        })
      rows.push({ line: rowLine, cells })
    }
    cells = []
  }
  while (i < text.length) {
    const ch = text[i] as string
    if (quotedAt > 0) {
      if (ch !== '"') {
        const close = text.indexOf('"', i)
        if (close < 0) break
        const chunk = text.slice(i, close)
        for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', nl + 1)) line++
        cell += chunk
        i = close
        continue
      }
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quotedAt = 0
        i++
        const next = text[i]
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new GateError({
            file,
            line,
            message: `text after a closing quote (${JSON.stringify(next)}).`,
            fix: 'Quote the whole cell, and double any quote inside it ("").',
          })
        }
        continue
      }
    }
    if (ch === '"' && cell === '') {
      quotedAt = line
      i++
    } else if (ch === delimiter) {
      cells.push(cell)
      cell = ''
      i++
    } else if (ch === '\n' || ch === '\r') {
      endRow()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
    } else {
      cell += ch
      i++
    }
  }
  if (quotedAt > 0)
    throw new GateError({
      file,
      line: quotedAt,
      message: 'a quoted cell is never closed.',
      fix: 'Close the quote, and double any quote inside the cell ("").',
    })
  endRow()
  return rows
}

/** A cell as a metric value: a number when it is one (Python's nan/inf too), else the text. */
function valueOf(cell: string): Metric['value'] {
  const t = cell.trim()
  const lower = t.toLowerCase()
  if (lower === 'nan') return NaN
  if (lower === 'inf' || lower === 'infinity' || lower === '+inf') return Infinity
  if (lower === '-inf' || lower === '-infinity') return -Infinity
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t)
  return t
}

function numberCell(cell: string | undefined, column: string, row: Row, file: string): number | undefined {
  if (cell === undefined || cell.trim() === '') return undefined
  const v = valueOf(cell)
  if (typeof v === 'number' && Number.isFinite(v)) return v
  throw new GateError({
    file,
    line: row.line,
    message: `the \`${column}\` cell is ${JSON.stringify(cell)}, not a number.`,
    fix: `Write a number in the \`${column}\` column, or leave it empty.`,
  })
}

function read(input: MetricsInput): Metrics {
  if (input.kind !== 'file') throw new Error(`${input.path} is a directory; the csv format reads one file`)
  const file = input.path
  const rows = parseDelimited(input.text, delimiterOf(file) ?? (input.text.includes('\t') && !input.text.includes(',') ? '\t' : ','), file)
  const [header, ...body] = rows
  if (!header)
    throw new GateError({
      file,
      line: 1,
      message: 'the file is empty; expected a header row.',
      fix: 'Write a header `name,value` and one row per metric.',
    })
  const columns = header.cells.map((c) => c.trim())
  const seen = new Map<string, number>()
  const out: Metrics = new Map()
  const add = (name: string, metric: Metric, line: number): void => {
    if (name === '') throw new GateError({ file, line, message: 'a metric has an empty name.', fix: 'Give every metric a name.' })
    const first = seen.get(name)
    if (first !== undefined)
      throw new GateError({
        file,
        line,
        message: `the metric \`${name}\` appears twice (first on line ${first}).`,
        fix: 'Write each metric once.',
      })
    seen.set(name, line)
    out.set(name, metric)
  }
  const lower = columns.map((c) => c.toLowerCase())
  const nameAt = lower.findIndex((c) => LONG_NAME.includes(c))
  const valueAt = lower.indexOf('value')
  if (nameAt >= 0 && valueAt >= 0) {
    const extra = lower.filter((c, i) => i !== nameAt && i !== valueAt)
    const unknown = extra.filter((c) => !LONG_EXTRA.has(c))
    if (unknown.length > 0) {
      throw new GateError({
        file,
        line: header.line,
        message: `unknown column ${unknown.map((c) => `\`${c}\``).join(', ')} in a name,value table.`,
        fix: 'Use only the columns name, value, n, stderr and unit.',
      })
    }
    for (const row of body) {
      if (row.cells.length !== columns.length) throw columnCount(file, row, columns.length)
      const metric: Metric = { value: valueOf(row.cells[valueAt] as string) }
      if (row.cells[valueAt]?.trim() === '')
        throw new GateError({
          file,
          line: row.line,
          message: `\`${row.cells[nameAt]}\` has no value.`,
          fix: 'Write the number in the value column.',
        })
      lower.forEach((c, i) => {
        if (c === 'n' || c === 'stderr') {
          const v = numberCell(row.cells[i], c, row, file)
          if (v !== undefined) metric[c] = v
        } else if (c === 'unit' && (row.cells[i] ?? '').trim() !== '') metric.unit = (row.cells[i] as string).trim()
      })
      add((row.cells[nameAt] as string).trim(), metric, row.line)
    }
    return out
  }
  if (body.length !== 1) {
    throw new GateError({
      file,
      line: (body[1] ?? header).line,
      message: `a table without \`name\` and \`value\` columns is read as one row of metrics, but it has ${body.length} rows.`,
      fix: 'Write either a header `name,value` and one row per metric, or a header of metric names and one row of values.',
    })
  }
  const row = body[0] as Row
  if (row.cells.length !== columns.length) throw columnCount(file, row, columns.length)
  columns.forEach((name, i) => {
    const cell = row.cells[i] as string
    if (cell.trim() === '')
      throw new GateError({ file, line: row.line, message: `\`${name}\` has no value.`, fix: 'Write a number under every metric name.' })
    add(name, { value: valueOf(cell) }, header.line)
  })
  return out
}

function columnCount(file: string, row: Row, expected: number): GateError {
  return new GateError({
    file,
    line: row.line,
    message: `this row has ${row.cells.length} cells; the header has ${expected}.`,
    fix: 'Give every row one cell per header column (quote cells that contain the delimiter).',
  })
}

export const csvFormat: MetricsFormat = {
  name: 'csv',
  describe: 'CSV or TSV: `name,value[,n,stderr,unit]` rows, or one row under a header of metric names',
  detect(input) {
    if (input.kind !== 'file') return noFit('it is a directory, not a file')
    return delimiterOf(input.path) ? FITS : noFit('its name does not end in .csv or .tsv')
  },
  async read(input) {
    return { metrics: read(input) }
  },
}
