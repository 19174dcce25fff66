/** Where a file can be read from. `read` resolves to undefined when the file does not exist there. */
export interface FileSource {
  /** Words for messages, e.g. `the workspace`, `base 1a2b3c4`. */
  readonly label: string
  /** The commit this source reads at, when it reads at one. */
  readonly sha?: string
  read(path: string): Promise<string | undefined>
}

/** The most bytes model-gate reads from any one file (policy, metrics, card). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

/** A repository-relative path that stays inside the repository, or an Error saying why not. */
export function checkRepoPath(path: string): string {
  const normal = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
  if (normal === '' || normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..')) {
    throw new Error(`${path}: expected a path inside the repository, relative to its root (no leading /, no ..)`)
  }
  return normal
}
