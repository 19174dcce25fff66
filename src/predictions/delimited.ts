/**
 * An incremental splitter for delimited text (CSV with RFC 4180 quoting, or TSV): push decoded
 * text in pieces of any size, get whole records with the line each started on. Fields may be
 * quoted with `"`, a doubled `""` inside quotes is one quote, and quoted fields may hold the
 * delimiter and line breaks. Lines end in LF or CRLF. Blank lines are skipped.
 */

const QUOTE = 34
const LF = 10
const CR = 13

const START = 0
const UNQUOTED = 1
const QUOTED = 2
const AFTER_QUOTE = 3

/** A structural error (stray or unterminated quote): the rest of the file cannot be trusted. */
export class DelimitedSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

export class DelimitedSplitter {
  private fields: string[] = []
  private field = ''
  private state = START
  private line = 1
  private recordLine = 1
  private quoteLine = 1

  private readonly delimiterText: string

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {
    this.delimiterText = String.fromCharCode(delimiter)
  }

  /** Feeds the next piece of text; calls onRecord for every record it completes. */
  push(text: string): void {
    const sep = this.delimiter
    const n = text.length
    let i = 0
    while (i < n) {
      const state = this.state
      if (state === START && this.fields.length === 0) {
        // Fast path: a whole line without quotes splits natively.
        const nl = text.indexOf('\n', i)
        if (nl !== -1) {
          const line = text.slice(i, text.charCodeAt(nl - 1) === CR && nl > i ? nl - 1 : nl)
          if (line.indexOf('"') === -1) {
            if (line !== '') this.onRecord(line.split(this.delimiterText), this.line)
            this.line++
            this.recordLine = this.line
            i = nl + 1
            continue
          }
        }
      }
      if (state === START || state === UNQUOTED) {
        if (state === START && text.charCodeAt(i) === QUOTE) {
          this.state = QUOTED
          this.quoteLine = this.line
          i++
          continue
        }
        let j = i
        let c = 0
        while (j < n) {
          c = text.charCodeAt(j)
          if (c === sep || c === LF || c === QUOTE) break
          j++
        }
        this.field += text.slice(i, j)
        this.state = UNQUOTED
        if (j === n) return
        if (c === QUOTE) {
          throw new DelimitedSyntaxError(this.line, 'a quote inside an unquoted field.')
        }
        if (c === sep) {
          this.fields.push(this.field)
          this.field = ''
          this.state = START
        } else {
          if (this.field.charCodeAt(this.field.length - 1) === CR) this.field = this.field.slice(0, -1)
          this.endRecord()
        }
        i = j + 1
      } else if (state === QUOTED) {
        const j = text.indexOf('"', i)
        const piece = j === -1 ? text.slice(i) : text.slice(i, j)
        for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1)) this.line++
        this.field += piece
        if (j === -1) return
        this.state = AFTER_QUOTE
        i = j + 1
      } else {
        const c = text.charCodeAt(i)
        if (c === QUOTE) {
          this.field += '"'
          this.state = QUOTED
        } else if (c === sep) {
          this.fields.push(this.field)
          this.field = ''
          this.state = START
        } else if (c === LF) {
          this.endRecord()
        } else if (c !== CR) {
          throw new DelimitedSyntaxError(this.line, 'text after the closing quote of a field.')
        }
        i++
      }
    }
  }

  /** Ends the input: completes a last record without a final line break. */
  end(): void {
    if (this.state === QUOTED) throw new DelimitedSyntaxError(this.quoteLine, 'a quoted field is never closed.')
    if (this.state !== START || this.fields.length > 0) {
      if (this.state === UNQUOTED && this.field.charCodeAt(this.field.length - 1) === CR) this.field = this.field.slice(0, -1)
      this.endRecord()
    }
  }

  private endRecord(): void {
    this.fields.push(this.field)
    const fields = this.fields
    this.fields = []
    this.field = ''
    this.state = START
    const blank = fields.length === 1 && fields[0] === ''
    if (!blank) this.onRecord(fields, this.recordLine)
    this.line++
    this.recordLine = this.line
  }
}
