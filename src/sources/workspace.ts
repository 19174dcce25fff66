import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs'
import { open, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { listDirectory } from '../metrics/formats/input.js'
import { checkRepoPath, decodeUtf8, isInsideRoot, limitFor, tooLargeError, type FileKind, type FileSource } from './source.js'

/** Files of the checked-out working tree (the PR's head): candidate metrics, the model card. */
export function workspaceSource(root: string, sha?: string): FileSource {
  /** The real path of a file inside the tree; undefined when absent; throws when it leads outside. */
  const resolveInside = async (path: string): Promise<string | undefined> => {
    const full = join(root, checkRepoPath(path))
    let real: string
    try {
      real = await realpath(full)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
    const rootReal = await realpath(root)
    if (!isInsideRoot(real, rootReal)) {
      throw new Error(`${path}: resolves outside the repository (a symbolic link?); refusing to read it`)
    }
    return real
  }

  return {
    label: 'the workspace',
    sha,
    list: (path) => listDirectory(root, path),
    async exists(path) {
      const real = await resolveInside(path)
      const info = real === undefined ? undefined : await stat(real).catch(() => undefined)
      return info?.isFile() ?? false
    },
    async readBytes(path, kind) {
      const real = await resolveInside(path)
      if (real === undefined) return undefined
      const where = `${path} in the workspace`
      const info = await stat(real)
      if (!info.isFile()) throw new Error(`${where} is not a regular file`)
      if (info.size > limitFor(kind)) throw tooLargeError(path, where, info.size, kind)
      return createReadStream(real, { highWaterMark: 1024 * 1024 })
    },
    async read(path, kind) {
      const real = await resolveInside(path)
      if (real === undefined) return undefined
      const where = `${path} in the workspace`
      const limit = limitFor(kind)
      const before = await stat(real)
      if (!before.isFile()) throw new Error(`${where} is not a regular file`)
      if (before.size > limit) throw tooLargeError(path, where, before.size, kind)
      const handle = await open(real, 'r')
      try {
        // Read at most one byte past the cap, so a file that grew after the check is still refused.
        const buffer = Buffer.alloc(Math.min(before.size, limit) + 1)
        let length = 0
        for (;;) {
          const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
          if (bytesRead === 0) break
          length += bytesRead
          if (length === buffer.length) break
        }
        if (length > limit) throw tooLargeError(path, where, (await handle.stat()).size, kind)
        if (length === buffer.length) throw new Error(`${where} changed while it was read`)
        return decodeUtf8(buffer.subarray(0, length), path, where)
      } finally {
        await handle.close()
      }
    },
  }
}

/**
 * The working tree once its root is known: the same source as workspaceSource, whose reads wait
 * for `root`, so that a caller can start reading elsewhere (the base commit through the API)
 * while git still looks for the repository root.
 */
export function pendingWorkspaceSource(root: Promise<string>, sha?: string): FileSource {
  const source = root.then((dir) => workspaceSource(dir, sha))
  return {
    label: 'the workspace',
    sha,
    list: async (path) => (await source).list?.(path),
    exists: async (path) => (await source).exists(path),
    readBytes: async (path, kind) => (await source).readBytes?.(path, kind),
    read: async (path, kind) => (await source).read(path, kind),
  }
}

/**
 * The text of a file of the working tree under `root`, read at once (synchronously), or undefined
 * when it is absent or cannot be read as workspaceSource would read it (outside the tree, not a
 * regular file, over the cap for `kind`, not UTF-8). Only for guesses made before the rest of a
 * run is ready (which files to ask the API for early), never for what a verdict reads.
 */
export function peekWorkspaceFile(root: string, path: string, kind: FileKind): string | undefined {
  try {
    const real = realpathSync(join(root, checkRepoPath(path)))
    const rootReal = realpathSync(root)
    if (!isInsideRoot(real, rootReal)) return undefined
    const info = statSync(real)
    if (!info.isFile() || info.size > limitFor(kind)) return undefined
    return decodeUtf8(readFileSync(real), path, `${path} in the workspace`)
  } catch {
    return undefined
  }
}
