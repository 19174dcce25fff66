/**
 * The keys of a gate that are not rules but change how its rules are judged: the direction, the
 * severity, whether the metric must be present, and the description. Each is defined once here,
 * with its schema, its default and what a change of it does to the policy.
 */
import { diffMinN, diffStatistics } from '../kpi/policy-diff.js'
import type { Better, GateRule, Severity, StatisticsSettings } from '../types.js'
import type { SettingChange } from './kind.js'

export interface GateSetting<K extends string, V> {
  /** The key in a gate of the policy. */
  readonly key: K
  /** The GateRule field that holds it (the key unless they differ). */
  readonly field: keyof GateRule
  readonly schema: Readonly<Record<string, unknown>>
  readonly default?: V
  /** The README's rules table row, when the setting belongs there. */
  readonly doc?: { readonly written: string; readonly passes: string }
  diff(from: V, to: V): SettingChange | undefined
}

function changed<V>(key: string, from: V, to: V, effect: SettingChange['effect']): SettingChange {
  return { effect, words: `${key} changed from ${String(from)} to ${String(to)}` }
}

export const BETTER: GateSetting<'better', Better> = {
  key: 'better',
  field: 'better',
  schema: {
    enum: ['higher', 'lower'],
    default: 'higher',
    description: 'Which direction of change is an improvement.',
    examples: ['higher', 'lower'],
  },
  default: 'higher',
  diff: (from, to) => (from === to ? undefined : changed('better', from, to, 'changes')),
}

export const SEVERITY: GateSetting<'severity', Severity> = {
  key: 'severity',
  field: 'severity',
  schema: {
    enum: ['block', 'warn'],
    default: 'block',
    description: 'block: a failure stops the merge; warn: shown, never blocks.',
    examples: ['block', 'warn'],
  },
  default: 'block',
  doc: { written: '`severity: warn`', passes: 'a failure is shown as a warning and never blocks' },
  diff: (from, to) => (from === to ? undefined : changed('severity', from, to, to === 'block' ? 'tightens' : 'loosens')),
}

export const REQUIRED: GateSetting<'required', boolean> = {
  key: 'required',
  field: 'required',
  schema: {
    type: 'boolean',
    default: true,
    description: 'false: a missing metric is skipped instead of failing.',
    examples: [true, false],
  },
  default: true,
  doc: { written: '`required: false`', passes: 'a missing metric is skipped instead of failing' },
  diff: (from, to) => (from === to ? undefined : changed('required', from, to, to ? 'tightens' : 'loosens')),
}

export const DESCRIPTION: GateSetting<'description', string | undefined> = {
  key: 'description',
  field: 'description',
  schema: {
    type: 'string',
    description: 'What the metric means, in words a reviewer understands.',
    examples: ['Share of fraudulent transactions caught'],
  },
  diff: () => undefined,
}

export const STATISTICS: GateSetting<'statistics', StatisticsSettings | undefined> = {
  key: 'statistics',
  field: 'statistics',
  schema: {
    $ref: '#/definitions/statistics',
    description: 'Decide baseline rules on an interval of the change at this confidence instead of its point value; `false` turns it off.',
    examples: [{ confidence: 0.95, inconclusive: 'warn' }, false],
  },
  diff: diffStatistics,
}

export const MIN_N: GateSetting<'min_n', number | undefined> = {
  key: 'min_n',
  field: 'minN',
  schema: {
    type: 'integer',
    minimum: 1,
    description: 'On a wildcard gate: a metric whose `n` is below this is skipped with a note (too few examples to judge).',
    examples: [100],
  },
  diff: diffMinN,
}
