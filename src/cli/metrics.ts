/**
 * `model-gate metrics FILE|DIR [--format F] [--json]`: lists every metric a file (or an MLflow
 * run directory) yields, so a user can see what names to gate on.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { GateError } from '../core/errors.js'
import type { Metric } from '../core/types.js'
import { logSafe } from '../gate/log-text.js'
import { FORMAT_NAMES, listDirectory, readMetricsPath } from '../metrics/formats/index.js'
import { workspaceSource } from '../sources/workspace.js'

export const METRICS_USAGE = `Usage: model-gate metrics FILE|DIR [--format F] [--json]

Lists every metric FILE (or an MLflow run directory) yields: name, value, and n/stderr when known.

Options:
  --format F   read as this format instead of detecting it (${FORMAT_NAMES.join(', ')})
  --json       print {"format": ..., "metrics": {name: {value, n?, stderr?}}}
  -C DIR       paths are relative to DIR`

export interface MetricsCommandIO {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Runs the metrics command on its own arguments (after `metrics`); resolves to the exit status. */
export async function metricsCommand(argv: string[], io: MetricsCommandIO): Promise<number> {
  let values
  let positionals
  try {
    ;({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        json: { type: 'boolean' },
        C: { type: 'string', short: 'C' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (err) {
    io.stderr(`model-gate metrics: ${(err as Error).message}\n${METRICS_USAGE}\n`)
    return 2
  }
  if (values.help) {
    io.stdout(METRICS_USAGE + '\n')
    return 0
  }
  if (positionals.length !== 1) {
    io.stderr(`model-gate metrics: expected one FILE or DIR, got ${positionals.length}\n${METRICS_USAGE}\n`)
    return 2
  }
  const root = resolve(io.cwd, values.C ?? '.')
  const path = positionals[0] as string
  const source = workspaceSource(root)
  try {
    const read = await readMetricsPath(
      path,
      { read: (p) => source.read(p, 'metrics'), list: (dir) => listDirectory(root, dir) },
      { format: values.format },
    )
    if (!read) {
      io.stderr(`model-gate metrics: ${logSafe(path)}: no such file or directory (relative to ${root})\n`)
      return 2
    }
    if (values.json) {
      const metrics: Record<string, Metric> = Object.create(null) as Record<string, Metric>
      for (const [name, metric] of read.metrics) metrics[name] = jsonMetric(metric)
      io.stdout(
        JSON.stringify({ format: read.format, ...(read.provenance ? { provenance: read.provenance } : {}), metrics }, jsonNumbers, 2) +
          '\n',
      )
    } else io.stdout(logSafe(table(read.format, read.metrics, read.provenance?.description)))
    return 0
  } catch (err) {
    io.stderr(`model-gate metrics: ${logSafe(err instanceof GateError ? err.message : (err as Error).message)}\n`)
    return 2
  }
}

function jsonMetric(metric: Metric): Metric {
  const out: Metric = { value: metric.value }
  if (metric.n !== undefined) out.n = metric.n
  if (metric.stderr !== undefined) out.stderr = metric.stderr
  if (metric.ci !== undefined) out.ci = metric.ci
  if (metric.unit !== undefined) out.unit = metric.unit
  if (metric.better !== undefined) out.better = metric.better
  return out
}

/** NaN and ±Infinity have no JSON form: printed as the strings Python's json module would write. */
function jsonNumbers(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity'
  return value
}

function table(format: string, metrics: Map<string, Metric>, description: string | undefined): string {
  const rows = [...metrics].map(([name, m]) => [
    visible(name),
    m.value === null ? '(no value)' : visible(String(m.value)),
    m.n === undefined ? '' : String(m.n),
    m.stderr === undefined ? '' : String(m.stderr),
    m.better ?? '',
  ])
  const header = ['metric', 'value', 'n', 'stderr', 'better']
  const used = header.map((_, i) => i < 2 || rows.some((r) => r[i] !== ''))
  const all = [header, ...rows].map((r) => r.filter((_, i) => used[i]))
  const widths = (all[0] as string[]).map((_, i) => Math.max(...all.map((r) => (r[i] as string).length)))
  const lines = all.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd(),
  )
  const title = `${metrics.size} ${metrics.size === 1 ? 'metric' : 'metrics'} (format: ${format}${description ? `; ${description}` : ''})`
  return [title, ...lines].join('\n') + '\n'
}

/** A cell on one line: control and line-separator characters shown as `\uXXXX`, so a name cannot forge table lines. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
