#!/usr/bin/env node
// Makes sure a Node.js 24 binary (the runtime of `runs.using: node24`) is available to the
// end-to-end tests, installing it from the npm registry into node_modules/.cache once.
// Prints the binary's path.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const prefix = join(root, 'node_modules', '.cache', 'node24')
const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`
const bin = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node')

if (!existsSync(bin)) {
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${pkg}@24`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}
const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()
if (!version.startsWith('v24.')) {
  console.error(`expected Node.js 24 at ${bin}, found ${version}`)
  process.exit(1)
}
console.log(bin)
