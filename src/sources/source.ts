import { sep } from 'node:path'
import { GateError } from '../core/errors.js'

/** What a file is to model-gate: it decides how many bytes of it may be read. */
export type FileKind = 'policy' | 'metrics' | 'declarations' | 'codeowners' | 'schema' | 'predictions'

/** Where a file can be read from. `read` resolves to undefined when the file does not exist there. */
export interface FileSource {
  /** Words for messages, e.g. `the workspace`, `base 1a2b3c4`. */
  readonly label: string
  /** The commit this source reads at, when it reads at one. */
  readonly sha?: string
  /**
   * The file's text (UTF-8, a byte order mark dropped). Refuses a file larger than the cap for
   * `kind` (MAX_FILE_BYTES when no kind is given) before reading it, and a file that is not UTF-8.
   */
  read(path: string, kind?: FileKind): Promise<string | undefined>
  /** Whether a file exists there, without reading it. */
  exists(path: string): Promise<boolean>
  /**
   * Every file under a directory, as `/`-separated paths relative to it, sorted; undefined when
   * `path` is not a directory there. Sources that cannot list leave this out (metrics formats
   * that read a directory, an MLflow run, then cannot read it from that source).
   */
  list?(path: string): Promise<string[] | undefined>
  /**
   * The file's bytes, streamed where the source can (large or binary files: predictions);
   * undefined when the file does not exist there. Refuses a file over the cap for `kind`.
   * Optional: a source without it (the REST contents API) is read as text with `read`.
   */
  readBytes?(path: string, kind: FileKind): Promise<AsyncIterable<Uint8Array> | Uint8Array | undefined>
}

const MiB = 1024 * 1024

/**
 * The most bytes model-gate reads from one file of each kind. Policies, cards, CODEOWNERS and
 * schemas are written by hand; metrics files may be generated and large. GitHub itself ignores a
 * CODEOWNERS file over 3 MB.
 */
export const FILE_LIMITS: Readonly<Record<FileKind, number>> = {
  policy: 1 * MiB,
  metrics: 64 * MiB,
  declarations: 5 * MiB,
  codeowners: 3 * MiB,
  schema: 1 * MiB,
  predictions: 256 * MiB,
}

/** The most bytes model-gate reads into memory as text from one file (the cap when a read names no kind); predictions, streamed, have their own cap. */
export const MAX_FILE_BYTES = FILE_LIMITS.metrics

const KIND_WORDS: Record<FileKind, string> = {
  policy: 'a policy file',
  metrics: 'a metrics file',
  declarations: 'a model card',
  codeowners: 'a CODEOWNERS file',
  schema: 'a declarations schema',
  predictions: 'a predictions file',
}

/** The byte cap for a read of `kind`. */
export function limitFor(kind: FileKind | undefined): number {
  return kind ? FILE_LIMITS[kind] : MAX_FILE_BYTES
}

/** A file size for a message: whole MiB as such, others exactly (`1,048,577 bytes` is over 1 MiB). */
function sizeText(bytes: number): string {
  return bytes >= MiB && bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes.toLocaleString('en-US')} bytes`
}

/** The error for a file over its cap: `where` names the file and the place it was read from. */
export function tooLargeError(path: string, where: string, size: number, kind: FileKind | undefined): GateError {
  const limit = limitFor(kind)
  return new GateError({
    file: path,
    message: `${where} is ${sizeText(size)}, more than the ${limit / MiB} MiB model-gate reads from ${kind ? KIND_WORDS[kind] : 'one file'}; it was not read.`,
    fix: kind === 'metrics' ? 'Write only the metrics the gate needs into this file.' : `Keep the file under ${limit / MiB} MiB.`,
  })
}

/**
 * Bytes as UTF-8 text, a leading byte order mark dropped. Invalid UTF-8 (Latin-1, UTF-16, a
 * binary file) is an error naming the file and where the first bad byte is, never silently
 * replaced characters.
 */
export function decodeUtf8(bytes: Uint8Array, path: string, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    const lineStart = at > 0 ? bytes.lastIndexOf(0x0a, at - 1) + 1 : 0
    let line = 1
    for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1
    throw new GateError({
      file: path,
      line,
      column,
      message: `${where} is not valid UTF-8 text; save it as UTF-8 (the first invalid byte is on line ${line}).`,
      fix: 'Save the file with UTF-8 encoding (not Latin-1, Windows-1252 or UTF-16).',
    })
  }
}

/** The offset of the first byte that is not part of valid UTF-8: where the lenient decoding first differs. */
function firstInvalidByte(bytes: Uint8Array): number {
  const again = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8')
  let i = 0
  while (i < bytes.length && bytes[i] === again[i]) i++
  return i
}

/** Whether the real path `real` is the real path `rootReal` or inside it (both from realpath). */
export function isInsideRoot(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal + sep)
}

/** A repository-relative path that stays inside the repository, or an Error saying why not. */
export function checkRepoPath(path: string): string {
  const normal = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  if (
    normal === '' ||
    normal.startsWith('/') ||
    /^[A-Za-z]:/.test(normal) ||
    normal.split('/').includes('..') ||
    /[\u0000-\u001f\u007f]/.test(normal)
  ) {
    throw new Error(
      `${JSON.stringify(path)}: expected a path inside the repository, relative to its root (no leading /, no .., no control characters)`,
    )
  }
  return normal
}
