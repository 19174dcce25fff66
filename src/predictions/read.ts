/**
 * Readers for per-example predictions: CSV, TSV, JSON Lines (streamed) and Parquet (through
 * hyparquet; codecs: uncompressed and snappy, pandas/pyarrow's default, built in; gzip and brotli
 * through node:zlib). The caller does the I/O and hands over a Buffer or a stream of chunks.
 *
 * Columns: `id`, `label`, and `score` (probability of the positive class) or `prediction`.
 * With both, binary reads `score` and regression reads `prediction`.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { DelimitedSplitter, DelimitedSyntaxError } from './delimited.js'
import { ProblemList, PredictionsError, TableBuilder, show, type PredictionTable, type PredictionTask } from './table.js'

export { PredictionsError, type PredictionProblem, type PredictionTable, type PredictionTask } from './table.js'

export type PredictionFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet'

/** Default size cap of one predictions file: 256 MiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

export interface ReadOptions {
  task: PredictionTask
  /** Size cap in bytes (default 256 MiB). */
  maxBytes?: number
  /** How many problems to list before only counting (default 20). */
  maxProblems?: number
}

/** The format a file name's extension names, or undefined. */
export function formatOf(file: string): PredictionFormat | undefined {
  const m = /\.(csv|tsv|jsonl|ndjson|parquet)$/i.exec(file)
  if (!m) return undefined
  const ext = (m[1] as string).toLowerCase()
  return ext === 'ndjson' ? 'jsonl' : (ext as PredictionFormat)
}

/**
 * Text is decoded and split in pieces of at most 64 KiB: V8's string searches in the splitter
 * slow down with the length of the string searched (1 MiB pieces measured 2.5× slower).
 */
const PIECE = 64 * 1024

/** The input in pieces of at most PIECE bytes, failing once more than maxBytes have arrived. */
async function* capped(input: Uint8Array | AsyncIterable<Uint8Array>, file: string, maxBytes: number): AsyncGenerator<Uint8Array> {
  const tooBig = (): PredictionsError =>
    new PredictionsError([
      {
        file,
        message: `the file is larger than the ${maxBytes}-byte cap.`,
        fix: 'write fewer rows, or raise the size cap.',
      },
    ])
  if (input instanceof Uint8Array) {
    if (input.byteLength > maxBytes) throw tooBig()
    for (let i = 0; i < input.byteLength; i += PIECE) yield input.subarray(i, i + PIECE)
    return
  }
  let total = 0
  for await (const chunk of input) {
    total += chunk.byteLength
    if (total > maxBytes) throw tooBig()
    for (let i = 0; i < chunk.byteLength; i += PIECE) yield chunk.subarray(i, i + PIECE)
  }
}

/**
 * Reads one predictions file. `file` names it in messages and picks the format by extension
 * (.csv, .tsv, .jsonl/.ndjson, .parquet). Throws PredictionsError listing the first problems
 * (file and 1-based row) and counting the rest: missing column, duplicate or empty id,
 * unparsable number, score outside [0, 1] or label not 0/1 (binary), size over the cap.
 */
export async function readPredictions(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  file: string,
  options: ReadOptions,
): Promise<PredictionTable> {
  const format = formatOf(file)
  if (!format) {
    throw new PredictionsError([
      { file, message: 'unknown predictions format.', fix: 'name the file .csv, .tsv, .jsonl, .ndjson or .parquet.' },
    ])
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const problems = new ProblemList(options.maxProblems ?? 20)
  const chunks = capped(input, file, maxBytes)
  if (format === 'parquet') return readParquet(chunks, file, options.task, problems)
  if (format === 'jsonl') return readJsonLines(chunks, file, options.task, problems)
  return readDelimited(chunks, file, format === 'tsv' ? 9 : 44, options.task, problems)
}

/** Which value column a header offers for the task, or a problem. */
function pickColumn(names: readonly string[], file: string, task: PredictionTask, line: number): 'score' | 'prediction' {
  const missing: string[] = []
  for (const c of ['id', 'label']) if (!names.includes(c)) missing.push(c)
  const hasScore = names.includes('score')
  const hasPrediction = names.includes('prediction')
  if (!hasScore && !hasPrediction) missing.push('score or prediction')
  if (missing.length > 0) {
    throw new PredictionsError([
      {
        file,
        line,
        message: `missing column ${missing.join(', ')} (found: ${names.map((n) => show(n)).join(', ') || 'none'}).`,
        fix: 'write columns id, label, and score (probability of the positive class) or prediction.',
      },
    ])
  }
  if (hasScore && hasPrediction) return task === 'binary' ? 'score' : 'prediction'
  return hasScore ? 'score' : 'prediction'
}

async function readDelimited(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  delimiter: number,
  task: PredictionTask,
  problems: ProblemList,
): Promise<PredictionTable> {
  let builder: TableBuilder | undefined
  let cols: [number, number, number] = [0, 0, 0]
  let width = 0
  const splitter = new DelimitedSplitter(delimiter, (fields, line) => {
    if (!builder) {
      const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim())
      const column = pickColumn(names, file, task, line)
      cols = [names.indexOf('id'), names.indexOf('label'), names.indexOf(column)]
      width = names.length
      builder = new TableBuilder(file, task, column, problems)
      return
    }
    if (fields.length !== width) {
      problems.add({
        file,
        line,
        message: `${fields.length} fields where the header has ${width}.`,
        fix: 'give every row one value per column (quote values that hold the delimiter).',
      })
      return
    }
    builder.add(line, fields[cols[0]], fields[cols[1]], fields[cols[2]])
  })
  const decoder = new TextDecoder('utf-8', { fatal: false })
  try {
    for await (const chunk of chunks) splitter.push(decoder.decode(chunk, { stream: true }))
    splitter.push(decoder.decode())
    splitter.end()
  } catch (err) {
    if (err instanceof DelimitedSyntaxError) {
      problems.add({
        file,
        line: err.line,
        message: err.message,
        fix: 'quote fields as RFC 4180 says: "a ""quoted"" value".',
      })
      throw new PredictionsError(problems.problems, problems.omitted)
    }
    throw err
  }
  if (!builder) throw new PredictionsError([{ file, message: 'the file is empty.', fix: 'write a header row: id, label, score.' }])
  return builder.finish()
}

async function readJsonLines(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  task: PredictionTask,
  problems: ProblemList,
): Promise<PredictionTable> {
  let builder: TableBuilder | undefined
  let line = 0
  let pending = ''
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const handle = (text: string): void => {
    line++
    const t = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim()
    if (t === '') return
    let value: unknown
    try {
      value = JSON.parse(t)
    } catch {
      problems.add({ file, line, message: 'not a JSON object.', fix: 'write one JSON object per line.' })
      return
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.add({ file, line, message: 'not a JSON object.', fix: 'write one JSON object per line.' })
      return
    }
    const record = value as Record<string, unknown>
    if (!builder) builder = new TableBuilder(file, task, pickColumn(Object.keys(record), file, task, line), problems)
    if (!(builder.column in record) || !('id' in record) || !('label' in record)) {
      const lacks = ['id', 'label', builder.column].filter((k) => !(k in record))
      problems.add({
        file,
        line,
        message: `missing ${lacks.join(', ')}.`,
        fix: `give every line id, label and ${builder.column}.`,
      })
      return
    }
    builder.add(line, record.id, record.label, record[builder.column])
  }
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true })
    let start = 0
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
      handle(pending.slice(start, nl))
      start = nl + 1
    }
    pending = pending.slice(start)
  }
  pending += decoder.decode()
  if (pending !== '') handle(pending)
  if (!builder)
    throw new PredictionsError([
      {
        file,
        message: 'the file holds no records.',
        fix: 'write one JSON object per line: {"id": …, "label": …, "score": …}.',
      },
    ])
  return builder.finish()
}

/** Decompressors hyparquet lacks, from node:zlib (snappy and uncompressed are built in). */
const COMPRESSORS = {
  GZIP: (input: Uint8Array): Uint8Array => new Uint8Array(gunzipSync(input)),
  BROTLI: (input: Uint8Array): Uint8Array => new Uint8Array(brotliDecompressSync(input)),
}

async function readParquet(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  task: PredictionTask,
  problems: ProblemList,
): Promise<PredictionTable> {
  const parts: Uint8Array[] = []
  for await (const chunk of chunks) parts.push(chunk)
  const whole = Buffer.concat(parts)
  const buffer = whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer
  let rows: Record<string, unknown>[]
  let column: 'score' | 'prediction'
  try {
    const metadata = parquetMetadata(buffer)
    const names = metadata.schema.slice(1).map((s) => s.name)
    column = pickColumn(names, file, task, 1)
    rows = await parquetReadObjects({
      file: buffer,
      metadata,
      columns: ['id', 'label', column],
      compressors: COMPRESSORS,
    })
  } catch (err) {
    if (err instanceof PredictionsError) throw err
    throw new PredictionsError([
      {
        file,
        message: `not a readable Parquet file: ${(err as Error).message}.`,
        fix: 'write it with pandas.DataFrame.to_parquet (pyarrow), or use CSV.',
      },
    ])
  }
  const builder = new TableBuilder(file, task, column, problems)
  rows.forEach((r, i) => builder.add(i + 1, r.id, r.label, r[column]))
  return builder.finish()
}
