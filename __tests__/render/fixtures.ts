/** Hand-built evaluator results for the render tests (the shapes of src/core/types.ts). */
import type { Check, DeclarationSummary, Evaluation, GateResult, Provenance } from '../../src/core/types.js'

export const BASE_SHA = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'
export const HEAD_SHA = '4f2c1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a'
export const POLICY_PATH = '.github/model-gate.yml'
export const CTX = { policyPath: POLICY_PATH }

type Extra = Partial<Omit<Check, 'id' | 'kind' | 'status' | 'rule'>>

/** A threshold check: `threshold:<metric>:<bound>`. */
export function threshold(
  metric: string,
  bound: 'min' | 'max' | 'present',
  status: Check['status'],
  rule: string,
  candidate: number | null,
  extra: Extra = {},
): Check {
  return {
    id: `threshold:${metric}:${bound}`,
    kind: 'threshold',
    metric,
    status,
    severity: 'block',
    candidate,
    ruleKey: bound,
    rule,
    ...limitOf(bound, rule),
    message: `${metric} is ${candidate === null ? 'missing' : candidate}; ${rule}`,
    gate: metric,
    ...extra,
  }
}

/** The limit a `min`/`max` rule's words name (`at least 0.9` → 0.9), as the rule kinds report it. */
function limitOf(bound: 'min' | 'max' | 'present', rule: string): Pick<Check, 'limit'> {
  const written = /(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/i.exec(rule)?.[1]
  return bound !== 'present' && written !== undefined ? { limit: Number(written) } : {}
}

/** A baseline check: `baseline:<metric>:<rule>`. */
export function vsBaseline(
  metric: string,
  status: Check['status'],
  rule: string,
  baseline: number | null,
  candidate: number | null,
  extra: Extra = {},
): Check {
  return {
    id: `baseline:${metric}:max_regression`,
    kind: 'baseline',
    metric,
    status,
    severity: 'block',
    candidate,
    baseline,
    ruleKey: 'max_regression',
    rule,
    message: `${metric} went from ${baseline} to ${candidate}; ${rule}`,
    gate: metric,
    ...extra,
  }
}

/** Declaration messages as src/core/declarations.ts words them. */
export const DECLARED = (section: string): string => `MODEL_CARD.md declares \`${section}\` (line 3).`
export const UNDECLARED = (section: string): string =>
  `MODEL_CARD.md has no \`${section}\` section in its front matter; add e.g. \`${section}: {owner: '@team-handle', on_call: '@oncall'}\`.`

export function declaration(section: string, status: Check['status'], message: string): Check {
  return {
    id: `declaration:${section}`,
    kind: 'declaration',
    metric: section,
    status,
    severity: 'block',
    rule: `${section} section present`,
    message,
    field: section,
    location: { file: 'MODEL_CARD.md', line: 3 },
  }
}

/** A declaration check as src/declarations/messages.ts builds it: no metric, the field and line as data. */
export function fieldCheck(field: string, status: Check['status'], line: number, message: string, extra: Extra = {}): Check {
  return {
    id: `declaration:${field}`,
    kind: 'declaration',
    status,
    severity: 'block',
    rule: `\`${field}\` declared and valid`,
    message,
    field,
    location: { file: 'MODEL_CARD.md', line },
    ...extra,
  }
}

/** A complete card at a glance (the template's values). */
export function summary(over: Partial<DeclarationSummary> = {}): DeclarationSummary {
  return {
    file: 'MODEL_CARD.md',
    personalData: true,
    regulations: ['GDPR', 'CCPA'],
    legalBasis: ['contract', 'legitimate_interests'],
    anonymisation: 'pseudonymisation',
    specialCategories: [],
    owners: ['@priya-r', '@acme/payments-ml'],
    team: 'Payments Risk ML',
    onCall: '@acme/payments-oncall',
    lastReviewed: '2026-09-14',
    nextReview: '2027-03-14',
    ...over,
  }
}

export const PROVENANCE: Pick<Evaluation, 'policy' | 'baseline' | 'candidate'> = {
  policy: { source: 'base', path: POLICY_PATH, sha: BASE_SHA },
  baseline: { source: 'base', path: 'eval/metrics.json', sha: BASE_SHA },
  candidate: { source: 'workspace', path: 'eval/metrics.json', sha: HEAD_SHA },
}

export function evaluation(partial: Partial<Evaluation> & Pick<Evaluation, 'checks'>): Evaluation {
  return {
    model: 'default',
    verdict: 'approved',
    mode: 'enforce',
    problems: [],
    policyChanges: [],
    ...PROVENANCE,
    ...partial,
  }
}

export function result(evaluations: Evaluation[], partial: Partial<GateResult> = {}): GateResult {
  const verdict = evaluations.some((e) => e.verdict === 'error')
    ? 'error'
    : evaluations.some((e) => e.verdict === 'blocked')
      ? 'blocked'
      : 'approved'
  return {
    verdict,
    mode: 'enforce',
    evaluations,
    modelKey: 'default',
    headSha: HEAD_SHA,
    baseSha: BASE_SHA,
    policyPath: POLICY_PATH,
    ...partial,
  }
}

/** The product.md illustration: recall regresses, a slice is under its floor, ownership is missing. */
export function blockedChecks(): Check[] {
  return [
    threshold('accuracy', 'min', 'pass', 'at least 0.9', 0.953),
    vsBaseline('accuracy', 'pass', 'may drop at most 0.5%', 0.951, 0.953),
    threshold('recall', 'min', 'pass', 'at least 0.8', 0.811),
    vsBaseline('recall', 'fail', 'may drop at most 1%', 0.842, 0.811, {
      message: 'recall dropped 3.7% (0.842 → 0.811); the policy allows 1%',
    }),
    threshold('slices.mobile.recall', 'min', 'fail', 'at least 0.8', 0.774, { baseline: 0.802, gate: 'slices.*.recall' }),
    threshold('calibration_error', 'max', 'warn', 'at most 0.05', 0.052, { baseline: 0.041, severity: 'warn' }),
    threshold('latency_ms.p95', 'max', 'pass', 'at most 120', 91),
    vsBaseline('latency_ms.p95', 'pass', 'may rise at most 10%', 88, 91),
    declaration('privacy', 'pass', DECLARED('privacy')),
    declaration('ownership', 'fail', UNDECLARED('ownership')),
  ]
}

export function approvedChecks(): Check[] {
  return [
    threshold('accuracy', 'min', 'pass', 'at least 0.9', 0.953),
    vsBaseline('accuracy', 'pass', 'may drop at most 0.5%', 0.951, 0.953),
    threshold('latency_ms.p95', 'max', 'pass', 'at most 120', 91),
    vsBaseline('latency_ms.p95', 'pass', 'may rise at most 10%', 88, 91),
    threshold('throughput', 'min', 'pass', 'at least 1000', 1234567, { baseline: 1200000 }),
    declaration('privacy', 'pass', DECLARED('privacy')),
    declaration('ownership', 'pass', DECLARED('ownership')),
  ]
}

export function blockedResult(overrides: Partial<GateResult> = {}): GateResult {
  return result([evaluation({ verdict: 'blocked', checks: blockedChecks() })], overrides)
}

export function approvedResult(): GateResult {
  return result([evaluation({ checks: approvedChecks(), declarations: summary() })])
}

/** Metrics pass; the card has ownership problems (each with its line) and an advisory note. */
export function declarationsResult(): GateResult {
  const checks: Check[] = [
    fieldCheck('ownership.on_call', 'fail', 14, "`ownership.on_call` is missing. Fix: add `ownership.on_call: '@acme/payments-oncall'`"),
    fieldCheck(
      'ownership.review.next_review_due',
      'fail',
      19,
      '`ownership.review.next_review_due` is 2025-01-31, in the past. Fix: review the card and set a date ahead, e.g. `next_review_due: 2027-03-14`',
    ),
    fieldCheck(
      'ownership.owners.0.handle',
      'fail',
      12,
      '`@priya-r` is not in CODEOWNERS for MODEL_CARD.md. Fix: add `/MODEL_CARD.md @priya-r` to .github/CODEOWNERS',
    ),
    fieldCheck(
      'maintenance.monitoring.dashboard',
      'fail',
      27,
      '`maintenance.monitoring.dashboard` is the placeholder `TBD`. Fix: link the dashboard',
      { severity: 'warn' },
    ),
    fieldCheck('privacy', 'pass', 5, '`privacy` is complete and consistent.'),
    threshold('accuracy', 'min', 'pass', 'at least 0.9', 0.953),
    vsBaseline('accuracy', 'pass', 'may drop at most 0.5%', 0.951, 0.953),
  ]
  const card = summary({ specialCategories: ['health'], regulations: ['GDPR', 'HIPAA'], onCall: undefined, nextReview: '2025-01-31' })
  return result([evaluation({ verdict: 'blocked', checks, declarations: card })])
}

export function advisoryResult(): GateResult {
  const ev = evaluation({ verdict: 'blocked', mode: 'advisory', checks: blockedChecks() })
  return result([ev], { mode: 'advisory' })
}

export function errorResult(): GateResult {
  const ev = evaluation({
    verdict: 'error',
    checks: [],
    problems: [
      {
        file: POLICY_PATH,
        line: 7,
        column: 10,
        message: 'gates.accuracy.min must be a number, got "high"',
        fix: 'write a number, e.g. min: 0.9',
      },
      {
        file: 'eval/metrics.json',
        message: 'the metrics file does not exist in the workspace',
        fix: 'run the eval step before model-gate',
      },
    ],
    candidate: { source: 'workspace', path: 'eval/metrics.json', sha: HEAD_SHA },
  })
  return result([ev])
}

export function policyChangesResult(): GateResult {
  const ev = evaluation({
    checks: approvedChecks(),
    policyChanges: [
      {
        target: 'latency_ms.p95',
        field: 'max',
        from: 120,
        to: 100,
        effect: 'tightens',
        words: 'max lowered from 120 to 100',
        description: '`latency_ms.p95`: max lowered from 120 to 100',
      },
      {
        target: 'accuracy',
        field: 'min',
        from: 0.9,
        to: 0.8,
        effect: 'loosens',
        words: 'min lowered from 0.9 to 0.8',
        description: '`accuracy`: min lowered from 0.9 to 0.8',
      },
      {
        target: 'accuracy',
        field: 'max_regression',
        from: '0.5%',
        to: '2%',
        effect: 'loosens',
        words: 'max_regression raised from 0.5% to 2%',
        description: '`accuracy`: max_regression raised from 0.5% to 2%',
      },
      {
        target: 'mode',
        field: 'mode',
        from: 'enforce',
        to: 'advisory',
        effect: 'loosens',
        words: 'changed from enforce to advisory',
        description: '`mode`: changed from enforce to advisory',
      },
      {
        target: 'declarations.require',
        field: 'require',
        from: ['privacy'],
        effect: 'loosens',
        words: 'no longer requires privacy',
        description: '`declarations.require`: no longer requires privacy',
      },
    ],
  })
  return result([ev])
}

export function missingBaselineResult(): GateResult {
  const note = `No baseline: the base commit ${BASE_SHA.slice(0, 7)} has no eval/metrics.json.`
  const notEvaluated = (metric: string, rule: string, candidate: number): Check =>
    vsBaseline(metric, 'not_evaluated', rule, null, candidate, {
      message: `the base commit ${BASE_SHA.slice(0, 7)} has no eval/metrics.json`,
    })
  const ev = evaluation({
    checks: [
      threshold('accuracy', 'min', 'pass', 'at least 0.9', 0.953),
      notEvaluated('accuracy', 'may drop at most 0.5%', 0.953),
      threshold('latency_ms.p95', 'max', 'pass', 'at most 120', 91),
      notEvaluated('latency_ms.p95', 'may rise at most 10%', 91),
      threshold('fairness.gap', 'present', 'skip', 'optional', null, {
        message: 'missing from eval/metrics.json; skipped (required: false)',
      }),
    ],
    baseline: { source: 'base', path: 'eval/metrics.json', sha: BASE_SHA, note } satisfies Provenance,
  })
  return result([ev])
}

export function multiModelResult(): GateResult {
  const fraud = evaluation({ model: 'fraud', verdict: 'blocked', checks: blockedChecks() })
  const churn = evaluation({
    model: 'churn',
    checks: approvedChecks().filter((c) => c.kind !== 'declaration'),
    baseline: { source: 'base', path: 'eval/churn.json', sha: BASE_SHA },
    candidate: { source: 'workspace', path: 'eval/churn.json', sha: HEAD_SHA },
  })
  return result([fraud, churn], { modelKey: 'all' })
}
