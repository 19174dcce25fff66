import { describe, expect, test } from '@jest/globals'
import { InvalidReport, parseReport, resultFromReport } from '../../../src/report/read.js'
import { applyOverride, decideOverride, failingChecks, type OverrideFacts, type OverrideRecord } from '../../../src/core/override.js'
import type { GateResult } from '../../../src/core/types.js'
import { renderComment } from '../../../src/render/comment.js'
import { toReport } from '../../../src/report/write.js'
import * as fx from '../fixtures.js'

const POLICY = { label: 'model-gate/override', approvers: ['dana'], requireReason: true, allowSelf: false }
const AT = '2025-03-01T10:00:00Z'

function facts(previous?: OverrideRecord): OverrideFacts {
  return {
    labelled: { known: true, value: true },
    author: { known: true, value: 'alice' },
    event: { known: true, value: { action: 'labeled', actor: 'dana', at: AT } },
    actor: { teams: {} },
    reason: { known: true, value: { id: 7, text: 'accepted for the *Q3* launch', at: AT } },
    previous: { known: true, value: previous },
  }
}

/** The result with the override decided as the action does (decideOverride, then applyOverride). */
function overridden(result: GateResult, over: Partial<Parameters<typeof decideOverride>[0]> = {}): GateResult {
  const outcome = decideOverride({
    policy: POLICY,
    facts: facts(),
    verdict: result.verdict,
    failing: failingChecks(result),
    headSha: fx.HEAD_SHA,
    ...over,
  })
  return applyOverride(result, outcome)
}

const lines = (markdown: string): string[] => markdown.split('\n')

describe('the override in the comment', () => {
  test('granted: the heading says overridden, the section names who, why and the waived checks', () => {
    const result = overridden(fx.blockedResult())
    expect(result.verdict).toBe('approved')
    const body = renderComment(result, fx.CTX)
    const failing = fx.blockedChecks().filter((c) => c.status === 'fail' && c.severity === 'block')
    expect(lines(body)[1]).toBe(
      '## ✅ model-gate: approved (overridden) — 2 of 5 metrics fail; 1 of 2 declaration checks fails, waived by dana',
    )
    expect(body).toContain(
      `**Overridden** by dana (listed in approvers) at \`${fx.HEAD_SHA.slice(0, 7)}\`, \`${AT}\` — reason: “accepted for the \\*Q3\\* launch”`,
    )
    for (const c of failing) expect(body).toContain(`- waived: \`${c.metric}\` (\`${c.id}\`)`)
    expect(body).not.toContain('**To fix:**')
  })

  test('exceeded: blocked, and each failure the override does not cover is named', () => {
    const first = overridden(fx.blockedResult())
    const record = first.override!.record!
    const narrower: OverrideRecord = { ...record, waived: record.waived.slice(1) }
    const result = overridden(fx.blockedResult(), { facts: facts(narrower) })
    expect(result.verdict).toBe('blocked')
    const body = renderComment(result, fx.CTX)
    expect(lines(body)[1]).toMatch(/^## ❌ model-gate: blocked — /)
    expect(body).toContain('**Override no longer covers this change:** given by dana')
    const missing = record.waived[0]!
    expect(body).toContain(`- ❌ new since the override: \`${missing.metric}\` (\`${missing.id}\`) fails at`)
  })

  test('refused: the label is ignored, and the comment says why', () => {
    const result = overridden(fx.blockedResult(), { canRecord: false })
    expect(result.verdict).toBe('blocked')
    expect(renderComment(result, fx.CTX)).toContain(
      '**Override label ignored:** dana applied the `model-gate/override` label, but model-gate cannot record the override',
    )
  })

  test('no label: no section, the comment is unchanged', () => {
    const plain = fx.blockedResult()
    const outcome = decideOverride({
      policy: POLICY,
      facts: { labelled: { known: true, value: false } },
      verdict: 'blocked',
      failing: failingChecks(plain),
      headSha: fx.HEAD_SHA,
    })
    expect(applyOverride(plain, outcome)).toBe(plain)
  })
})

describe('the override in the report', () => {
  const written = (result: GateResult): string => JSON.stringify(toReport(result))

  test.each<[string, () => GateResult]>([
    ['granted', () => overridden(fx.blockedResult())],
    ['refused', () => overridden(fx.blockedResult(), { canRecord: false })],
    [
      'exceeded',
      () => {
        const record = overridden(fx.blockedResult()).override!.record!
        return overridden(fx.blockedResult(), { facts: facts({ ...record, waived: [{ ...record.waived[0]!, value: 0.99 }] }) })
      },
    ],
  ])('%s: the report validates, carries the record, and rebuilds the same comment', (_name, make) => {
    const result = make()
    const report = parseReport(written(result))
    expect(report.override).toMatchObject({ state: result.override!.state, overridden: result.override!.overridden })
    expect(renderComment(resultFromReport(report), fx.CTX)).toBe(renderComment(result, fx.CTX))
  })

  test('the record: who, when, the reason, the waived checks and the head commit', () => {
    const report = toReport(overridden(fx.blockedResult()))
    expect(report.override?.record).toMatchObject({
      by: 'dana',
      at: AT,
      authority: 'listed in approvers',
      reason: 'accepted for the *Q3* launch',
      reasonCommentId: 7,
      headSha: fx.HEAD_SHA,
    })
    expect(report.override?.record?.waived.map((w) => w.id)).toEqual(failingChecks(fx.blockedResult()).map((f) => f.id))
    expect(toReport(fx.blockedResult()).override).toBeNull()
  })

  /** The fields of a written report these cases spoil. */
  interface Spoilable {
    checks: Array<{ status: string }>
    failed: number
    models: Array<{ failed: number; verdict: string }>
    override: { state: string } | null
  }
  /** Every check passing, with the counts and the model's verdict made to agree. */
  const allPass = (r: Spoilable): void => {
    r.checks.forEach((c) => (c.status = 'pass'))
    r.failed = r.models[0]!.failed = 0
    r.models[0]!.verdict = 'approved'
  }

  test.each<[string, (r: Spoilable) => void, RegExp]>([
    ['overridden without a blocked verdict to override', allPass, /says an override approved it, but its models make it `approved`/],
    ['approved without an override', (r) => (r.override = null), /the report is `approved`, its models make it `blocked`/],
    ['an unknown override state', (r) => (r.override!.state = 'granted-forever'), /"\/override" must be null|must be one of/],
  ])('rejects %s', (_name, spoil, message) => {
    const report = JSON.parse(written(overridden(fx.blockedResult()))) as Spoilable
    spoil(report)
    expect(() => parseReport(JSON.stringify(report))).toThrow(InvalidReport)
    expect(() => parseReport(JSON.stringify(report))).toThrow(message)
  })

  test('a report written before overrides existed (no field) is still read', () => {
    const report = JSON.parse(written(fx.blockedResult()))
    delete report.override
    expect(resultFromReport(parseReport(JSON.stringify(report))).override).toBeUndefined()
  })
})
