/** The runner's event payload (GITHUB_EVENT_PATH), read once the same way by every entry of the action. */
import { readFile } from 'node:fs/promises'

/** The parsed event payload; `{}` when the runner gives no event file. Throws naming the file when it is unreadable. */
export async function readEventPayload(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const path = env.GITHUB_EVENT_PATH
  if (!path) return {}
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new Error(`Could not read the event payload ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
  }
}
