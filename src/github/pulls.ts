import type { GitHubClient } from './client.js'
import { errorMessage } from './http-error.js'

export interface HeadsToCompare {
  owner: string
  repo: string
  pullNumber: number
  /** The head commit this run judged. */
  ours: string
  /** The head commit an existing result (a comment's marker) judged. */
  theirs: string
}

export interface NewerHead {
  /** Which result is for the newer commit; `unknown` when GitHub could not tell. */
  newer: 'ours' | 'theirs' | 'unknown'
  /** How that was decided, for the log. */
  reason: string
}

/** True when two SHAs name the same commit (either may be abbreviated). */
export function sameCommit(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  return x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x))
}

/** The pull request's current head commit (GET /repos/{owner}/{repo}/pulls/{number}). */
export async function pullRequestHead(client: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<string> {
  const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pullNumber })
  return data.head.sha
}

/**
 * How `head` relates to `base` (GET /repos/{owner}/{repo}/compare/{base}...{head}): `ahead` when
 * head descends from base, `behind` when base descends from head, else `identical` or `diverged`.
 */
export async function compareCommits(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<string> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 1 })
  return data.status
}

/**
 * Which of two results for the same pull request is for the newer commit: the one for the PR's
 * current head wins; otherwise the one whose commit descends from the other's. `unknown` when
 * neither tells (diverged history after a force-push, or the API failed).
 */
export async function newerHead(client: GitHubClient, heads: HeadsToCompare): Promise<NewerHead> {
  const { owner, repo, pullNumber, ours, theirs } = heads
  const failures: string[] = []
  try {
    const current = await pullRequestHead(client, owner, repo, pullNumber)
    if (sameCommit(current, ours)) return { newer: 'ours', reason: `${short(ours)} is the pull request's head` }
    if (sameCommit(current, theirs)) return { newer: 'theirs', reason: `the pull request's head is now ${short(theirs)}` }
  } catch (error) {
    failures.push(`reading the pull request failed: ${errorMessage(error)}`)
  }
  try {
    const status = await compareCommits(client, owner, repo, ours, theirs)
    if (status === 'ahead') return { newer: 'theirs', reason: `${short(theirs)} descends from ${short(ours)}` }
    if (status === 'behind') return { newer: 'ours', reason: `${short(ours)} descends from ${short(theirs)}` }
    if (status === 'identical') return { newer: 'ours', reason: 'both name the same commit' }
    failures.push(`${short(ours)} and ${short(theirs)} have ${status}`)
  } catch (error) {
    failures.push(`comparing the commits failed: ${errorMessage(error)}`)
  }
  return { newer: 'unknown', reason: failures.join('; ') }
}

function short(sha: string): string {
  return sha.slice(0, 7)
}
