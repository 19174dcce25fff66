/**
 * Parsed mappings are either null-prototype objects (what JSON Schema validation reads) or Maps
 * (which keep file order even for integer-like keys). Neither lets a `__proto__` or `constructor`
 * key reach Object.prototype; these helpers read both kinds the same way.
 */

export type MappingKind = 'object' | 'map'
export type Mapping = Record<string, unknown> | Map<string, unknown>

export function newMapping(kind: MappingKind): Mapping {
  return kind === 'map' ? new Map<string, unknown>() : (Object.create(null) as Record<string, unknown>)
}

/** Sets an own entry; on a null-prototype object `__proto__` is an ordinary key. */
export function setMapping(mapping: Mapping, key: string, value: unknown): void {
  if (mapping instanceof Map) mapping.set(key, value)
  else Object.defineProperty(mapping, key, { value, enumerable: true, writable: true, configurable: true })
}

/** True for a Map or a non-array object: a YAML/JSON mapping. */
export function isMapping(value: unknown): value is Mapping {
  return value instanceof Map || (typeof value === 'object' && value !== null && !Array.isArray(value))
}

/** An own entry of a mapping (never an inherited one such as `constructor`). */
export function getOwn(mapping: Mapping, key: string): unknown {
  if (mapping instanceof Map) return mapping.get(key)
  return Object.prototype.hasOwnProperty.call(mapping, key) ? mapping[key] : undefined
}

/** True when the mapping has its own entry `key`. */
export function hasOwn(mapping: Mapping, key: string): boolean {
  return mapping instanceof Map ? mapping.has(key) : Object.prototype.hasOwnProperty.call(mapping, key)
}
