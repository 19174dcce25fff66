/** Helpers the formats share: the parsed document of a file input, file names, fits. */
import { isMapping, type Mapping } from '../../parse/mapping.js'
import type { Fit, MetricsInput } from './types.js'

/** The input's parsed JSON/YAML mapping, or why there is none (a directory, a syntax error, a list). */
export function mappingOf(input: MetricsInput): { mapping: Mapping } | { why: string } {
  if (input.kind !== 'file') return { why: 'it is a directory, not a file' }
  let doc: unknown
  try {
    doc = input.document()
  } catch (err) {
    return { why: `it is not valid JSON or YAML (${firstLine((err as Error).message)})` }
  }
  if (!isMapping(doc))
    return {
      why: `its top level is ${doc === null || doc === undefined ? 'empty' : Array.isArray(doc) ? 'a list' : `a ${typeof doc}`}, not a mapping`,
    }
  return { mapping: doc }
}

/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
  const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/')
  return parts[parts.length - 1] ?? path
}

/** The folder of a repository path, '' for the root. */
export function dirName(path: string): string {
  const normal = path.replace(/\\/g, '/')
  const i = normal.lastIndexOf('/')
  return i < 0 ? '' : normal.slice(0, i)
}

/** `a/b` joined, with '' meaning the repository root. */
export function joinRepo(dir: string, path: string): string {
  return dir === '' ? path : `${dir.replace(/\/+$/, '')}/${path}`
}

export const FITS: Fit = { fits: true }

export function noFit(why: string): Fit {
  return { fits: false, why }
}

/** The keys of a mapping in order. */
export function keysOf(mapping: Mapping): string[] {
  return mapping instanceof Map ? [...mapping.keys()] : Object.keys(mapping)
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}
