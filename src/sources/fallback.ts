import type { FileSource } from './source.js'
import type { PrefetchingSource } from './prefetch.js'

/** A fallback source, or a function that starts looking for one (called once, when first needed). */
export type Fallback = FileSource | undefined | (() => Promise<FileSource | undefined>)

/**
 * Reads from `primary`; when it fails (not when the file is absent), from `fallback`. Used for the
 * base commit: the REST contents API first (works with a shallow checkout), `git show` second.
 * The fallback may be a function that looks for it (the check that git has the commit, which
 * costs a git process: asked only when a read from `primary` fails, bytes are read, or a
 * directory is listed); when it finds none, the primary's error is thrown as it is.
 */
export function withFallback(
  primary: FileSource & Partial<Pick<PrefetchingSource, 'knownFile'>>,
  given: Fallback,
  warn: (message: string) => void,
): FileSource {
  if (!given) return primary
  let started: Promise<FileSource | undefined> | undefined
  const fallback = (): FileSource | Promise<FileSource | undefined> => (typeof given === 'function' ? (started ??= given()) : given)
  return {
    label: primary.label,
    sha: primary.sha,
    async read(path, kind) {
      try {
        return await primary.read(path, kind)
      } catch (err) {
        const local = await fallback()
        if (!local) throw err
        warn(`Could not read ${path} from ${primary.label} (${(err as Error).message}); reading it with git instead.`)
        return local.read(path, kind)
      }
    },
    async readBytes(path, kind) {
      const local = await fallback()
      if (local?.readBytes) return local.readBytes(path, kind)
      if (primary.readBytes) return primary.readBytes(path, kind)
      const text = await primary.read(path, kind)
      return text === undefined ? undefined : Buffer.from(text, 'utf8')
    },
    async exists(path) {
      return (await this.read(path)) !== undefined
    },
    // The contents API does not list a directory recursively: git lists it, when git has the commit,
    // unless a read already on its way says the path is a file (the baseline, prefetched).
    async list(path) {
      if (primary.list) return primary.list(path)
      if (await primary.knownFile?.(path)) return undefined
      return (await fallback())?.list?.(path)
    },
  }
}
