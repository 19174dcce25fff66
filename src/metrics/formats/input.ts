/**
 * Builds a MetricsInput from a path and the caller's files: a directory when the files can list
 * it, else a file. The parsed JSON/YAML document is computed once and shared by every format's
 * `detect`, so auto-detection parses a file once.
 */
import { readdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { GateError } from '../../core/errors.js'
import type { FileSource } from '../../sources/source.js'
import { checkRepoPath, isInsideRoot } from '../../sources/source.js'
import { parseJsonText } from '../../parse/json.js'
import { parseYaml } from '../../parse/yaml.js'
import type { MetricsFiles, MetricsInput } from './types.js'

/** The most files a directory listing returns: an MLflow run of 10,000 metrics fits, a whole disk does not. */
export const MAX_LISTED_FILES = 20_000
/** How deep a listing goes (MLflow metric names with `/` make nested folders). */
export const MAX_LIST_DEPTH = 8

/**
 * Opens `path` for reading: a directory when `files.list` lists it, otherwise the file's text.
 * A path with a file extension (`eval/metrics.json`) is most likely a file: its read is asked at
 * once with the listing (at a commit each is a git process), and dropped when the listing says it
 * is a directory after all. Any other path (an MLflow run's folder) is read only if it is no directory.
 */
export async function openMetricsInput(path: string, files: MetricsFiles): Promise<MetricsInput | undefined> {
  const listing = files.list?.(path)
  const early = listing && /\.[A-Za-z0-9]+$/.test(path) ? files.read(path) : undefined
  early?.catch(() => undefined)
  const entries = await listing
  if (entries) return { kind: 'dir', path, entries, files }
  const text = await (early ?? files.read(path))
  return text === undefined ? undefined : fileInput(path, text, files)
}

/** A file input for text already read; `files` reads siblings (none needed: the default reads nothing). */
export function fileInput(path: string, text: string, files: MetricsFiles = { read: async () => undefined }): MetricsInput {
  let parsed: { value: unknown } | { error: unknown } | undefined
  const document = (): unknown => {
    if (!parsed) {
      try {
        parsed = { value: parseDocument(text, path) }
      } catch (error) {
        parsed = { error }
      }
    }
    if ('error' in parsed) throw parsed.error
    return parsed.value
  }
  return { kind: 'file', path, text, files, document }
}

/** Today's rule: .json → JSON (with NaN/Infinity), .yaml/.yml → YAML, else a leading `{` means JSON. */
export function parseDocument(text: string, file: string): unknown {
  const lower = file.toLowerCase()
  const json = lower.endsWith('.json') || (!lower.endsWith('.yaml') && !lower.endsWith('.yml') && text.trimStart().startsWith('{'))
  return json ? parseJsonText(text, file, { mappings: 'map' }) : parseYaml(text, file, { mappings: 'map' }).value
}

/**
 * Reads through a FileSource with the metrics size cap; lists directories with the source's own
 * `list`, or with a directory of `root` when given.
 */
export function metricsFiles(source: FileSource, root?: string): MetricsFiles {
  const files: MetricsFiles = { read: (path) => source.read(path, 'metrics') }
  if (root !== undefined) files.list = (dir) => listDirectory(root, dir)
  else if (source.list) {
    const list = source.list.bind(source)
    files.list = (dir) => list(dir)
  }
  return files
}

/**
 * Every regular file under `dir` (relative to the repository `root`), as `/`-separated paths
 * relative to `dir`, sorted; undefined when `dir` is not a directory. Symbolic links are not
 * followed. More than MAX_LISTED_FILES files, or nesting past MAX_LIST_DEPTH, is an error.
 */
export async function listDirectory(root: string, dir: string): Promise<string[] | undefined> {
  const full = join(root, checkRepoPath(dir))
  let real: string
  try {
    real = await realpath(full)
  } catch {
    return undefined
  }
  const rootReal = await realpath(root)
  if (!isInsideRoot(real, rootReal)) throw new Error(`${dir}: resolves outside the repository (a symbolic link?); refusing to read it`)
  const out: string[] = []
  const walk = async (at: string, prefix: string, depth: number): Promise<boolean> => {
    let entries
    try {
      entries = await readdir(at, { withFileTypes: true })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') return false
      throw err
    }
    for (const entry of entries) {
      const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`
      if (entry.isFile()) out.push(rel)
      else if (entry.isDirectory()) {
        if (depth >= MAX_LIST_DEPTH) throw tooMany(dir, `folders nested more than ${MAX_LIST_DEPTH} deep (at ${rel})`)
        await walk(join(at, entry.name), rel, depth + 1)
      }
      if (out.length > MAX_LISTED_FILES) throw tooMany(dir, `more than ${MAX_LISTED_FILES.toLocaleString('en-US')} files`)
    }
    return true
  }
  if (!(await walk(real, '', 0))) return undefined
  return out.sort()
}

function tooMany(dir: string, what: string): GateError {
  return new GateError({
    file: dir,
    message: `the directory ${dir} holds ${what}; model-gate did not read it.`,
    fix: 'Point the metrics path at the run directory itself (mlruns/<experiment>/<run>), not a parent of many runs.',
  })
}
