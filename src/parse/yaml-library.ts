/**
 * The `yaml` library, loaded on first use. Most documents take the fast path (yaml-fast.ts) and
 * never need it, and loading it at start-up took about 10 ms on Node 24 (issue 13). A bundle
 * (dist/index.js, dist/cli/index.js) carries it as a file of its own beside the entry, `yaml.cjs`,
 * written by scripts/package.mjs and read synchronously when a document needs the library; run from
 * the sources (tests, type checks), it is the package in node_modules.
 */
import type * as Yaml from 'yaml'

let library: typeof Yaml | undefined

export function yamlLibrary(): typeof Yaml {
  return (library ??= loadLibrary())
}

function loadLibrary(): typeof Yaml {
  const load = process.getBuiltinModule('node:module').createRequire(import.meta.url)
  return (import.meta.url.endsWith('.ts') ? load('yaml') : load('./yaml.cjs')) as typeof Yaml
}
