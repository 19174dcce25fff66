import type { FileKind, FileSource } from './source.js'

/** A source whose reads can be started before they are asked for (see prefetching). */
export interface PrefetchingSource extends FileSource {
  /** Starts reading `path` as `kind` now (unless it was read already); the next `read(path, kind)` is answered by this read. */
  prefetch(path: string, kind: FileKind): void
  /**
   * Whether a prefetched read of `path` (of any kind, not yet taken by a read) found a file
   * there: true when it gave text, false when it found nothing or failed (a directory fails);
   * undefined when no such read was started. Leaves the prefetched read for the read it answers.
   */
  knownFile(path: string): Promise<boolean> | undefined
}

/**
 * `source` with reads that can be started early, for files a run will probably ask for (the
 * baseline at the base commit, while the policy that names it is still on its way). A prefetched
 * read answers the first read of the same path and kind, with its text or its error, exactly as
 * that read would have; later reads, and reads never prefetched, go to `source`. A prefetch
 * nobody asks for is dropped, its failure unreported.
 */
export function prefetching(source: FileSource): PrefetchingSource {
  const started = new Map<string, Promise<string | undefined>>()
  const asked = new Set<string>()
  const key = (path: string, kind: FileKind | undefined): string => `${kind ?? ''}\u0000${path}`
  const wrapped: PrefetchingSource = {
    label: source.label,
    sha: source.sha,
    exists: (path) => source.exists(path),
    read(path, kind) {
      const k = key(path, kind)
      asked.add(k)
      const early = started.get(k)
      if (!early) return source.read(path, kind)
      started.delete(k)
      return early
    },
    prefetch(path, kind) {
      const k = key(path, kind)
      if (started.has(k) || asked.has(k)) return
      const read = source.read(path, kind)
      read.catch(() => undefined)
      started.set(k, read)
    },
    knownFile(path) {
      for (const [k, read] of started) {
        if (k.slice(k.indexOf('\u0000') + 1) === path)
          return read.then(
            (text) => text !== undefined,
            () => false,
          )
      }
      return undefined
    },
  }
  if (source.list) wrapped.list = source.list.bind(source)
  if (source.readBytes) wrapped.readBytes = source.readBytes.bind(source)
  return wrapped
}
