/**
 * The history file on the data branch, through the REST API only (no git checkout): read it for
 * the trend, append merged runs to it.
 *
 * The data branch is created on first use as an ORPHAN branch (git data API: a tree holding only
 * the history file, a parentless commit, a ref), not from the default branch's head: it then
 * carries no workflows (a push to it runs nothing), no code, and its log is the history alone.
 */
import {
  appendEntries,
  DEFAULT_HISTORY_BRANCH,
  DEFAULT_HISTORY_PATH,
  DEFAULT_KEEP,
  DEFAULT_MAX_BYTES,
  parseHistory,
  type HistoryEntry,
} from '../core/history/entry.js'
import type { GitHubClient } from './client.js'
import { readRepoFile } from './contents.js'
import { errorMessage, httpStatus } from './http-error.js'

export { DEFAULT_HISTORY_BRANCH, DEFAULT_HISTORY_PATH }
/** Read–modify–write attempts before giving up on a busy history file. */
export const DEFAULT_ATTEMPTS = 5

export interface HistoryLocation {
  owner: string
  repo: string
  /** Default {@link DEFAULT_HISTORY_BRANCH}. */
  branch?: string
  /** Default {@link DEFAULT_HISTORY_PATH}. */
  path?: string
}

export interface HistoryRead {
  entries: HistoryEntry[]
  /** Bad lines and the size cap, one message each (`history.jsonl:12: …`). */
  warnings: string[]
  /** The blob SHA of the file; undefined when there is no history yet. */
  sha?: string
}

export interface AppendHistoryOptions extends HistoryLocation {
  entries: HistoryEntry[]
  /** Entries kept per model, oldest dropped. Default {@link DEFAULT_KEEP}. */
  keep?: number
  /** Cap on the file's size in bytes. Default {@link DEFAULT_MAX_BYTES}. */
  maxBytes?: number
  /** Commit message. Default `model-gate: record <sha7> (<models>)`. */
  message?: string
  attempts?: number
}

/**
 * What an append did. `written`: the new file is on the branch (`created`: the branch was created
 * for it). `skipped`: the token may not write (403: `contents: read`), a warning for the log.
 * `unchanged`: every entry's model and commit were already recorded (a merge queue's run, then
 * the push of the commit it merged; a re-run), nothing was written.
 * `failed`: another failure, or still conflicting after every attempt; a warning, never a throw,
 * since recording must not change the verdict of a run that already happened.
 */
export type AppendHistoryResult =
  | { status: 'written'; commitSha: string; created: boolean; attempts: number; dropped: number; warnings: string[] }
  | { status: 'unchanged'; attempts: number; warnings: string[] }
  | { status: 'skipped' | 'failed'; warning: string; attempts: number }

function where(loc: Required<HistoryLocation>): string {
  return `${loc.path} on branch ${loc.branch} of ${loc.owner}/${loc.repo}`
}

function withDefaults(loc: HistoryLocation): Required<HistoryLocation> {
  return { owner: loc.owner, repo: loc.repo, branch: loc.branch ?? DEFAULT_HISTORY_BRANCH, path: loc.path ?? DEFAULT_HISTORY_PATH }
}

function decodeBase64(content: string): string {
  return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8')
}

/** The file's text and blob SHA, or undefined on a 404 (no branch, or no file on it). */
async function getFile(client: GitHubClient, loc: Required<HistoryLocation>): Promise<{ text: string; sha: string } | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: loc.owner, repo: loc.repo, path: loc.path, ref: loc.branch })
    if (Array.isArray(data) || data.type !== 'file') throw new Error(`${where(loc)} is not a file.`)
    const file = data as { sha: string; content?: string; encoding?: string }
    if (file.encoding === 'base64' && typeof file.content === 'string') return { text: decodeBase64(file.content), sha: file.sha }
    // Over 1 MB the JSON form carries no content: read the raw media type (the SHA is the one above).
    const text = await readRepoFile(client, { owner: loc.owner, repo: loc.repo, path: loc.path, ref: loc.branch })
    return text === undefined ? undefined : { text, sha: file.sha }
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw error
  }
}

/**
 * The history for the trend. No branch or no file: no history (empty, no warning). Bad lines are
 * skipped with a warning each. Throws on other API failures (the caller shows the comment
 * without a trend and logs the message).
 */
export async function readHistory(
  client: GitHubClient,
  location: HistoryLocation,
  options: { maxBytes?: number } = {},
): Promise<HistoryRead> {
  const loc = withDefaults(location)
  let file: { text: string; sha: string } | undefined
  try {
    file = await getFile(client, loc)
  } catch (error) {
    throw new Error(`Could not read the history ${where(loc)}: ${errorMessage(error)}`, { cause: error })
  }
  if (!file) return { entries: [], warnings: [] }
  const parsed = parseHistory(file.text, { file: loc.path, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) })
  return { entries: parsed.entries, warnings: parsed.warnings.map((w) => w.message), sha: file.sha }
}

async function branchExists(client: GitHubClient, loc: Required<HistoryLocation>): Promise<boolean> {
  try {
    await client.rest.git.getRef({ owner: loc.owner, repo: loc.repo, ref: `heads/${loc.branch}` })
    return true
  } catch (error) {
    if (httpStatus(error) === 404) return false
    throw error
  }
}

/** Creates the orphan data branch holding `text` as its only file; false if someone created it first. */
async function createBranch(
  client: GitHubClient,
  loc: Required<HistoryLocation>,
  text: string,
  message: string,
): Promise<string | undefined> {
  const { owner, repo } = loc
  const tree = await client.rest.git.createTree({ owner, repo, tree: [{ path: loc.path, mode: '100644', type: 'blob', content: text }] })
  const commit = await client.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [] })
  try {
    await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${loc.branch}`, sha: commit.data.sha })
    return commit.data.sha
  } catch (error) {
    if (httpStatus(error) === 422) return undefined
    throw error
  }
}

/**
 * Appends `entries` to the history file on the data branch: GET the file (text and SHA), append,
 * trim to `keep` per model and `maxBytes`, PUT it back with the SHA read. A 409/422 (another
 * writer got there first: the SHA is stale) re-reads and retries, up to `attempts` times. The
 * first write creates the orphan branch. Never throws.
 */
export async function appendHistory(client: GitHubClient, options: AppendHistoryOptions): Promise<AppendHistoryResult> {
  const loc = withDefaults(options)
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS)
  const models = [...new Set(options.entries.map((e) => e.model))].join(', ')
  const message = options.message ?? `model-gate: record ${options.entries[0]?.sha.slice(0, 7) ?? ''} (${models})`
  let attempt = 0
  try {
    while (attempt < attempts) {
      attempt++
      const current = await getFile(client, loc)
      const next = appendEntries(current?.text ?? '', options.entries, {
        keep: options.keep ?? DEFAULT_KEEP,
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
        file: loc.path,
      })
      const warnings = next.warnings.map((w) => w.message)
      if (next.duplicates === options.entries.length) return { status: 'unchanged', attempts: attempt, warnings }
      if (!current && !(await branchExists(client, loc))) {
        const commitSha = await createBranch(client, loc, next.text, message)
        if (commitSha) return { status: 'written', commitSha, created: true, attempts: attempt, dropped: next.dropped, warnings }
        continue
      }
      try {
        const { data } = await client.rest.repos.createOrUpdateFileContents({
          owner: loc.owner,
          repo: loc.repo,
          path: loc.path,
          branch: loc.branch,
          message,
          content: Buffer.from(next.text, 'utf8').toString('base64'),
          ...(current ? { sha: current.sha } : {}),
        })
        return { status: 'written', commitSha: data.commit.sha ?? '', created: false, attempts: attempt, dropped: next.dropped, warnings }
      } catch (error) {
        const status = httpStatus(error)
        if (status === 409 || status === 422 || status === 404) continue
        throw error
      }
    }
    return {
      status: 'failed',
      attempts,
      warning: `The history ${where(loc)} was not updated: it changed under every one of ${attempts} attempts (concurrent writers). This run is not recorded.`,
    }
  } catch (error) {
    if (httpStatus(error) === 403) {
      return {
        status: 'skipped',
        attempts: attempt,
        warning: `The run was not recorded in the history ${where(loc)}: the token may not write (${errorMessage(error)}). Give the workflow \`permissions: contents: write\` on push to record merged runs.`,
      }
    }
    return { status: 'failed', attempts: attempt, warning: `The run was not recorded in the history ${where(loc)}: ${errorMessage(error)}` }
  }
}
