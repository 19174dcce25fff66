/** Event payloads shaped like the runner's (only the fields model-gate and the runner read). */

export interface RepoRef {
  owner?: string
  repo?: string
}

const repository = ({ owner = 'acme', repo = 'fraud-model' }: RepoRef) => ({
  name: repo,
  full_name: `${owner}/${repo}`,
  owner: { login: owner },
})

export function pullRequestEvent(
  opts: RepoRef & { number?: number; baseSha: string; headSha: string; baseRef?: string; headRef?: string },
) {
  const number = opts.number ?? 1
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: opts.baseSha, ref: opts.baseRef ?? 'main' },
      head: { sha: opts.headSha, ref: opts.headRef ?? 'feature' },
    },
    repository: repository(opts),
  }
}

export function pushEvent(opts: RepoRef & { before: string; after: string; ref?: string }) {
  return { ref: opts.ref ?? 'refs/heads/main', before: opts.before, after: opts.after, repository: repository(opts) }
}

export function mergeGroupEvent(opts: RepoRef & { baseSha: string; headSha: string; baseRef?: string }) {
  return {
    action: 'checks_requested',
    merge_group: {
      base_sha: opts.baseSha,
      head_sha: opts.headSha,
      base_ref: `refs/heads/${opts.baseRef ?? 'main'}`,
      head_ref: `refs/heads/gh-readonly-queue/${opts.baseRef ?? 'main'}/pr-1-${opts.baseSha}`,
    },
    repository: repository(opts),
  }
}

/** A manual run: no commits in the payload (the runner sets GITHUB_SHA; pass `sha` to runAction). */
export function workflowDispatchEvent(opts: RepoRef & { ref?: string; inputs?: Record<string, string> } = {}) {
  return {
    ref: opts.ref ?? 'refs/heads/main',
    inputs: opts.inputs ?? {},
    workflow: '.github/workflows/gate.yml',
    repository: repository(opts),
  }
}

/**
 * A `workflow_run` event for the completion of a `pull_request` run (`runId`) on `headSha`.
 * `pullRequests` lists the PRs GitHub attaches: same-repository PRs only, so leave it empty for a
 * PR from a fork (`headRepo` names the fork, `owner/name`).
 */
export function workflowRunEvent(
  opts: RepoRef & {
    runId: number
    headSha: string
    headBranch?: string
    headRepo?: string
    pullRequests?: Array<{ number: number; headSha: string; baseSha: string }>
    conclusion?: 'success' | 'failure' | 'cancelled'
    workflow?: string
  },
) {
  const base = repository(opts)
  const [headOwner = base.owner.login, headName = base.name] = (opts.headRepo ?? base.full_name).split('/')
  const headBranch = opts.headBranch ?? 'feature'
  const apiRepo = `https://api.github.com/repos/${base.full_name}`
  return {
    action: 'completed',
    workflow_run: {
      id: opts.runId,
      name: opts.workflow ?? 'model-gate',
      event: 'pull_request',
      status: 'completed',
      conclusion: opts.conclusion ?? 'failure',
      head_sha: opts.headSha,
      head_branch: headBranch,
      html_url: `https://github.com/${base.full_name}/actions/runs/${opts.runId}`,
      head_repository: { name: headName, full_name: `${headOwner}/${headName}`, owner: { login: headOwner } },
      repository: base,
      pull_requests: (opts.pullRequests ?? []).map((pr) => ({
        number: pr.number,
        url: `${apiRepo}/pulls/${pr.number}`,
        head: { sha: pr.headSha, ref: headBranch, repo: { name: base.name, url: apiRepo } },
        base: { sha: pr.baseSha, ref: 'main', repo: { name: base.name, url: apiRepo } },
      })),
    },
    workflow: { name: opts.workflow ?? 'model-gate', path: '.github/workflows/model-gate-pr.yml' },
    repository: base,
  }
}
