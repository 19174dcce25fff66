import type { GitHubClient } from '../github/client.js'
import { readRepoFile } from '../github/contents.js'
import { checkRepoPath, type FileSource } from './source.js'

/** Files at one commit of the repository, read through the REST contents API (no history needed). */
export function githubSource(client: GitHubClient, owner: string, repo: string, sha: string): FileSource {
  return {
    label: `base ${sha.slice(0, 7)} (GitHub API)`,
    sha,
    read: (path) => readRepoFile(client, { owner, repo, path: checkRepoPath(path), ref: sha })
  }
}
