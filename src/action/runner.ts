/**
 * The part of @actions/core the action uses (inputs, outputs, annotations, the job summary), with
 * the same file and stdout formats, written out here because importing @actions/core loads its
 * OIDC client and with it @actions/http-client and undici (about a third of the bundle) at start-up
 * (issue 13). Each function mirrors the @actions/core 3.x one of the same name;
 * __tests__/action/runner.test.ts compares their output with @actions/core's.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, writeFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { EOL } from 'node:os'

/** Where an annotation points (@actions/core's AnnotationProperties). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

const escapeData = (s: unknown): string => toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: unknown): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::command key=value,…::message` on stdout; properties without a value are left out. */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const shown = Object.entries(properties).filter(([, value]) => value)
  const props = shown.length ? ` ${shown.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}` : ''
  process.stdout.write(`::${command}${props}::${escapeData(message)}${EOL}`)
}

function commandProperties(p: AnnotationProperties): Record<string, unknown> {
  if (!Object.keys(p).length) return {}
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
}

/** An input (`INPUT_<NAME>`, spaces as `_`), trimmed; '' when not set. */
export function getInput(name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? value : value.trim()
}

/** A step output: a `name<<delimiter` block in GITHUB_OUTPUT, else the legacy `::set-output` command. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, toCommandValue(value))
    return
  }
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = toCommandValue(value)
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

/** An error annotation. */
export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(properties), message instanceof Error ? message.toString() : message)
}

/** A warning annotation. */
export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(properties), message instanceof Error ? message.toString() : message)
}

/** A line of the log. */
export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** Fails the step (exit status 1) with an error annotation. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

/** The job summary (GITHUB_STEP_SUMMARY): text is buffered by addRaw and appended by write. */
class Summary {
  private buffer = ''

  addRaw(text: string, addEOL = false): this {
    this.buffer += text
    if (addEOL) this.buffer += EOL
    return this
  }

  async write(options?: { overwrite?: boolean }): Promise<this> {
    const file = process.env.GITHUB_STEP_SUMMARY
    if (!file)
      throw new Error(
        'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
      )
    try {
      await access(file, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`)
    }
    await (options?.overwrite ? writeFile : appendFile)(file, this.buffer, { encoding: 'utf8' })
    this.buffer = ''
    return this
  }
}

export const summary = new Summary()
