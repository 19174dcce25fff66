import type { GitHubClient } from '../github/client.js'
import { readRepoFile } from '../github/contents.js'
import { checkRepoPath, limitFor, tooLargeError, type FileSource } from './source.js'

/**
 * Files at one commit of the repository, read through the REST contents API (no history needed).
 * The API decodes UTF-8 strictly (src/github/contents.ts); the size cap is checked on the text
 * received, since the contents API does not say a file's size before sending it.
 */
export function githubSource(client: GitHubClient, owner: string, repo: string, sha: string): FileSource {
  const label = `base ${sha.slice(0, 7)} (GitHub API)`
  return {
    label,
    sha,
    async read(path, kind) {
      const text = await readRepoFile(client, { owner, repo, path: checkRepoPath(path), ref: sha })
      if (text === undefined) return undefined
      const size = Buffer.byteLength(text, 'utf8')
      if (size > limitFor(kind)) throw tooLargeError(path, `${path} at ${label}`, size, kind)
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    },
    exists: async (path) => (await readRepoFile(client, { owner, repo, path: checkRepoPath(path), ref: sha })) !== undefined,
  }
}
