/** Event payloads shaped like the runner's (only the fields model-gate and the runner read). */

export interface RepoRef {
  owner?: string
  repo?: string
}

const repository = ({ owner = 'acme', repo = 'fraud-model' }: RepoRef) => ({
  name: repo,
  full_name: `${owner}/${repo}`,
  owner: { login: owner }
})

export function pullRequestEvent(opts: RepoRef & { number?: number; baseSha: string; headSha: string; baseRef?: string; headRef?: string }) {
  const number = opts.number ?? 1
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: opts.baseSha, ref: opts.baseRef ?? 'main' },
      head: { sha: opts.headSha, ref: opts.headRef ?? 'feature' }
    },
    repository: repository(opts)
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
      head_ref: `refs/heads/gh-readonly-queue/${opts.baseRef ?? 'main'}/pr-1-${opts.baseSha}`
    },
    repository: repository(opts)
  }
}

/** A manual run: no commits in the payload (the runner sets GITHUB_SHA; pass `sha` to runAction). */
export function workflowDispatchEvent(opts: RepoRef & { ref?: string; inputs?: Record<string, string> } = {}) {
  return { ref: opts.ref ?? 'refs/heads/main', inputs: opts.inputs ?? {}, workflow: '.github/workflows/gate.yml', repository: repository(opts) }
}
