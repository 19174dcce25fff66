/**
 * The in-memory form of one predictions file, compact enough for millions of rows: typed arrays
 * for labels and values, ids as strings in one array, and the 1-based row each record came from.
 */
import { IdIndex } from './id-index.js'

/** binary: 0/1 labels and a score (probability of the positive class); regression: numbers. */
export type PredictionTask = 'binary' | 'regression'

/** A problem in a predictions file. Shaped like the gate's `GateProblem` (`line` is the row). */
export interface PredictionProblem {
  file: string
  /** 1-based row: the line in CSV, TSV and JSON Lines (header = line 1), the row in Parquet. */
  line?: number
  message: string
  fix?: string
}

/** Bad predictions input: the first problems found, and how many more were not listed. */
export class PredictionsError extends Error {
  readonly problems: PredictionProblem[]
  readonly omitted: number

  constructor(problems: PredictionProblem[], omitted = 0) {
    const lines = problems.map((p) => `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`)
    if (omitted > 0) lines.push(`… and ${omitted} more problem${omitted === 1 ? '' : 's'}`)
    super(lines.join('\n'))
    this.name = 'PredictionsError'
    this.problems = problems
    this.omitted = omitted
  }
}

/** One predictions file, read and validated. */
export interface PredictionTable {
  file: string
  task: PredictionTask
  /** The column the values came from. */
  column: 'score' | 'prediction'
  /** Ids in file order. */
  ids: string[]
  labels: Float64Array
  /** Scores (binary) or predictions (regression), aligned with `ids`. */
  values: Float64Array
  /** 1-based row of each record (see `PredictionProblem.line`). */
  rows: Uint32Array
  /** id → position in `ids`. */
  index: IdIndex
}

/** Collects problems up to a limit and counts the rest. */
export class ProblemList {
  readonly problems: PredictionProblem[] = []
  omitted = 0

  constructor(readonly limit: number) {}

  add(p: PredictionProblem): void {
    if (this.problems.length < this.limit) this.problems.push(p)
    else this.omitted++
  }

  get size(): number {
    return this.problems.length + this.omitted
  }

  /** Throws a PredictionsError when anything was collected. */
  throwIfAny(): void {
    if (this.size > 0) throw new PredictionsError(this.problems, this.omitted)
  }
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/** A decimal number written in a text file, or undefined (no hex, no empty string, no NaN). */
export function parseNumber(text: string): number | undefined {
  let t = text
  if (!NUMBER.test(t)) {
    t = text.trim()
    if (t === text || !NUMBER.test(t)) return undefined
  }
  const v = Number(t)
  return Number.isFinite(v) ? v : undefined
}

/**
 * Builds a PredictionTable row by row, validating each value: label 0/1 (binary) or a number,
 * score in [0, 1] (binary) or a number, ids present and unique.
 */
export class TableBuilder {
  private n = 0
  private labels = new Float64Array(1024)
  private values = new Float64Array(1024)
  private rows = new Uint32Array(1024)
  private readonly ids: string[] = []
  private readonly index = new IdIndex()

  constructor(
    readonly file: string,
    readonly task: PredictionTask,
    readonly column: 'score' | 'prediction',
    readonly problems: ProblemList,
  ) {}

  /** Adds one record; `label` and `value` are text (from CSV) or already numbers/booleans (JSON, Parquet). */
  add(row: number, id: unknown, label: unknown, value: unknown): void {
    const file = this.file
    const idText = typeof id === 'string' ? id : typeof id === 'number' || typeof id === 'bigint' ? String(id) : undefined
    if (idText === undefined || idText === '') {
      this.problems.add({ file, line: row, message: 'the id is empty.', fix: 'give every row an id.' })
      return
    }
    const y = this.number(label, this.task === 'binary')
    const v = this.number(value, false)
    let ok = true
    if (y === undefined) {
      this.problems.add({
        file,
        line: row,
        message: `label ${show(label)} is not a number.`,
        fix: this.task === 'binary' ? 'write 0 or 1.' : 'write a decimal number.',
      })
      ok = false
    } else if (this.task === 'binary' && y !== 0 && y !== 1) {
      this.problems.add({
        file,
        line: row,
        message: `label ${show(label)} is not 0 or 1 (task: binary).`,
        fix: 'write 0 or 1, or set task: regression.',
      })
      ok = false
    }
    if (v === undefined) {
      this.problems.add({
        file,
        line: row,
        message: `${this.column} ${show(value)} is not a number.`,
        fix: 'write a decimal number.',
      })
      ok = false
    } else if (this.task === 'binary' && (v < 0 || v > 1)) {
      this.problems.add({
        file,
        line: row,
        message: `${this.column} ${v} is outside [0, 1].`,
        fix: 'write the probability of the positive class.',
      })
      ok = false
    }
    const first = this.index.insert(idText, this.n)
    if (first !== undefined) {
      const firstRow = first < 0 ? -first : this.rows[first]
      this.problems.add({
        file,
        line: row,
        message: `duplicate id ${show(idText)} (first on row ${firstRow}).`,
        fix: 'give every example one row.',
      })
      return
    }
    if (!ok || y === undefined || v === undefined) {
      // Remember the id (for duplicates) without a record: stored as minus its row.
      this.index.set(idText, -row)
      return
    }
    if (this.n === this.labels.length) this.grow()
    this.labels[this.n] = y
    this.values[this.n] = v
    this.rows[this.n] = row
    this.ids.push(idText)
    this.n++
  }

  /** A number from text or a JSON/Parquet value; `truth` also takes true/false (binary labels). */
  private number(v: unknown, truth: boolean): number | undefined {
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
    if (typeof v === 'boolean') return truth ? (v ? 1 : 0) : undefined
    if (typeof v === 'bigint') return Number(v)
    if (typeof v === 'string') {
      const n = parseNumber(v)
      if (n !== undefined || !truth) return n
      const t = v.trim().toLowerCase()
      return t === 'true' ? 1 : t === 'false' ? 0 : undefined
    }
    return undefined
  }

  private grow(): void {
    const size = this.labels.length * 2
    const labels = new Float64Array(size)
    labels.set(this.labels)
    this.labels = labels
    const values = new Float64Array(size)
    values.set(this.values)
    this.values = values
    const rows = new Uint32Array(size)
    rows.set(this.rows)
    this.rows = rows
  }

  /** The finished table; throws the collected problems, if any. */
  finish(): PredictionTable {
    this.problems.throwIfAny()
    return {
      file: this.file,
      task: this.task,
      column: this.column,
      ids: this.ids,
      labels: this.labels.slice(0, this.n),
      values: this.values.slice(0, this.n),
      rows: this.rows.slice(0, this.n),
      index: this.index,
    }
  }
}

/** A value quoted for a message, cut to 40 characters. */
export function show(v: unknown): string {
  const s = typeof v === 'string' ? v : v === undefined ? 'missing' : typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v))
  const cut = s.length > 40 ? `${s.slice(0, 40)}…` : s
  return typeof v === 'string' ? JSON.stringify(cut) : cut
}
