/**
 * Reads a JSON array from a byte stream one element at a time, so that a large answer (a page of
 * 100 PR comments is often 0.5–2 MB) is never held whole: only the element being read is
 * buffered, and each is handed over parsed (JSON.parse) as soon as it is complete.
 *
 * Structural characters are ASCII, and no byte of a multi-byte UTF-8 sequence is below 0x80, so
 * elements are delimited on the bytes; each element is decoded (UTF-8, invalid sequences replaced,
 * as `response.text()` decodes) and parsed on its own.
 */

/** The input is not one JSON array (or is cut short): what was read of it is not to be used. */
export class NotAJsonArray extends Error {
  /** The whole input, decoded, when it did not start as an array (then nothing was yielded). */
  readonly text?: string

  constructor(message: string, text?: string) {
    super(message)
    if (text !== undefined) this.text = text
  }
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09

/**
 * A reader of one JSON array fed chunk by chunk (push, then end): each element is handed to the
 * caller as soon as its last byte has been read. It is a plain loop over the bytes, with no
 * generator or promise per chunk: the scan of a PR's comments runs it over every page, and a run
 * with thousands of comments makes it hot enough for V8's optimizing compiler, whose memory for a
 * loop in an async generator showed in the action's peak memory (issue 13, bench/PROFILE.md).
 * Elements handed over before a fault stay handed over; the caller decides what to keep.
 */
export class JsonArrayReader {
  private readonly decoder = new TextDecoder()
  /** 0: before the array; 1: between elements; 2: in an element; 3: after the array; 4: not an array. */
  private state = 0
  /** Nesting inside the current element. */
  private depth = 0
  private inString = false
  /** The byte after a backslash in a string is skipped (it may be in the next chunk). */
  private skipNext = false
  /** A comma was seen since the last element: an element must follow. */
  private expectElement = false
  private elementCount = 0
  /** The current element's bytes from earlier chunks. */
  private pieces: Uint8Array[] = []

  /**
   * Reads the next chunk, calling `element` with each element it completes, in order. Throws
   * NotAJsonArray when an element is not valid JSON or anything but whitespace follows the array's `]`.
   */
  push(chunk: Uint8Array, element: (value: unknown) => void): void {
    if (this.state === 4) {
      this.pieces.push(chunk.slice())
      return
    }
    let { state, depth, inString, skipNext, expectElement } = this
    let start = state === 2 ? 0 : -1
    let i = 0
    const n = chunk.length
    // The next quote and backslash at or after i in this chunk (n: none), searched again only once passed.
    let quote = -1
    let backslash = -1
    try {
      while (i < n) {
        if (state === 2 && inString) {
          if (skipNext) {
            skipNext = false
            i++
            continue
          }
          if (quote < i) quote = indexOr(chunk, QUOTE, i, n)
          if (backslash < i) backslash = indexOr(chunk, BACKSLASH, i, n)
          if (backslash < quote) {
            i = backslash + 1
            skipNext = true
            continue
          }
          i = quote + 1
          if (quote < n) inString = false
          continue
        }
        const byte = chunk[i] as number
        if (state === 0) {
          if (isSpace(byte)) {
            i++
            continue
          }
          if (byte !== OPEN_BRACKET) {
            state = 4
            this.pieces.push(chunk.slice())
            return
          }
          state = 1
          this.pieces = []
          i++
          continue
        }
        if (state === 3) {
          if (!isSpace(byte)) throw new NotAJsonArray('text after the end of the array')
          i++
          continue
        }
        if (state === 1) {
          if (isSpace(byte)) {
            i++
            continue
          }
          if (byte === CLOSE_BRACKET && !expectElement) {
            state = 3
            i++
            continue
          }
          if (byte === COMMA || byte === CLOSE_BRACKET) throw new NotAJsonArray(`a missing element after element ${this.elementCount}`)
          state = 2
          start = i
          depth = 0
          expectElement = false
        }
        // state 2, outside a string
        if (byte === QUOTE) inString = true
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++
        else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && depth > 0) depth--
        else if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
          const value = this.finish(chunk.subarray(start, i))
          this.elementCount++
          state = byte === COMMA ? 1 : 3
          expectElement = byte === COMMA
          element(value)
        }
        i++
      }
      // an element's start, and the whitespace before an input that may not be an array, are kept
      if (state === 2 || state === 0) this.pieces.push(chunk.slice(state === 2 ? start : 0, n))
    } finally {
      this.state = state
      this.depth = depth
      this.inString = inString
      this.skipNext = skipNext
      this.expectElement = expectElement
    }
  }

  /**
   * The input's end. Throws NotAJsonArray when the array was cut short, and, when the input did
   * not start with `[` (after whitespace), with the whole text, for the caller to read otherwise.
   */
  end(): void {
    if (this.state === 4 || this.state === 0)
      throw new NotAJsonArray('the answer is not a JSON array', this.decoder.decode(concat(this.pieces)))
    if (this.state !== 3) throw new NotAJsonArray('the array is cut short')
  }

  private finish(tail: Uint8Array): unknown {
    const bytes = this.pieces.length === 0 ? tail : concat([...this.pieces, tail])
    this.pieces = []
    try {
      return JSON.parse(this.decoder.decode(bytes))
    } catch (error) {
      throw new NotAJsonArray(`element ${this.elementCount + 1} is not JSON: ${(error as Error).message}`)
    }
  }
}

/** Where `byte` next occurs in `chunk` from `from`, else `n` (the chunk's length). */
function indexOr(chunk: Uint8Array, byte: number, from: number, n: number): number {
  const at = chunk.indexOf(byte, from)
  return at === -1 ? n : at
}

function concat(parts: Uint8Array[]): Uint8Array {
  let length = 0
  for (const part of parts) length += part.length
  const out = new Uint8Array(length)
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
