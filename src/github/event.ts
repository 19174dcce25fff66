import { isObject } from '../core/words.js'

/** What a run is about: the repository, the commit under test and, when there is one, its base. */
export interface EventContext {
  event: string
  owner: string
  repo: string
  headSha: string
  baseSha?: string
  prNumber?: number
  baseRef?: string
  /** The PR's comment count when the event was sent (`pull_request.comments`), if the payload has it. */
  commentCount?: number
}

type Env = Record<string, string | undefined>

/** `commentCount` when the payload gives a plausible one (a hint only: a bad value is no error). */
const count = (value: unknown): { commentCount?: number } =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? { commentCount: value as number } : {}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const ZERO_SHA = /^0+$/

/**
 * Reads the commits to compare from a workflow event (pure: the payload and environment are
 * passed in). pull_request(_target): the PR's base and head; push: `before` → `after` (no base
 * on a branch's first push); merge_group: the queue's base and head; any other event: GITHUB_SHA
 * with no base. Throws an Error naming the missing field when the payload does not fit.
 */
export function eventContext(eventName: string, payload: unknown, env: Env): EventContext {
  if (!eventName) throw new Error('GITHUB_EVENT_NAME is not set: model-gate must run in a GitHub Actions workflow.')
  if (!isObject(payload)) throw new Error(`The \`${eventName}\` event payload is not a JSON object.`)
  const event = payload
  const { owner, repo } = repository(event, env)
  const field = (path: string): unknown => path.split('.').reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), event)
  const sha = (path: string): string => {
    const value = field(path)
    if (typeof value !== 'string' || !SHA.test(value)) {
      throw new Error(
        `The \`${eventName}\` event payload has no valid commit SHA at \`${path}\` (found ${JSON.stringify(value) ?? 'nothing'}).`,
      )
    }
    return value
  }

  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = field('pull_request.number') ?? field('number')
      if (!Number.isInteger(number) || (number as number) <= 0) {
        throw new Error(`The \`${eventName}\` event payload has no pull request number at \`pull_request.number\`.`)
      }
      return {
        event: eventName,
        owner,
        repo,
        headSha: sha('pull_request.head.sha'),
        baseSha: sha('pull_request.base.sha'),
        prNumber: number as number,
        baseRef: branch(field('pull_request.base.ref')),
        ...count(field('pull_request.comments')),
      }
    }
    case 'push': {
      const before = field('before')
      const isFirstPush = typeof before === 'string' && ZERO_SHA.test(before)
      return { event: eventName, owner, repo, headSha: sha('after'), baseSha: isFirstPush ? undefined : sha('before') }
    }
    case 'merge_group':
      return {
        event: eventName,
        owner,
        repo,
        headSha: sha('merge_group.head_sha'),
        baseSha: sha('merge_group.base_sha'),
        baseRef: branch(field('merge_group.base_ref')),
      }
    default: {
      const headSha = env.GITHUB_SHA
      if (!headSha || !SHA.test(headSha)) {
        throw new Error(
          `GITHUB_SHA is ${headSha ? `"${headSha}", not a commit SHA` : 'not set'}: cannot tell which commit the \`${eventName}\` run is for.`,
        )
      }
      return { event: eventName, owner, repo, headSha }
    }
  }
}

function repository(event: Record<string, unknown>, env: Env): { owner: string; repo: string } {
  const fromEnv = env.GITHUB_REPOSITORY
  if (fromEnv) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(fromEnv)
    if (!match) throw new Error(`GITHUB_REPOSITORY is "${fromEnv}"; expected "owner/name".`)
    return { owner: match[1]!, repo: match[2]! }
  }
  const repo = isObject(event.repository) ? event.repository : undefined
  const owner = repo && isObject(repo.owner) ? repo.owner.login : undefined
  const name = repo?.name
  if (typeof owner === 'string' && owner && typeof name === 'string' && name) return { owner, repo: name }
  throw new Error(
    'Cannot tell the repository: GITHUB_REPOSITORY is not set and the event payload has no `repository.owner.login` and `repository.name`.',
  )
}

/** `refs/heads/main` → `main`; other strings as they are; anything else → undefined. */
function branch(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref
}
