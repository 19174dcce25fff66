// The minimal hand-written action model-gate is compared with (issue 13): reads the policy and the
// baseline metrics at the base commit through the contents API, the candidate metrics from the
// checkout, compares one metric, lists the PR's comments and posts one. Bundled with ncc at bench
// time (bench/run.mjs), the same way scripts/package.mjs bundles the real action.
import * as core from '@actions/core'
import { context, getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'

const octokit = getOctokit(core.getInput('github-token'))
const { owner, repo } = context.repo
const pr = context.payload.pull_request
const read = async (path) => {
  const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: pr.base.sha, mediaType: { format: 'raw' } })
  return typeof data === 'string' ? data : Buffer.from(data).toString('utf8')
}
const policy = await read(core.getInput('policy'))
const metricsFile = /file:\s*(\S+)/.exec(policy)[1]
const baseline = JSON.parse(await read(metricsFile))
const candidate = JSON.parse(readFileSync(metricsFile, 'utf8'))
const blocked = candidate.accuracy < baseline.accuracy * 0.99
const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 100 })
const body = `accuracy ${baseline.accuracy} → ${candidate.accuracy}: ${blocked ? 'blocked' : 'approved'} (${comments.length} comments before)`
await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body })
core.setOutput('verdict', blocked ? 'blocked' : 'approved')
if (blocked) core.setFailed('accuracy regressed')
