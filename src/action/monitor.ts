/**
 * The action's monitoring run (`on: schedule`, or the input `monitor: true`): monitor the
 * checked-out default branch (src/gate/monitor.ts), open, update or close one issue per model,
 * write the job summary and annotations, and fail the step when something fails.
 */
import * as core from './runner.js'
import type { MonitorFinding } from '../core/history/monitor.js'
import { logSafe } from '../gate/log-text.js'
import { runMonitor } from '../gate/monitor.js'
import type { GitHubClient } from '../github/client.js'
import type { EventContext } from '../github/event.js'
import { tokenIdentity } from '../github/identity.js'
import { syncMonitorIssue } from '../github/monitor-issue.js'
import { monitorIssueContent, monitorSummary, type MonitorSummaryModel } from '../render/monitor-issue.js'
import { workspaceSource } from '../sources/workspace.js'
import type { ActionInputs } from './inputs.js'
import { writeJobSummary } from './publish.js'

export interface MonitorStep {
  inputs: ActionInputs
  ctx: Pick<EventContext, 'owner' | 'repo' | 'headSha' | 'event'>
  /** Undefined without a `github-token`: no issue is written. */
  client: GitHubClient | undefined
  /** The repository root of the checkout. */
  root: string
  now: Date
  runUrl?: string
}

export { isMonitorRun } from './monitor-run.js'

function annotate(model: string, finding: MonitorFinding): void {
  const log = finding.severity === 'fail' ? core.error : core.warning
  log(`${finding.message} Fix: ${finding.fix}`, {
    title: `model-gate monitoring${model === 'default' ? '' : `: ${model}`}`,
    file: finding.file,
    startLine: finding.file ? finding.line : undefined,
  })
}

/** Runs the monitoring step; throws (GateError) only when the policy cannot be read. */
export async function monitorStep(step: MonitorStep): Promise<void> {
  const { ctx, client } = step
  const run = await runMonitor({
    policyPath: step.inputs.policyPath,
    workspace: workspaceSource(step.root, ctx.headSha),
    now: step.now,
    ...(step.inputs.model ? { model: step.inputs.model } : {}),
  })
  const checkedAt = step.now.toISOString()
  const identity = client ? await tokenIdentity(client, step.inputs.token).catch(() => undefined) : undefined
  const summary: MonitorSummaryModel[] = []
  for (const model of run.models) {
    for (const finding of model.findings) annotate(model.model, finding)
    const entry: MonitorSummaryModel = { model: model.model, problems: model.findings }
    if (!client) {
      if (model.findings.length > 0) entry.issueWarning = 'No `github-token`: the monitoring issue was not written.'
    } else {
      const content = monitorIssueContent({
        model: model.model,
        problems: model.findings,
        owners: model.owners,
        checkedAt,
        ...(step.runUrl ? { runUrl: step.runUrl } : {}),
      })
      const issue = await syncMonitorIssue(client, {
        owner: ctx.owner,
        repo: ctx.repo,
        model: model.model,
        ...content,
        ...(identity ? { identity } : {}),
      })
      const url = `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${ctx.owner}/${ctx.repo}/issues/`
      if (issue.action === 'skipped') entry.issueWarning = issue.warning
      else if (issue.action !== 'none') {
        if (issue.action !== 'closed') entry.issueUrl = `${url}${issue.number}`
        if (issue.warning) core.warning(issue.warning)
        core.info(logSafe(`Monitoring issue ${issue.action} for ${model.model}: ${url}${issue.number}`))
      }
    }
    if (entry.issueWarning) core.warning(entry.issueWarning)
    summary.push(entry)
  }
  await writeJobSummary({ blocks: [{ kind: 'text', text: monitorSummary(summary, checkedAt) }] })

  const findings = run.models.flatMap((m) => m.findings)
  const failed = findings.filter((f) => f.severity === 'fail').length
  const mode = step.inputs.mode ?? run.policy.mode
  core.setOutput('verdict', failed > 0 ? 'blocked' : 'approved')
  core.setOutput('failed', String(failed))
  core.setOutput('report', '')
  core.setOutput('comment-url', '')
  const headline = `model-gate monitoring: ${failed} failing problem${failed === 1 ? '' : 's'}, ${findings.length - failed} due soon or to check.`
  if (failed > 0 && mode === 'enforce') core.setFailed(headline)
  else core.info(mode === 'advisory' && failed > 0 ? `${headline} (advisory: not enforced)` : headline)
}
