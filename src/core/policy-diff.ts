/**
 * What the PR's copy of the policy changes relative to the base copy (the one that decides), so
 * a reviewer sees which rules a PR loosens or tightens before they apply.
 */
import type { DeclarationSettings, GateRule, ModelPolicy, Policy, PolicyChange } from './types.js'
import { diffLimit } from './rules/common.js'
import { GATE_SETTINGS, RULE_KINDS, type RuleKind, type SettingChange } from './rules/index.js'
import { plural } from './words.js'
import { diffConstants, diffFairness, diffKpis, type NamedChange } from './kpi/policy-diff.js'

type Effect = PolicyChange['effect']

/** The changes from `base` to `head`: mode, then per model its settings and its gates. */
export function diffPolicies(base: Policy, head: Policy): PolicyChange[] {
  const changes: PolicyChange[] = []
  if (base.mode !== head.mode) {
    const effect = head.mode === 'advisory' ? 'loosens' : 'tightens'
    const words = `changed from ${base.mode} to ${head.mode}`
    changes.push(change('mode', 'mode', base.mode, head.mode, effect, words))
  }
  const multi = base.multiModel || head.multiModel
  const headModels = new Map(head.models.map((m) => [m.name, m]))
  const baseNames = new Set(base.models.map((m) => m.name))
  for (const model of base.models) {
    const next = headModels.get(model.name)
    if (next === undefined) {
      const words = 'model removed; its gates no longer apply'
      changes.push(change(model.name, 'model', model.name, undefined, 'loosens', words))
    } else {
      const prefix = multi ? `${model.name}/` : ''
      changes.push(...diffSettings(prefix, model, next), ...diffGates(prefix, model.gates, next.gates))
      const named = [
        ...diffConstants(prefix, model.constants, next.constants),
        ...diffKpis(prefix, model.kpis ?? [], next.kpis ?? [], (target, a, b) => diffGate(target, a, b).map(asNamed)),
        ...diffFairness(prefix, model.fairness ?? [], next.fairness ?? []),
      ]
      changes.push(...named.map((n) => change(n.target, n.field, n.from, n.to, n.change.effect, n.change.words)))
    }
  }
  for (const model of head.models) {
    if (!baseNames.has(model.name)) {
      changes.push(change(model.name, 'model', undefined, model.name, 'tightens', 'model added'))
    }
  }
  return changes
}

function diffSettings(prefix: string, base: ModelPolicy, head: ModelPolicy): PolicyChange[] {
  const changes: PolicyChange[] = []
  const setting = (
    path: string,
    field: string,
    from: unknown,
    to: unknown,
    effect: Effect,
    words = `changed from ${String(from)} to ${String(to)}`,
  ): void => {
    changes.push(change(`${prefix}${path}`, field, from, to, effect, words))
  }

  if (base.metricsFile !== head.metricsFile) {
    setting('metrics.file', 'file', base.metricsFile, head.metricsFile, 'changes')
  }
  if (base.metricsFormat !== head.metricsFormat) {
    setting('metrics.format', 'format', base.metricsFormat ?? 'auto-detected', head.metricsFormat ?? 'auto-detected', 'changes')
  }
  const [bb, hb] = [base.baseline, head.baseline]
  if (bb.source !== hb.source) {
    const effect = hb.source === 'none' ? 'loosens' : bb.source === 'none' ? 'tightens' : 'changes'
    setting('baseline.source', 'source', bb.source, hb.source, effect)
  } else if (bb.source === 'file' && bb.file !== hb.file) {
    setting('baseline.file', 'file', bb.file, hb.file, 'changes')
  }
  if (bb.missing !== hb.missing) {
    const effect = hb.missing === 'warn' ? 'loosens' : 'tightens'
    setting('baseline.missing', 'missing', bb.missing, hb.missing, effect)
  }

  const [bd, hd] = [base.declarations, head.declarations]
  if (bd !== undefined && hd === undefined) {
    setting('declarations', 'declarations', bd.file, undefined, 'loosens', `removed (was ${bd.file})`)
  } else if (bd === undefined && hd !== undefined) {
    setting('declarations', 'declarations', undefined, hd.file, 'tightens', `added (${hd.file})`)
  } else if (bd !== undefined && hd !== undefined) {
    changes.push(...diffDeclarations(prefix, bd, hd))
  }
  return changes
}

/** Declaration settings: fewer requirements, a later review deadline, no CODEOWNERS or extra schema loosen. */
function diffDeclarations(prefix: string, base: DeclarationSettings, head: DeclarationSettings): PolicyChange[] {
  const changes: PolicyChange[] = []
  const setting = (key: string, from: unknown, to: unknown, effect: Effect, words: string): void => {
    changes.push(change(`${prefix}declarations.${key}`, key, from, to, effect, words))
  }
  if (base.file !== head.file) setting('file', base.file, head.file, 'changes', `changed from ${base.file} to ${head.file}`)
  const dropped = base.require.filter((s) => !head.require.includes(s))
  const added = head.require.filter((s) => !base.require.includes(s))
  if (dropped.length > 0) setting('require', dropped, undefined, 'loosens', `no longer requires ${dropped.join(', ')}`)
  if (added.length > 0) setting('require', undefined, added, 'tightens', `now also requires ${added.join(', ')}`)

  const [fromSchema, toSchema] = [base.schema, head.schema]
  if (fromSchema !== undefined && toSchema === undefined) {
    setting('schema', fromSchema, undefined, 'loosens', `removed (was ${fromSchema})`)
  } else if (fromSchema === undefined && toSchema !== undefined) {
    setting('schema', undefined, toSchema, 'tightens', `added (${toSchema})`)
  } else if (fromSchema !== toSchema) {
    setting('schema', fromSchema, toSchema, 'changes', `changed from ${String(fromSchema)} to ${String(toSchema)}`)
  }

  const days = (n: number): string => plural(n, 'day')
  const moved = diffLimit('', base.maxReviewAgeDays, head.maxReviewAgeDays, days, (a, b) => a - b, true)
  if (moved) setting('max_review_age_days', base.maxReviewAgeDays, head.maxReviewAgeDays, moved.effect, moved.words.trimStart())

  const [fromOwners, toOwners] = [base.codeowners === true, head.codeowners === true]
  if (fromOwners !== toOwners) {
    const words = toOwners ? 'owner handles must now appear in CODEOWNERS' : 'owner handles no longer need to appear in CODEOWNERS'
    setting('codeowners', fromOwners, toOwners, toOwners ? 'tightens' : 'loosens', `changed from ${fromOwners} to ${toOwners}: ${words}`)
  }
  return changes
}

function diffGates(prefix: string, base: GateRule[], head: GateRule[]): PolicyChange[] {
  const changes: PolicyChange[] = []
  const headGates = new Map(head.map((g) => [g.pattern, g]))
  const basePatterns = new Set(base.map((g) => g.pattern))
  for (const gate of base) {
    const target = `${prefix}${gate.pattern}`
    const next = headGates.get(gate.pattern)
    if (next === undefined) {
      changes.push(change(target, 'gate', gate.pattern, undefined, 'loosens', 'gate removed'))
    } else {
      changes.push(...diffGate(target, gate, next))
    }
  }
  for (const gate of head) {
    if (!basePatterns.has(gate.pattern)) {
      const target = `${prefix}${gate.pattern}`
      changes.push(change(target, 'gate', undefined, gate.pattern, 'tightens', 'gate added'))
    }
  }
  return changes
}

/** Every rule kind and gate setting of the registry, compared: none can change unseen. */
function diffGate(target: string, base: GateRule, head: GateRule): PolicyChange[] {
  const changes: PolicyChange[] = []
  const push = (field: string, from: unknown, to: unknown, moved: SettingChange | undefined): void => {
    if (moved) changes.push(change(target, field, from, to, moved.effect, moved.words))
  }
  for (const kind of RULE_KINDS as readonly RuleKind[]) {
    const from = (base.rules as Record<string, unknown>)[kind.key]
    const to = (head.rules as Record<string, unknown>)[kind.key]
    const shown = (spec: unknown): unknown => (spec === undefined || typeof spec === 'number' ? spec : kind.format(spec))
    push(kind.key, shown(from), shown(to), kind.diff(from, to))
  }
  for (const setting of GATE_SETTINGS) {
    const from = base[setting.field]
    const to = head[setting.field]
    push(setting.key, from, to, (setting.diff as (a: unknown, b: unknown) => SettingChange | undefined)(from, to))
  }
  return changes
}

function asNamed(c: PolicyChange): NamedChange {
  return { target: c.target, field: c.field, from: c.from, to: c.to, change: { effect: c.effect, words: c.words } }
}

function change(target: string, field: string, from: unknown, to: unknown, effect: Effect, words: string): PolicyChange {
  const entry: PolicyChange = { target, field, effect, words, description: `\`${target}\`: ${words}` }
  if (from !== undefined) entry.from = from
  if (to !== undefined) entry.to = to
  return entry
}
