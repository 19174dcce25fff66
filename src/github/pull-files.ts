import type { GitHubClient } from './client.js'
import { errorMessage } from './http-error.js'

/** GitHub's pull request files API lists at most this many files; a larger pull request is cut short. */
export const MAX_PULL_FILES = 3000

/**
 * Every path a pull request changes (GET /repos/{owner}/{repo}/pulls/{number}/files, every page),
 * renamed files under both names. Throws when the API fails or the list may be cut short, so the
 * caller can gate every model instead of skipping one on an incomplete list.
 */
export async function pullRequestFiles(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<string[]> {
  let entries: Array<{ filename: string; previous_filename?: string }>
  try {
    entries = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 })
  } catch (err) {
    throw new Error(`could not list the files of pull request #${pullNumber}: ${errorMessage(err)}`, { cause: err })
  }
  if (entries.length >= MAX_PULL_FILES) {
    throw new Error(
      `pull request #${pullNumber} changes ${MAX_PULL_FILES.toLocaleString('en-US')} files or more, and GitHub lists only the first ${MAX_PULL_FILES.toLocaleString('en-US')}`,
    )
  }
  return [...new Set(entries.flatMap((e) => (e.previous_filename ? [e.filename, e.previous_filename] : [e.filename])))]
}
