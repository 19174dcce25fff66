import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

/** The login that comments made with the workflow's GITHUB_TOKEN are attributed to. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * The login a token's comments appear under when that is known without asking GitHub: an
 * installation token (`ghs_…`, the workflow's GITHUB_TOKEN) is always refused by GET /user, and
 * tokenIdentity then answers `github-actions[bot]`, so this answers it without the round trip.
 * Undefined for any other token (a personal token's user is only known by asking).
 */
export function knownIdentity(token: string): string | undefined {
  return token.startsWith('ghs_') ? ACTIONS_BOT_LOGIN : undefined
}

/**
 * The login comments written with this token appear under, so the sticky comment is found again
 * by its author as well as by its marker.
 *
 * A personal access token answers GET /user with its user. An installation token (the
 * workflow's GITHUB_TOKEN) is refused with 403 "Resource not accessible by integration"; those
 * comments are authored by `github-actions[bot]`, which is returned instead. A GitHub App's own
 * installation token also gets the 403 but writes as `<app-slug>[bot]`: with such a token the
 * comment is not recognised as ours and a new one is posted on each run.
 *
 * Given the `token` the client was made with, an installation token's answer is known without
 * the request (see knownIdentity).
 */
export async function tokenIdentity(client: GitHubClient, token?: string): Promise<string> {
  const known = token === undefined ? undefined : knownIdentity(token)
  if (known !== undefined) return known
  try {
    const { data } = await client.rest.users.getAuthenticated()
    if (typeof data.login !== 'string' || data.login === '') throw new Error('GET /user returned no login')
    return data.login
  } catch (error) {
    if (httpStatus(error) === 403) return ACTIONS_BOT_LOGIN
    throw new Error(`Could not tell which GitHub user the token belongs to: ${errorMessage(error)}`, { cause: error })
  }
}
