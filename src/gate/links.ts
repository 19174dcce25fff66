import type { RenderContext } from '../render/comment.js'

/**
 * Links for the comment (commit and run links) from the runner's environment. The Action and the
 * CLI both use this, so the CLI's `--markdown` is byte for byte what the Action would post when
 * run in the same job.
 */
export function renderContextFromEnv(env: Record<string, string | undefined>, policyPath: string): RenderContext {
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const repository = env.GITHUB_REPOSITORY
  const runId = env.GITHUB_RUN_ID
  return {
    policyPath,
    repoUrl: repository ? `${server}/${repository}` : undefined,
    runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
  }
}
