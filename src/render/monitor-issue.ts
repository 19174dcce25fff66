/**
 * The monitoring issue a scheduled run opens when a shipped model needs attention (an overdue
 * review, a production metric past its gate): its hidden marker, title and body, and the comment
 * that closes it. Pure text building; src/github/monitor-issue.ts does the API calls.
 */
import { code, inline, prose } from './escape.js'

/** One thing that is wrong, with how to fix it. */
export interface MonitorProblem {
  message: string
  fix?: string
  file?: string
  line?: number
  /** `fail` (overdue, breached) or `warn` (due soon). Default `fail`. */
  severity?: 'fail' | 'warn'
}

export interface MonitorIssueInput {
  model: string
  problems: MonitorProblem[]
  /** The declared owners' handles as written (`@ana`, `@acme/ml-platform`). */
  owners: string[]
  /** ISO time of the check (injected). */
  checkedAt: string
  /** Link to the workflow run. */
  runUrl?: string
  /** Handles GitHub would not assign (not collaborators): mentioned instead. */
  unassignable?: string[]
}

const USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/

/** Owners split into assignable user logins, `org/team` slugs (mentioned only), and the rest. */
export function splitOwners(owners: readonly string[]): { users: string[]; teams: string[]; invalid: string[] } {
  const users = new Set<string>()
  const teams = new Set<string>()
  const invalid: string[] = []
  for (const raw of owners) {
    const owner = raw.trim()
    const user = USER.exec(owner)
    const team = TEAM.exec(owner)
    if (user) users.add(user[1]!)
    else if (team) teams.add(`${team[1]!}/${team[2]!}`)
    else invalid.push(owner)
  }
  return { users: [...users], teams: [...teams], invalid }
}

/** The hidden marker the next run finds the issue by (model names percent-encoded). */
export function monitorMarker(model: string): string {
  return `<!-- model-gate monitor=${encodeURIComponent(model).replace(/[!'()*-]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)} -->`
}

export function monitorIssueTitle(model: string, problems: readonly MonitorProblem[]): string {
  const failing = problems.some((p) => (p.severity ?? 'fail') === 'fail')
  const name = model === 'default' ? 'the model' : `model ${model.replace(/[\r\n\u0000-\u001f]/g, ' ').slice(0, 100)}`
  return `model-gate: ${name} needs ${failing ? 'attention' : 'a review soon'}`
}

/** Each problem as a list item (failing or due soon, where), with its fix below it. */
function problemLines(problems: readonly MonitorProblem[]): string[] {
  const lines: string[] = []
  for (const problem of problems) {
    const where = problem.file ? ` (${code(`${problem.file}${problem.line ? `:${problem.line}` : ''}`)})` : ''
    const tag = (problem.severity ?? 'fail') === 'fail' ? '**Failing**' : 'Due soon'
    lines.push(`- ${tag}: ${prose(problem.message)}${where}`)
    if (problem.fix) lines.push(`  - Fix: ${prose(problem.fix)}`)
  }
  return lines
}

/** The issue body: marker, who it is for, each problem with its fix, and when it was checked. */
export function monitorIssueBody(input: MonitorIssueInput): string {
  const { users, teams, invalid } = splitOwners(input.owners)
  const unassignable = new Set(input.unassignable ?? [])
  const mentions = [...users.map((u) => `@${u}`), ...teams.map((t) => `@${t}`)]
  const who =
    mentions.length > 0
      ? `For the declared owners: ${mentions.join(', ')}.${teams.length > 0 ? ' Teams are mentioned, not assigned.' : ''}`
      : 'The model declares no owner that can be notified: add `ownership.owners` to its declarations.'
  const lines = [
    monitorMarker(input.model),
    `## ${inline(input.model === 'default' ? 'The model' : input.model)}: ${input.problems.length} problem${input.problems.length === 1 ? '' : 's'} found after launch`,
    '',
    who,
    ...(unassignable.size > 0
      ? ['', `Could not assign ${[...unassignable].map((u) => `@${u}`).join(', ')} (not collaborators of this repository).`]
      : []),
    ...(invalid.length > 0 ? ['', `Not valid GitHub handles, so not notified: ${invalid.map((h) => inline(h)).join(', ')}.`] : []),
    '',
    '### What is wrong, and how to fix it',
    '',
  ]
  lines.push(...problemLines(input.problems))
  lines.push(
    '',
    `Checked ${input.checkedAt}${input.runUrl ? ` by [this run](${encodeURI(input.runUrl)})` : ''}. model-gate updates this issue on every scheduled run and closes it once all is well.`,
    '',
  )
  return lines.join('\n')
}

/** Everything the issue adapter (src/github/monitor-issue.ts) writes for one model. */
export interface MonitorIssueContent {
  marker: string
  /** Undefined when there is no problem: the issue is closed. */
  issue?: { title: string; body(unassignable: string[]): string; assignees: string[] }
  resolved: string
}

/** The marker, the issue (title, body, logins to assign) when there are problems, and the closing comment. */
export function monitorIssueContent(input: Omit<MonitorIssueInput, 'unassignable'>): MonitorIssueContent {
  return {
    marker: monitorMarker(input.model),
    ...(input.problems.length > 0
      ? {
          issue: {
            title: monitorIssueTitle(input.model, input.problems),
            body: (unassignable: string[]) => monitorIssueBody({ ...input, ...(unassignable.length > 0 ? { unassignable } : {}) }),
            assignees: splitOwners(input.owners).users,
          },
        }
      : {}),
    resolved: monitorResolvedComment(input.model, input.checkedAt, input.runUrl),
  }
}

/** The comment that closes the issue. */
export function monitorResolvedComment(model: string, checkedAt: string, runUrl?: string): string {
  const name = model === 'default' ? 'The model' : inline(model)
  return `${name} passes its monitoring checks again (checked ${checkedAt}${runUrl ? ` by [this run](${encodeURI(runUrl)})` : ''}). Closing.`
}

/** One model's part of a monitoring run's job summary. */
export interface MonitorSummaryModel {
  model: string
  problems: MonitorProblem[]
  /** The monitoring issue opened or updated for it, if any. */
  issueUrl?: string
  /** Why the issue could not be written (no token, no `issues: write`). */
  issueWarning?: string
}

/** The job summary of a monitoring run: the verdict line, then each model's problems and its issue. */
export function monitorSummary(models: readonly MonitorSummaryModel[], checkedAt: string): string {
  const failing = models.flatMap((m) => m.problems).filter((p) => (p.severity ?? 'fail') === 'fail').length
  const warnings = models.flatMap((m) => m.problems).length - failing
  const heading =
    failing > 0
      ? `## ❌ model-gate monitoring: ${failing} failing problem${failing === 1 ? '' : 's'}${warnings ? `, ${warnings} due soon` : ''}`
      : warnings > 0
        ? `## ⚠️ model-gate monitoring: ${warnings} problem${warnings === 1 ? '' : 's'} due soon`
        : '## ✅ model-gate monitoring: all is well'
  const blocks = [heading]
  const several = models.length > 1
  for (const m of models) {
    const lines: string[] = []
    if (several || m.model !== 'default') lines.push(`### model ${code(m.model)}`, '')
    lines.push(
      ...(m.problems.length > 0
        ? problemLines(m.problems)
        : ['Nothing to report: the review date and the production metrics are in order.']),
    )
    if (m.issueUrl) lines.push('', `Monitoring issue: <${encodeURI(m.issueUrl)}>`)
    if (m.issueWarning) lines.push('', prose(m.issueWarning))
    blocks.push(lines.join('\n'))
  }
  blocks.push(`Checked ${checkedAt} on the default branch.`)
  return `${blocks.join('\n\n')}\n`
}
