import type { CheckAnnotation } from '../core/annotation.js'
import type { GitHubClient } from './client.js'
import { errorMessage, httpStatus } from './http-error.js'

export interface CheckRunTarget {
  owner: string
  repo: string
  /** The commit the check run is attached to. */
  headSha: string
  /** The check's name, e.g. `model-gate` or `model-gate (fraud)`. */
  name: string
  conclusion: 'success' | 'failure' | 'neutral'
  title: string
  /** Markdown; cut to GitHub's 65,535-character limit here. */
  summary: string
  text?: string
  annotations: readonly CheckAnnotation[]
  /** The workflow run, linked as the check's details. */
  detailsUrl?: string
}

export interface CheckRunResult {
  action: 'created' | 'none'
  id?: number
  url?: string
  /** Annotations sent (GitHub takes at most 50 per request: the rest go in PATCH updates). */
  annotated: number
  warnings: string[]
}

/** GitHub's limit for a check run's output summary and text, in characters. */
export const CHECK_OUTPUT_LIMIT = 65_535
/** Annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50
/** GitHub keeps this many annotations per check run at most; further ones are dropped with a warning. */
export const MAX_ANNOTATIONS = 1000

const TITLE_LIMIT = 1000
const SHORTENED = "\n\n_Shortened to fit the check run's size limit; the full result is in the job summary and the JSON report._"

/** Cuts Markdown to `limit` characters at a line break, with a note that it was shortened. */
export function fitCheckOutput(text: string, limit = CHECK_OUTPUT_LIMIT): string {
  if (text.length <= limit) return text
  const room = limit - SHORTENED.length
  const cut = text.lastIndexOf('\n', room)
  return `${text.slice(0, cut > room / 2 ? cut : room)}${SHORTENED}`
}

/**
 * Creates the gate's check run on the head commit, completed with the conclusion, the output and
 * the annotations: the first 50 with the create, the rest 50 at a time in PATCH updates (GitHub
 * appends the annotations of each update). Each run creates a new check run rather than updating
 * an earlier one, whose annotations would otherwise be appended to; GitHub shows the latest check
 * run of a name on a commit.
 * Never throws: a refusal (403 for a read-only token, which may not write checks) is a warning.
 */
export async function publishCheckRun(client: GitHubClient, target: CheckRunTarget): Promise<CheckRunResult> {
  const result: CheckRunResult = { action: 'none', annotated: 0, warnings: [] }
  const { owner, repo } = target
  const externalId = `model-gate:${target.name}`
  const annotations = target.annotations.slice(0, MAX_ANNOTATIONS)
  if (target.annotations.length > MAX_ANNOTATIONS) {
    result.warnings.push(`${target.annotations.length} annotations: only the first ${MAX_ANNOTATIONS} were attached to the check run.`)
  }
  const batches: CheckAnnotation[][] = []
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST))
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title: target.title.length > TITLE_LIMIT ? `${target.title.slice(0, TITLE_LIMIT - 1)}…` : target.title,
    summary: fitCheckOutput(target.summary),
    ...(target.text !== undefined ? { text: fitCheckOutput(target.text) } : {}),
    ...(batch ? { annotations: batch } : {}),
  })
  const fields = {
    status: 'completed' as const,
    conclusion: target.conclusion,
    completed_at: new Date().toISOString(),
    external_id: externalId,
    ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
  }

  let id: number
  try {
    const { data } = await client.rest.checks.create({
      owner,
      repo,
      name: target.name,
      head_sha: target.headSha,
      ...fields,
      output: output(batches[0]),
    })
    id = data.id
    result.action = 'created'
    result.url = data.html_url ?? undefined
  } catch (error) {
    result.warnings.push(`Could not write the check run "${target.name}" (${describe(error)}); the verdict stands.`)
    return result
  }
  result.id = id
  result.annotated = batches[0]?.length ?? 0
  for (const batch of batches.slice(1)) {
    try {
      await client.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) })
      result.annotated += batch.length
    } catch (error) {
      result.warnings.push(
        `Could not attach annotations ${result.annotated + 1}–${result.annotated + batch.length} to the check run (${describe(error)}).`,
      )
      break
    }
  }
  return result
}

function describe(error: unknown): string {
  const status = httpStatus(error)
  const hint = status === 403 ? '; the token may not write checks (a read-only token, or `checks: write` missing)' : ''
  return `${status !== undefined ? `${status}: ` : ''}${errorMessage(error)}${hint}`
}
