/**
 * How the REST client retries, waits out rate limits and spaces its writes: what
 * @octokit/plugin-retry and @octokit/plugin-throttling did for this client, as one request hook
 * that adds no delay of its own. Those plugins queue every request through Bottleneck, whose
 * scheduler yields to the event loop several times per job: about 5 ms per limiter, and a
 * request passed three of them, a write five (issue 13, bench/PROFILE.md phase 6).
 *
 * - Server errors (5xx; a failed connection is reported as 500) are retried `retries` times, or
 *   `request.retries` for one call (0: never, for writes that must not be repeated blindly), the
 *   n-th retry after n² × `retryBaseMs`.
 * - Rate limits (403 or 429) are waited out when GitHub says for how long and it is at most a
 *   minute, `retries` times: a secondary limit for `retry-after` seconds (60 when it is missing),
 *   a primary limit (no requests remaining) until one second after `x-ratelimit-reset`, and a
 *   bare 429 for its `retry-after`. Any other 4xx is final.
 * - With `spaceWrites`, as GitHub asks integrators: a write (POST, PATCH, PUT, DELETE) starts at
 *   least a second after the previous one, a notifying write (a new issue, issue comment or
 *   review) at least three seconds after the previous notifying one.
 * - At most ten requests are in flight at once.
 */

/** What a failed request calls for. */
export type FailureAction =
  { kind: 'wait'; limit: 'primary' | 'secondary' | 'bare'; seconds: number } | { kind: 'retry' } | { kind: 'final' }

/** The parts of an Octokit RequestError the policy reads. */
interface RequestFailure {
  status?: unknown
  message?: unknown
  request?: unknown
  response?: { headers?: Record<string, unknown>; data?: unknown }
}

/** The wait GitHub's docs give for a secondary rate limit that does not say how long. */
const SECONDARY_FALLBACK_S = 60

const header = (failure: RequestFailure, name: string): string | undefined => {
  const value = failure.response?.headers?.[name]
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
}

const rateLimitedErrors = (data: unknown): boolean => {
  const errors = (data as { errors?: unknown } | null | undefined)?.errors
  return Array.isArray(errors) && errors.some((error) => (error as { type?: unknown } | null)?.type === 'RATE_LIMITED')
}

/**
 * What to do about a request that threw `error` at `nowMs`: wait and ask again (a rate limit),
 * retry with backoff (a server error or a failed connection), or give up. Errors that are not
 * the client's (no `request` on them) are final.
 */
export function failureAction(error: unknown, nowMs: number): FailureAction {
  const failure = (error ?? {}) as RequestFailure
  const status = typeof failure.status === 'number' ? failure.status : undefined
  if (failure.request === undefined || status === undefined) return { kind: 'final' }
  if (status === 403 || status === 429) {
    const message = typeof failure.message === 'string' ? failure.message : ''
    if (/\bsecondary rate\b/i.test(message)) {
      return { kind: 'wait', limit: 'secondary', seconds: Number(header(failure, 'retry-after')) || SECONDARY_FALLBACK_S }
    }
    if (header(failure, 'x-ratelimit-remaining') === '0' || rateLimitedErrors(failure.response?.data)) {
      const resetMs = Math.trunc(Number(header(failure, 'x-ratelimit-reset')) || 0) * 1000
      return { kind: 'wait', limit: 'primary', seconds: Math.max(Math.ceil((resetMs - nowMs) / 1000) + 1, 0) }
    }
    const retryAfter = header(failure, 'retry-after')
    const seconds = retryAfter === undefined || retryAfter.trim() === '' ? Number.NaN : Number(retryAfter)
    if (status === 429 && Number.isFinite(seconds) && seconds >= 0) return { kind: 'wait', limit: 'bare', seconds }
    return { kind: 'final' }
  }
  return status >= 500 ? { kind: 'retry' } : { kind: 'final' }
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Writes that notify people, of the routes model-gate calls: a new issue, issue comment or review. */
const NOTIFYING_PATH = /^\/repos\/[^/]+\/[^/]+\/(?:issues(?:\/[^/]+\/comments)?|pulls\/[^/]+\/reviews)\/?$/

/** Whether a request to `url` (a route template or a path, with or without the API root) is a write, and whether it notifies. */
export function writeKind(method: string, url: string): 'notifying' | 'write' | undefined {
  if (!WRITE_METHODS.has(method.toUpperCase())) return undefined
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '')
  return NOTIFYING_PATH.test(path.replace(/^\/api\/v3(?=\/)/, '')) ? 'notifying' : 'write'
}

/** The request options the policy reads (Octokit's, at the `request` hook). */
interface HookOptions {
  method: string
  url: string
  /** Octokit's per-call options; `retries` among them is this policy's. */
  request?: object
}

export interface RequestPolicyOptions {
  /** Retries of a server error, and separately waits for a rate limit, per request. */
  retries: number
  /** The first server-error retry waits this long, the n-th n² times this. */
  retryBaseMs: number
  spaceWrites: boolean
  log: (message: string) => void
  /** Longest rate-limit wait (seconds) worth sitting out; a later reset gives up instead. Default 60. */
  maxWaitSeconds?: number
  /** The clock and the timer; tests give their own. */
  now?: () => number
  sleep?: (ms: number) => Promise<unknown>
}

const MAX_WAIT_S = 60
const MAX_IN_FLIGHT = 10
const WRITE_SPACING_MS = 1000
const NOTIFYING_SPACING_MS = 3000

/** Lets `max` jobs run at once; the others wait their turn, in order. A freed slot passes straight to the next. */
function slots(max: number): <T>(job: () => T | Promise<T>) => Promise<T> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (job) => {
    if (running < max) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await job()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

/** Starts of spaced jobs at least `spacingMs` apart; a job that need not wait does not yield. */
function spacing(spacingMs: number, now: () => number, sleep: (ms: number) => Promise<unknown>): () => Promise<unknown> | undefined {
  let next = Number.NEGATIVE_INFINITY
  return () => {
    const time = now()
    const at = Math.max(time, next)
    next = at + spacingMs
    return at > time ? sleep(at - time) : undefined
  }
}

/** The `request` hook (`octokit.hook.wrap('request', …)`) that applies the policy above. */
export function requestPolicy(
  opts: RequestPolicyOptions,
): <O extends HookOptions, T>(request: (options: O) => T | Promise<T>, options: O) => Promise<T> {
  const now = opts.now ?? Date.now
  const sleep = opts.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)))
  const inFlight = slots(MAX_IN_FLIGHT)
  const spaceWrite = opts.spaceWrites ? spacing(WRITE_SPACING_MS, now, sleep) : undefined
  const spaceNotifying = opts.spaceWrites ? spacing(NOTIFYING_SPACING_MS, now, sleep) : undefined

  return async (request, options) => {
    const own = (options.request as { retries?: unknown } | undefined)?.retries
    const serverRetries = typeof own === 'number' ? own : opts.retries
    const kind = spaceWrite ? writeKind(options.method, options.url) : undefined
    let retried = 0
    let waited = 0
    for (;;) {
      const spaced = kind ? spaceWrite?.() : undefined
      if (spaced) await spaced
      const notified = kind === 'notifying' ? spaceNotifying?.() : undefined
      if (notified) await notified
      try {
        return await inFlight(() => request(options))
      } catch (error) {
        const action = failureAction(error, now())
        if (action.kind === 'retry' && retried < serverRetries) {
          retried++
          await sleep(opts.retryBaseMs * retried ** 2)
          continue
        }
        if (action.kind !== 'wait') throw error
        const what = action.limit === 'bare' ? `GitHub answered 429 on` : `GitHub ${action.limit} rate limit on`
        const on = `${what} ${options.method} ${options.url}`
        if (waited >= opts.retries || action.seconds > (opts.maxWaitSeconds ?? MAX_WAIT_S)) {
          opts.log(`${on}: giving up after ${waited} retries`)
          throw error
        }
        waited++
        opts.log(`${on}: retrying in ${action.seconds}s (${waited}/${opts.retries})`)
        await sleep(action.seconds * 1000)
      }
    }
  }
}
