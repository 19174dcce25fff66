import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { metricLines } from '../../src/action/metric-lines.js'
import type { GateResult } from '../../src/core/types.js'
import * as fx from '../render/fixtures.js'

let root: string
afterEach(() => rmSync(root, { recursive: true, force: true }))

function workspace(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'metric-lines-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

const resultFor = (path: string, source: 'workspace' | 'base' = 'workspace'): GateResult =>
  fx.result([fx.evaluation({ checks: [], candidate: { source, path } })])

describe('metricLines', () => {
  const json =
    '{\n  "accuracy": 0.91,\n  "latency_ms": {\n    "p95": 92\n  },\n  "a.b": {"value": 1, "n": 10},\n  "slices": [\n    {"f1": 0.5}\n  ]\n}\n'

  test.each([
    ['accuracy', 2],
    ['latency_ms.p95', 4],
    ['a\\.b', 6],
    ['slices.0.f1', 8],
    ['missing', undefined],
  ])('JSON: %s is on line %s', async (metric, line) => {
    const find = await metricLines(workspace({ 'eval/metrics.json': json }), resultFor('eval/metrics.json'))
    expect(find('default', metric)).toBe(line)
  })

  test('YAML', async () => {
    const find = await metricLines(workspace({ 'eval/m.yaml': '# eval\naccuracy: 0.9\nlatency:\n  p95: 80\n' }), resultFor('eval/m.yaml'))
    expect([find('default', 'accuracy'), find('default', 'latency.p95')]).toEqual([2, 4])
  })

  test.each([
    ['another format', { 'eval/results.csv': 'metric,value\naccuracy,0.9\n' }, 'eval/results.csv', 'workspace'],
    ['a file that does not parse', { 'eval/metrics.json': '{"accuracy": ' }, 'eval/metrics.json', 'workspace'],
    ['a file that is not there', {}, 'eval/metrics.json', 'workspace'],
    ['a candidate not read from the workspace', { 'eval/metrics.json': json }, 'eval/metrics.json', 'base'],
  ] as const)('no lines for %s, and no error', async (_name, files, path, source) => {
    const find = await metricLines(workspace(files), resultFor(path, source))
    expect(find('default', 'accuracy')).toBeUndefined()
  })
})
