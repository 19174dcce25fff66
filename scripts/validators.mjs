#!/usr/bin/env node
// Precompiles the JSON Schema validators (ajv standalone code) into src/generated/, so that no
// schema is compiled at start-up and ajv's compiler is not in the bundles' start-up path.
// `node scripts/validators.mjs` writes the files (scripts/package.mjs runs it before bundling);
// `node scripts/validators.mjs --check` exits 1, naming the stale files, when a generated file
// differs from a fresh generation (__tests__/scripts/validators.test.ts runs the same check).
// Each generated module exports `{ validate, copies }`: `copies` pairs each schema object the code
// refers to (`error.parentSchema` is one of them or inside one) with its JSON pointer in the schema
// file, for src/validators/standalone.ts `schemaOrigins`. ajv writes those objects out as literals;
// the generated module takes them from the schema file it imports instead (the bundles hold that
// file once, as JSON), after checking that each literal equals the object at its pointer.
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneModule from 'ajv/dist/standalone/index.js'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const standaloneCode = standaloneModule.default

/** The ajv options of src/policy/schema.ts (both validators share them but for allErrors). */
const POLICY = { verbose: true, strict: true, strictRequired: false, ownProperties: true }

/**
 * Every generated module: its file, the schema file it is generated from, and its validators
 * (export name, ajv class, options). Options must stay those the validating module documents.
 */
export const VALIDATORS = [
  {
    file: 'src/generated/policy-validators.ts',
    schema: 'schema/policy.schema.json',
    exports: [
      { name: 'policyAllErrors', Ajv, options: { ...POLICY, allErrors: true } },
      { name: 'policyFirstError', Ajv, options: POLICY },
    ],
  },
  {
    file: 'src/generated/declarations-validator.ts',
    schema: 'schema/declarations.schema.json',
    exports: [
      {
        name: 'declarationsValidator',
        Ajv,
        options: { allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ownProperties: true },
      },
    ],
  },
  {
    file: 'src/generated/report-validator.ts',
    schema: 'schema/report.schema.json',
    exports: [
      { name: 'reportValidator', Ajv: Ajv2020, options: { strict: true, allowUnionTypes: true, allErrors: false, ownProperties: true } },
    ],
  },
]

/** ajv's runtime helpers the generated code may require, and the local function standing in for each. */
const RUNTIME = {
  'ajv/dist/runtime/equal': 'equal',
  'ajv/dist/runtime/ucs2length': 'ucs2length',
}

/** JSON pointer of every object inside `root` (first path found), by identity. */
function pointers(root) {
  const found = new Map()
  const walk = (node, pointer) => {
    if (node === null || typeof node !== 'object' || found.has(node)) return
    found.set(node, pointer)
    for (const [key, value] of Object.entries(node)) walk(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  }
  walk(root, '')
  return found
}

/** The property accesses reaching a JSON pointer's object from the root, e.g. `["definitions"]["gate"]`. */
function pointerAccess(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => `[${JSON.stringify(raw.replace(/~1/g, '/').replace(/~0/g, '~'))}]`)
    .join('')
}

/** One validator's standalone code, wrapped so that several live in one module, and the runtime helpers it uses. */
function validatorCode({ name, Ajv: AjvClass, options }, schema, schemaFile) {
  const ajv = new AjvClass({ ...options, code: { source: true, esm: true, lines: true } })
  const validate = ajv.compile(schema)
  let code = standaloneCode(ajv, validate)
  const header = /^"use strict";\s*export const validate = (\w+);\s*export default \1;\s*/.exec(code)
  if (!header) throw new Error(`${schemaFile}: unexpected shape of ajv's standalone code (ajv upgraded?)`)
  code = code.slice(header[0].length)
  const used = new Set()
  code = code.replace(/require\("([^"]+)"\)\.default/g, (whole, module) => {
    const local = RUNTIME[module]
    if (!local) throw new Error(`${schemaFile}: the generated code requires ${module}, which scripts/validators.mjs does not provide`)
    used.add(local)
    return local
  })
  if (/\brequire\(/.test(code)) throw new Error(`${schemaFile}: the generated code still calls require()`)
  // The schema objects ajv embedded (`const schemaN = {...}`), each mapped to its place in the file
  // and taken from the imported file (`file`) instead of a literal copy.
  const places = pointers(schema)
  const copies = []
  for (const value of ajv.scope._values.schema?.values() ?? []) {
    const line = new RegExp(`^const ${value.str} = (.*);$`, 'm')
    const literal = line.exec(code)
    if (!literal) continue
    const pointer = places.get(value.value?.ref)
    if (pointer === undefined) throw new Error(`${schemaFile}: embedded schema ${value.str} is not part of the schema file`)
    if (!isDeepStrictEqual(JSON.parse(literal[1]), value.value.ref))
      throw new Error(`${schemaFile}: embedded schema ${value.str} differs from ${pointer} (ajv internals changed?)`)
    code = code.replace(line, () => `const ${value.str} = file${pointerAccess(pointer)};`)
    copies.push(`[${value.str}, ${JSON.stringify(pointer)}]`)
  }
  const embedded = code.match(/\bconst schema\d+ = /g)?.length ?? 0
  if (embedded !== copies.length)
    throw new Error(`${schemaFile}: ${embedded} embedded schemas, ${copies.length} mapped (ajv internals changed?)`)
  const body = `export const ${name}: GeneratedValidator = (() => {\n${code.trim()}\nreturn { validate: ${header[1]} as unknown as ValidateFunction, copies: [${copies.join(', ')}] }\n})()\n`
  return { body, used }
}

/** The text of one generated module. */
export function generate(entry, root = ROOT) {
  const schema = JSON.parse(readFileSync(join(root, entry.schema), 'utf8'))
  const parts = entry.exports.map((e) => validatorCode(e, schema, entry.schema))
  const used = [...new Set(parts.flatMap((p) => [...p.used]))].sort()
  return [
    '// @ts-nocheck',
    `// Generated by scripts/validators.mjs from ${entry.schema} (ajv standalone code): do not edit.`,
    '// `npm run package` regenerates it; __tests__/scripts/validators.test.ts fails when it is stale.',
    '/* eslint-disable */',
    "import type { ValidateFunction } from 'ajv'",
    `import file from '../../${entry.schema}' with { type: 'json' }`,
    ...(used.length ? [`import { ${used.join(', ')} } from '../validators/standalone.js'`] : []),
    "import type { GeneratedValidator } from '../validators/standalone.js'",
    '',
    ...parts.map((p) => p.body),
  ].join('\n')
}

/** The generated files that differ from a fresh generation (relative paths). */
export function staleFiles(root = ROOT) {
  return VALIDATORS.filter((entry) => {
    let current
    try {
      current = readFileSync(join(root, entry.file), 'utf8')
    } catch {
      return true
    }
    return current !== generate(entry, root)
  }).map((entry) => entry.file)
}

/** Writes every generated module; returns the files written. */
export function writeValidators(root = ROOT) {
  for (const entry of VALIDATORS) writeFileSync(join(root, entry.file), generate(entry, root))
  return VALIDATORS.map((entry) => entry.file)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles()
    if (stale.length) {
      console.error(`stale generated validators: ${stale.join(', ')}; run \`node scripts/validators.mjs\` and commit them`)
      process.exitCode = 1
    }
  } else {
    writeValidators()
  }
}
