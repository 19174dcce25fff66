import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

export interface RepoFileRef {
  owner: string
  repo: string
  /** Path inside the repository, `/`-separated, no leading slash. */
  path: string
  /** Commit SHA (or branch/tag) to read at. */
  ref: string
}

/**
 * The text of a file at a commit, read through the contents API with the raw media type (which,
 * unlike the JSON form, also serves files over 1 MB). Undefined when there is no such file there;
 * throws on a directory, a non-UTF-8 file, or any other failure.
 */
export async function readRepoFile(client: GitHubClient, file: RepoFileRef): Promise<string | undefined> {
  const where = `${file.path} at ${file.owner}/${file.repo}@${file.ref.slice(0, 12)}`
  let data: unknown
  try {
    const response = await client.rest.repos.getContent({
      owner: file.owner,
      repo: file.repo,
      path: file.path,
      ref: file.ref,
      mediaType: { format: 'raw' },
    })
    data = response.data
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw new Error(`Could not read ${where} from the GitHub API: ${errorMessage(error)}`, { cause: error })
  }

  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) {
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      throw new Error(`${where} is not UTF-8 text.`)
    }
  }
  const kind = Array.isArray(data) ? 'a directory' : describeEntry(data)
  throw new Error(`${where} is ${kind}, not a file.`)
}

function describeEntry(data: unknown): string {
  const type = (data as { type?: unknown } | null)?.type
  return typeof type === 'string' ? `a ${type}` : 'an unexpected response'
}
