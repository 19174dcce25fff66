// A child process serving the fake GitHub API (__tests__/helpers/fake-github.ts, transpiled by
// bench/run.mjs into FAKE_MODULE) on loopback, so the bench's synchronous child runs do not block
// it. Controlled over IPC: `start` (re)starts it with a scenario and answers its URL; `requests`
// answers what the last run asked for.
import { pathToFileURL } from 'node:url'

const { startFakeGitHub } = await import(pathToFileURL(process.env.FAKE_MODULE).href)
let fake

/**
 * `count` comments by a few people, oldest first, of `bodyChars` characters (a number, or a list
 * of sizes taken in turn).
 */
function addComments(owner, repo, pr, count, bodyChars) {
  const people = ['alice', 'bob', 'carol', 'dependabot[bot]']
  const sizes = Array.isArray(bodyChars) ? bodyChars : [bodyChars]
  for (let i = 0; i < count; i++) {
    const chars = sizes[i % sizes.length]
    const head = `Comment ${i + 1}: looks fine to me, but please re-run the eval on the holdout set. `
    fake.addComment(owner, repo, pr, {
      login: people[i % people.length],
      body: head.repeat(Math.ceil(chars / head.length)).slice(0, chars),
    })
  }
}

process.on('message', async (message) => {
  try {
    if (message.type === 'start') {
      const s = message.scenario
      if (fake) await fake.close()
      fake = await startFakeGitHub({ latencyMs: s.latencyMs })
      fake.setFiles(s.owner, s.repo, s.baseSha, s.files)
      addComments(s.owner, s.repo, s.pr, s.comments, s.bodyChars)
      process.send({ type: 'started', url: fake.url })
    } else if (message.type === 'requests') {
      process.send({
        type: 'requests',
        requests: fake.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, status: r.status, at: r.at })),
      })
    } else if (message.type === 'stop') {
      if (fake) await fake.close()
      process.disconnect()
    }
  } catch (error) {
    process.send({ type: 'error', message: String(error?.stack ?? error) })
  }
})
process.send({ type: 'ready' })
