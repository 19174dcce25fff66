/**
 * The shape every rule kind of a gate has. A rule kind is defined once, in its own module, and
 * listed in the registry (`./index.ts`): the policy loader, the evaluation, the policy diff, the
 * JSON Schema test and the README table all read it from there.
 */
import type { Amount, Better } from '../types.js'

/** What a rule found for one metric: passed or not, in words, and the numbers behind it. */
export interface RuleJudgement {
  passed: boolean
  /** What happened, in words: `0.79 is below the floor 0.8`. */
  message: string
  /** The value in the metric's unit the candidate was held to (a floor, a ceiling, b − allowed drop). */
  limit?: number
  /** w: how much worse the candidate is than the baseline (negative: better). */
  worsening?: number
}

/**
 * How a baseline rule bounds the worsening w, for one baseline value: w must stay at most `max`
 * and at least `min`. `strict` means the bound itself fails (against a baseline of 0, "any
 * improvement" is required: w < 0).
 */
export interface WorseningBounds {
  max?: number
  min?: number
  strict?: boolean
}

/** A direction of change of a policy setting, and the change in words (`min lowered from 0.9 to 0.8`). */
export interface SettingChange {
  effect: 'loosens' | 'tightens' | 'changes'
  words: string
}

interface RuleKindBase<K extends string, S> {
  /** The key in a gate of the policy: `min`, `max_regression`, ... */
  readonly key: K
  /** The JSON Schema of the key's value: `schema/policy.schema.json` must hold exactly this. */
  readonly schema: Readonly<Record<string, unknown>>
  /** The README's rules table: the rule as written and when it passes. */
  readonly doc: { readonly written: string; readonly passes: string }
  /** The validated policy value as the rule's spec. */
  read(raw: unknown): S
  /** The rule in words: `at least 0.9`, `may drop at most 0.5%`. */
  words(spec: S, better: Better): string
  /** The spec as written in the policy: `0.9`, `0.5%`. */
  format(spec: S): string
  /** What moving the spec from `from` to `to` does to the policy (undefined: no change). */
  diff(from: S | undefined, to: S | undefined): SettingChange | undefined
}

/** A rule on the candidate's value alone. */
export interface ThresholdKind<K extends string = string, S = unknown> extends RuleKindBase<K, S> {
  readonly scope: 'threshold'
  check(spec: S, c: number): RuleJudgement
  /** The values in the metric's unit the rule names (a floor), so a value is never shown equal to one. */
  references(spec: S): number[]
}

/** A rule on the change against the baseline. */
export interface BaselineKind<K extends string = string, S = unknown> extends RuleKindBase<K, S> {
  readonly scope: 'baseline'
  check(spec: S, c: number, b: number, better: Better): RuleJudgement
  /** The bounds the rule puts on the worsening w for baseline value b: what a statistical decision tests. */
  bounds(spec: S, b: number): WorseningBounds
  /** Extra words for a failing check's reader, e.g. why a too-large gain is suspect. */
  readonly failureNote?: string
}

export type RuleKind<K extends string = string, S = unknown> = ThresholdKind<K, S> | BaselineKind<K, S>

/** The kinds of spec the registry's rules take. */
export type AmountSpec = Amount
