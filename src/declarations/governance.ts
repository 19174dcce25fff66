/**
 * Governance and maintenance rules: intended and out-of-scope use, limitations, fairness slices,
 * explainability methods and artefacts that exist in the PR's head; a retraining schedule or
 * trigger, drift metrics and an alert channel, and a last-trained date that is not in the future.
 */
import type { Check } from '../core/types.js'
import { formatIsoDate, parseIsoDate } from './iso.js'
import { failures, type RuleContext } from './messages.js'
import { filled } from './privacy.js'
import { fieldExample, isMapping, valueAt } from './schema.js'

type Json = Record<string, unknown>

/** A path-or-URL a card points at: a fairness report or an explainability artefact. */
export interface ArtefactRef {
  /** The dot path of the entry, e.g. `governance.explainability.artefacts.0`. */
  field: string
  value: string
  /** `url`: not checked; `path`: must exist (`path` normalised); `invalid`: `problem` says why; `reference`: a document id, not checked. */
  kind: 'url' | 'path' | 'invalid' | 'reference'
  path?: string
  problem?: string
}

const URL = /^[a-z][a-z0-9+.-]*:\/\//i

/** Every artefact the `governance` section names, classified (`fairness.report` first, then the artefacts). */
export function governanceArtefacts(data: unknown): ArtefactRef[] {
  const refs: ArtefactRef[] = []
  const report = valueAt(data, 'governance.fairness.report')
  if (typeof report === 'string' && filled(report)) {
    const looksLikePath = /[/\\]/.test(report) || /\.[a-z0-9]{1,5}$/i.test(report)
    refs.push(
      looksLikePath || URL.test(report)
        ? classify('governance.fairness.report', report)
        : { field: 'governance.fairness.report', value: report, kind: 'reference' },
    )
  }
  const artefacts = valueAt(data, 'governance.explainability.artefacts')
  if (Array.isArray(artefacts)) {
    artefacts.forEach((value, i) => {
      if (typeof value === 'string' && filled(value)) refs.push(classify(`governance.explainability.artefacts.${i}`, value))
    })
  }
  return refs
}

function classify(field: string, raw: string): ArtefactRef {
  const value = raw.trim()
  if (URL.test(value)) return { field, value, kind: 'url' }
  if (value.includes('\\')) return { field, value, kind: 'invalid', problem: 'uses `\\`; write repository paths with `/`' }
  if (value.startsWith('/'))
    return { field, value, kind: 'invalid', problem: 'is an absolute path; write it relative to the repository root' }
  const segments = value.replace(/^(\.\/)+/, '').split('/')
  if (segments.includes('..'))
    return { field, value, kind: 'invalid', problem: 'leaves the repository with `..`; write it relative to the repository root' }
  const path = segments.filter((s) => s !== '' && s !== '.').join('/')
  if (path === '') return { field, value, kind: 'invalid', problem: 'names no file' }
  return { field, value, kind: 'path', path }
}

/** Failing checks for the `governance` section; `existingFiles` holds the artefact paths found in the PR head. */
export function governanceChecks(ctx: RuleContext, data: Json, existingFiles: ReadonlySet<string>): Check[] {
  const governance: Json = isMapping(data.governance) ? data.governance : {}
  const { checks, fail } = failures(ctx)
  const text: [string, string][] = [
    ['intended_use', 'what the model is for'],
    ['out_of_scope_use', 'uses the model must not be put to'],
    ['limitations', 'known limitations'],
  ]
  for (const [key, what] of text) {
    if (!filled(governance[key]))
      fail(`governance.${key}`, `\`governance.${key}\` is missing: describe ${what}.`, `add ${fieldExample(`governance.${key}`)}`)
  }
  if (!filled(valueAt(governance, 'fairness.assessed_slices'))) {
    fail(
      'governance.fairness.assessed_slices',
      '`governance.fairness.assessed_slices` is missing or empty: list the slices assessed for fairness.',
      `add ${fieldExample('governance.fairness.assessed_slices')}`,
    )
  }
  if (!filled(valueAt(governance, 'explainability.methods'))) {
    fail(
      'governance.explainability.methods',
      '`governance.explainability.methods` is missing or empty: name the explanation methods used (e.g. SHAP, LIME).',
      `add ${fieldExample('governance.explainability.methods')}`,
    )
  }
  for (const ref of governanceArtefacts(data)) {
    if (ref.kind === 'invalid') {
      fail(
        ref.field,
        `\`${ref.field}\` is \`${ref.value}\`, which ${ref.problem}.`,
        `write a repository-relative path such as \`reports/shap_summary.png\`, or a URL`,
      )
    } else if (ref.kind === 'path' && ref.path !== undefined && !existingFiles.has(ref.path)) {
      fail(
        ref.field,
        `\`${ref.field}\` names \`${ref.value}\`, which does not exist in the pull request's head.`,
        `commit \`${ref.path}\`, or correct the path (a URL is also accepted)`,
      )
    }
  }
  return checks
}

/** Failing checks for the `maintenance` section, with `now` the injected clock. */
export function maintenanceChecks(ctx: RuleContext, data: Json, now: Date): Check[] {
  const maintenance: Json = isMapping(data.maintenance) ? data.maintenance : {}
  const { checks, fail } = failures(ctx)
  const retraining: Json = isMapping(maintenance.retraining) ? maintenance.retraining : {}
  const said = ['schedule', 'trigger'].some((key) => filled(retraining[key]) || ctx.reported(`maintenance.retraining.${key}`))
  if (!said) {
    fail(
      'maintenance.retraining',
      '`maintenance.retraining` has neither a `schedule` nor a `trigger`: say when the model is retrained.',
      `add ${fieldExample('maintenance.retraining.schedule')} or ${fieldExample('maintenance.retraining.trigger')}`,
    )
  }
  if (!filled(valueAt(maintenance, 'monitoring.drift_metrics'))) {
    fail(
      'maintenance.monitoring.drift_metrics',
      '`maintenance.monitoring.drift_metrics` is missing or empty: list the metrics watched for drift.',
      `add ${fieldExample('maintenance.monitoring.drift_metrics')}`,
    )
  }
  if (!filled(valueAt(maintenance, 'monitoring.alert_channel'))) {
    fail(
      'maintenance.monitoring.alert_channel',
      '`maintenance.monitoring.alert_channel` is missing: say where drift and failure alerts go.',
      `add ${fieldExample('maintenance.monitoring.alert_channel')}`,
    )
  }
  const lastTrained = typeof retraining.last_trained === 'string' ? parseIsoDate(retraining.last_trained) : undefined
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1))
  if (lastTrained && lastTrained > tomorrow) {
    fail(
      'maintenance.retraining.last_trained',
      `\`maintenance.retraining.last_trained\` is ${formatIsoDate(lastTrained)}, which is in the future (today is ${formatIsoDate(now)}).`,
      `write the date the model was last trained, e.g. ${fieldExample('maintenance.retraining.last_trained', formatIsoDate(now))}`,
    )
  }
  return checks
}
