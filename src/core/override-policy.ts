/**
 * The policy's `override:` section: its JSON Schema fragment and its reading into an
 * OverridePolicy with defaults. Pure. Problems carry the key path, so the policy loader can
 * locate them in the file.
 */
import { parseApprover, type OverridePolicy } from './override.js'

export const DEFAULT_OVERRIDE_LABEL = 'model-gate/override'

/** The JSON Schema of `override:` (draft 2020-12 fragment), for the policy schema. */
export const OVERRIDE_POLICY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    label: { type: 'string', minLength: 1, maxLength: 50, description: 'The label that asks for an override.' },
    approvers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'string',
        pattern: '^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(\\[bot\\])?$|^@[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$',
      },
      description: 'Users or @org/team whose label counts; omitted: anyone with maintain or admin on the repository.',
    },
    require_reason: { type: 'boolean', default: true },
    allow_self: { type: 'boolean', default: false },
  },
} as const

export interface OverridePolicyProblem {
  /** The key path inside the policy, e.g. `['override', 'approvers', 1]`. */
  at: Array<string | number>
  message: string
  fix: string
}

const KEYS = ['label', 'approvers', 'require_reason', 'allow_self']

/**
 * Reads `override:` (the value under the key; `at` is its key path, default `['override']`).
 * Undefined or null: no overrides. Returns the policy with defaults, or the problems.
 */
export function readOverridePolicy(
  raw: unknown,
  at: Array<string | number> = ['override'],
): { policy?: OverridePolicy; problems: OverridePolicyProblem[] } {
  if (raw === undefined || raw === null) return { problems: [] }
  const problems: OverridePolicyProblem[] = []
  const problem = (path: Array<string | number>, message: string, fix: string): void =>
    void problems.push({ at: [...at, ...path], message, fix })
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problem(
      [],
      '`override` must be a mapping.',
      'Write `override:` with `label`, `approvers`, `require_reason` and `allow_self` under it (docs/oversight.md).',
    )
    return { problems }
  }
  const r = raw as Record<string, unknown>
  for (const key of Object.keys(r)) {
    if (!KEYS.includes(key)) problem([key], `\`override.${key}\` is not a setting of \`override\`.`, `Use one of: ${KEYS.join(', ')}.`)
  }
  let label = DEFAULT_OVERRIDE_LABEL
  if (r.label !== undefined) {
    if (typeof r.label !== 'string' || r.label.trim() === '' || r.label.length > 50)
      problem(['label'], '`override.label` must be a label name of 1 to 50 characters.', `Write e.g. \`label: ${DEFAULT_OVERRIDE_LABEL}\`.`)
    else label = r.label.trim()
  }
  let approvers: string[] | undefined
  if (r.approvers !== undefined) {
    if (!Array.isArray(r.approvers) || r.approvers.length === 0) {
      problem(
        ['approvers'],
        '`override.approvers` must be a non-empty list of users and @org/team names.',
        'Write e.g. `approvers: ["@acme/ml-leads", "dana"]`, or remove the key to let maintainers and admins override.',
      )
    } else {
      approvers = []
      r.approvers.forEach((entry, i) => {
        if (typeof entry !== 'string' || !parseApprover(entry)) {
          problem(
            ['approvers', i],
            `\`override.approvers\` entry ${JSON.stringify(entry)} is neither a GitHub login nor an @org/team.`,
            'Write a login (`dana`) or a team as `@org/team-slug`.',
          )
        } else approvers!.push(entry.trim())
      })
    }
  }
  const flag = (key: 'require_reason' | 'allow_self', fallback: boolean): boolean => {
    const value = r[key]
    if (value === undefined) return fallback
    if (typeof value === 'boolean') return value
    problem([key], `\`override.${key}\` must be true or false.`, `Write \`${key}: ${fallback}\`.`)
    return fallback
  }
  const requireReason = flag('require_reason', true)
  const allowSelf = flag('allow_self', false)
  if (problems.length > 0) return { problems }
  return { policy: { label, ...(approvers ? { approvers } : {}), requireReason, allowSelf }, problems }
}
