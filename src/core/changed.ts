/**
 * `changed_only: true`: which models a pull request touches. A model is touched when a changed
 * file is one of its files (metrics file or directory, baseline file, model card) or matches a
 * glob of its `paths:`. Pure: the list of changed files is read elsewhere.
 */
import type { ModelPolicy } from './types.js'
import { plural } from './words.js'

/** A model `changed_only` did not gate, and why, for the comment and the report. */
export interface SkippedModel {
  model: string
  reason: string
}

/** The files and globs whose change means the model must be gated, in the order they are listed. */
export function modelPaths(model: ModelPolicy): string[] {
  const own = [model.metricsFile, model.baseline.source === 'none' ? undefined : model.baseline.file, model.declarations?.file]
  return [...new Set([...own.filter((p): p is string => p !== undefined), ...(model.paths ?? [])])]
}

/**
 * A glob as a RegExp over `/`-separated repository paths: `**` any number of folders, `*` any
 * characters but `/`, `?` one character but `/`. A pattern without wildcards also matches every
 * file under it (a metrics directory such as an MLflow run).
 */
export function globRegExp(glob: string): RegExp {
  const normal = glob.replace(/^(\.\/)+/, '')
  if (!/[*?]/.test(normal)) return new RegExp(`^${escape(normal.replace(/\/+$/, ''))}(?:/.*)?$`)
  let out = ''
  for (let i = 0; i < normal.length; i++) {
    const ch = normal[i] as string
    if (ch === '*' && normal[i + 1] === '*') {
      const slash = normal[i + 2] === '/'
      out += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (ch === '*') out += '[^/]*'
    else if (ch === '?') out += '[^/]'
    else out += escape(ch)
  }
  return new RegExp(`^${out}$`)
}

function escape(text: string): string {
  return text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&')
}

/** The models the changed files touch, and the others with the reason they are skipped. */
export function selectChanged(
  models: readonly ModelPolicy[],
  changed: readonly string[],
): { gated: ModelPolicy[]; skipped: SkippedModel[] } {
  const gated: ModelPolicy[] = []
  const skipped: SkippedModel[] = []
  for (const model of models) {
    const paths = modelPaths(model)
    const patterns = paths.map(globRegExp)
    if (changed.some((file) => patterns.some((re) => re.test(file)))) gated.push(model)
    else {
      const listed = paths.map((p) => `\`${p}\``).join(', ')
      skipped.push({
        model: model.name,
        reason: `this pull request changes none of its files (${listed}; ${plural(changed.length, 'file')} changed)`,
      })
    }
  }
  return { gated, skipped }
}
