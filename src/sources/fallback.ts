import type { FileSource } from './source.js'

/**
 * Reads from `primary`; when it fails (not when the file is absent), from `fallback`. Used for the
 * base commit: the REST contents API first (works with a shallow checkout), `git show` second.
 * The fallback may be a promise (the check that git has the commit, run in parallel with the
 * first API read): it is only awaited when a read from `primary` fails, and when it resolves to
 * undefined the primary's error is thrown as it is.
 */
export function withFallback(
  primary: FileSource,
  fallback: FileSource | undefined | Promise<FileSource | undefined>,
  warn: (message: string) => void,
): FileSource {
  if (!fallback) return primary
  return {
    label: primary.label,
    sha: primary.sha,
    async read(path, kind) {
      try {
        return await primary.read(path, kind)
      } catch (err) {
        const local = await fallback
        if (!local) throw err
        warn(`Could not read ${path} from ${primary.label} (${(err as Error).message}); reading it with git instead.`)
        return local.read(path, kind)
      }
    },
    async readBytes(path, kind) {
      const local = await fallback
      if (local?.readBytes) return local.readBytes(path, kind)
      if (primary.readBytes) return primary.readBytes(path, kind)
      const text = await primary.read(path, kind)
      return text === undefined ? undefined : Buffer.from(text, 'utf8')
    },
    async exists(path) {
      return (await this.read(path)) !== undefined
    },
    // The contents API does not list a directory recursively: git lists it, when git has the commit.
    async list(path) {
      if (primary.list) return primary.list(path)
      return (await fallback)?.list?.(path)
    },
  }
}
