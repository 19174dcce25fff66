// The large case's floor: what any gate on it must do, with a hand-written minimum of logic. It
// reads the policy text and both metric files (the baseline through `git show`), makes one check
// object per rule application (the report's 22 fields, a one-line message) and writes the report
// indented as model-gate does. Run in the large case's repository by bench/run.mjs (case `large`):
// its time bounds from below what the CLI can take there (bench/PROFILE.md, phase 5).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const [reportPath, rulesArg] = process.argv.slice(2)
const rules = Number(rulesArg)
const policy = readFileSync('.github/model-gate.yml', 'utf8')
const candidate = JSON.parse(readFileSync('eval/metrics.json', 'utf8')).slices
const git = execFileSync('git', ['show', 'HEAD:eval/metrics.json'], { encoding: 'utf8', maxBuffer: 1 << 28 })
const baseline = JSON.parse(git).slices

const check = (metric, value, base, ok) => ({
  id: `threshold:${metric}:min`,
  kind: 'threshold',
  metric,
  status: ok ? 'pass' : 'fail',
  severity: 'block',
  candidate: value,
  baseline: base,
  ruleKey: 'min',
  rule: 'at least 0.8',
  limit: 0.8,
  worsening: null,
  message: ok ? `${value} meets the floor 0.8` : `${value} is below the floor 0.8`,
  fix: null,
  note: null,
  field: null,
  gate: metric,
  location: { file: '.github/model-gate.yml', line: 9, column: 3 },
  model: 'default',
  statistics: null,
  unit: null,
  description: null,
  fairness: null,
})

// every slice's recall (the wildcard gate), then other metrics up to the number of rule applications
const checks = []
const slices = Object.entries(candidate)
for (const [slice, m] of slices) checks.push(check(`slices.${slice}.recall`, m.recall, baseline[slice]?.recall ?? null, m.recall >= 0.8))
for (const [slice, m] of slices) {
  for (const [name, value] of Object.entries(m)) {
    if (name === 'recall' || checks.length >= rules) continue
    checks.push(check(`slices.${slice}.${name}`, value, baseline[slice]?.[name] ?? null, name === 'fpr' ? value <= 0.05 : value >= 0.8))
  }
}
const failed = checks.filter((c) => c.status === 'fail').length
writeFileSync(reportPath, `${JSON.stringify({ version: 1, verdict: 'blocked', policyBytes: policy.length, failed, checks }, null, 2)}\n`)
