import { open, realpath } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { checkRepoPath, MAX_FILE_BYTES, type FileSource } from './source.js'

/** Files of the checked-out working tree (the PR's head): candidate metrics, the model card. */
export function workspaceSource(root: string, sha?: string): FileSource {
  return {
    label: 'the workspace',
    sha,
    async read(path) {
      const full = join(root, checkRepoPath(path))
      let real: string
      try {
        real = await realpath(full)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        throw err
      }
      const rootReal = await realpath(root)
      if (real !== rootReal && !real.startsWith(rootReal + sep)) {
        throw new Error(`${path}: resolves outside the repository (a symbolic link?); refusing to read it`)
      }
      const handle = await open(real, 'r')
      try {
        const { size } = await handle.stat()
        if (size > MAX_FILE_BYTES) {
          throw new Error(`${path}: ${size} bytes is more than the ${MAX_FILE_BYTES} bytes model-gate reads from one file`)
        }
        return await handle.readFile({ encoding: 'utf8' })
      } finally {
        await handle.close()
      }
    }
  }
}
