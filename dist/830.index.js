export const id = 830;
export const ids = [830];
export const modules = {

/***/ 2830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordDecision: () => (/* binding */ recordDecision),
  recordHistory: () => (/* binding */ recordHistory),
  trendHistory: () => (/* binding */ trendHistory)
});

// EXTERNAL MODULE: ./src/core/history/entry.ts
var entry = __webpack_require__(4908);
// EXTERNAL MODULE: ./src/github/contents.ts
var contents = __webpack_require__(3113);
// EXTERNAL MODULE: ./src/github/http-error.ts
var http_error = __webpack_require__(232);
;// CONCATENATED MODULE: ./src/github/history.ts
/**
 * The history file on the data branch, through the REST API only (no git checkout): read it for
 * the trend, append merged runs to it.
 *
 * The data branch is created on first use as an ORPHAN branch (git data API: a tree holding only
 * the history file, a parentless commit, a ref), not from the default branch's head: it then
 * carries no workflows (a push to it runs nothing), no code, and its log is the history alone.
 */




/** Read–modify–write attempts before giving up on a busy history file. */
const DEFAULT_ATTEMPTS = 5;
function where(loc) {
    return `${loc.path} on branch ${loc.branch} of ${loc.owner}/${loc.repo}`;
}
function withDefaults(loc) {
    return { owner: loc.owner, repo: loc.repo, branch: loc.branch ?? entry/* DEFAULT_HISTORY_BRANCH */.Gt, path: loc.path ?? entry/* DEFAULT_HISTORY_PATH */.BA };
}
function decodeBase64(content) {
    return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
}
/** The file's text and blob SHA, or undefined on a 404 (no branch, or no file on it). */
async function getFile(client, loc) {
    try {
        const { data } = await client.rest.repos.getContent({ owner: loc.owner, repo: loc.repo, path: loc.path, ref: loc.branch });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${where(loc)} is not a file.`);
        const file = data;
        if (file.encoding === 'base64' && typeof file.content === 'string')
            return { text: decodeBase64(file.content), sha: file.sha };
        // Over 1 MB the JSON form carries no content: read the raw media type (the SHA is the one above).
        const text = await (0,contents/* readRepoFile */.v)(client, { owner: loc.owner, repo: loc.repo, path: loc.path, ref: loc.branch });
        return text === undefined ? undefined : { text, sha: file.sha };
    }
    catch (error) {
        if ((0,http_error/* httpStatus */.n)(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * The history for the trend. No branch or no file: no history (empty, no warning). Bad lines are
 * skipped with a warning each. Throws on other API failures (the caller shows the comment
 * without a trend and logs the message).
 */
async function readHistory(client, location, options = {}) {
    const loc = withDefaults(location);
    let file;
    try {
        file = await getFile(client, loc);
    }
    catch (error) {
        throw new Error(`Could not read the history ${where(loc)}: ${(0,http_error/* errorMessage */.g)(error)}`, { cause: error });
    }
    if (!file)
        return { entries: [], warnings: [] };
    const parsed = (0,entry/* parseHistory */.i6)(file.text, { file: loc.path, ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}) });
    return { entries: parsed.entries, warnings: parsed.warnings.map((w) => w.message), sha: file.sha };
}
async function branchExists(client, loc) {
    try {
        await client.rest.git.getRef({ owner: loc.owner, repo: loc.repo, ref: `heads/${loc.branch}` });
        return true;
    }
    catch (error) {
        if ((0,http_error/* httpStatus */.n)(error) === 404)
            return false;
        throw error;
    }
}
/** Creates the orphan data branch holding `text` as its only file; false if someone created it first. */
async function createBranch(client, loc, text, message) {
    const { owner, repo } = loc;
    const tree = await client.rest.git.createTree({ owner, repo, tree: [{ path: loc.path, mode: '100644', type: 'blob', content: text }] });
    const commit = await client.rest.git.createCommit({ owner, repo, message, tree: tree.data.sha, parents: [] });
    try {
        await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${loc.branch}`, sha: commit.data.sha });
        return commit.data.sha;
    }
    catch (error) {
        if ((0,http_error/* httpStatus */.n)(error) === 422)
            return undefined;
        throw error;
    }
}
/**
 * Appends `entries` to the history file on the data branch: GET the file (text and SHA), append,
 * trim to `keep` per model and `maxBytes`, PUT it back with the SHA read. A 409/422 (another
 * writer got there first: the SHA is stale) re-reads and retries, up to `attempts` times. The
 * first write creates the orphan branch. Never throws.
 */
async function appendHistory(client, options) {
    const loc = withDefaults(options);
    const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
    const models = [...new Set(options.entries.map((e) => e.model))].join(', ');
    const message = options.message ?? `model-gate: record ${options.entries[0]?.sha.slice(0, 7) ?? ''} (${models})`;
    let attempt = 0;
    try {
        while (attempt < attempts) {
            attempt++;
            const current = await getFile(client, loc);
            const next = (0,entry/* appendEntries */.PI)(current?.text ?? '', options.entries, {
                keep: options.keep ?? entry/* DEFAULT_KEEP */.oK,
                maxBytes: options.maxBytes ?? entry/* DEFAULT_MAX_BYTES */.fS,
                file: loc.path,
            });
            const warnings = next.warnings.map((w) => w.message);
            if (next.duplicates === options.entries.length)
                return { status: 'unchanged', attempts: attempt, warnings };
            if (!current && !(await branchExists(client, loc))) {
                const commitSha = await createBranch(client, loc, next.text, message);
                if (commitSha)
                    return { status: 'written', commitSha, created: true, attempts: attempt, dropped: next.dropped, warnings };
                continue;
            }
            try {
                const { data } = await client.rest.repos.createOrUpdateFileContents({
                    owner: loc.owner,
                    repo: loc.repo,
                    path: loc.path,
                    branch: loc.branch,
                    message,
                    content: Buffer.from(next.text, 'utf8').toString('base64'),
                    ...(current ? { sha: current.sha } : {}),
                });
                return { status: 'written', commitSha: data.commit.sha ?? '', created: false, attempts: attempt, dropped: next.dropped, warnings };
            }
            catch (error) {
                const status = (0,http_error/* httpStatus */.n)(error);
                if (status === 409 || status === 422 || status === 404)
                    continue;
                throw error;
            }
        }
        return {
            status: 'failed',
            attempts,
            warning: `The history ${where(loc)} was not updated: it changed under every one of ${attempts} attempts (concurrent writers). This run is not recorded.`,
        };
    }
    catch (error) {
        if ((0,http_error/* httpStatus */.n)(error) === 403) {
            return {
                status: 'skipped',
                attempts: attempt,
                warning: `The run was not recorded in the history ${where(loc)}: the token may not write (${(0,http_error/* errorMessage */.g)(error)}). Give the workflow \`permissions: contents: write\` on push to record merged runs.`,
            };
        }
        return { status: 'failed', attempts: attempt, warning: `The run was not recorded in the history ${where(loc)}: ${(0,http_error/* errorMessage */.g)(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/action/history.ts
/**
 * The action's use of the history (policy `history:`): on a pull request, read it for the
 * comment's trend; on a push to the default branch or a merge-queue run for it, append the run.
 * Neither ever changes the verdict or fails the step: problems are warnings.
 */


function field(payload, path) {
    return path
        .split('.')
        .reduce((node, key) => (node !== null && typeof node === 'object' ? node[key] : undefined), payload);
}
/**
 * Pure: is this event a merge into the default branch? A `push` whose `ref` is the repository's
 * default branch, or a `merge_group` whose base is; never a pull request run, never in a fork
 * (`repository.fork`), never a branch deletion. Reads the payload only.
 */
function recordDecision(eventName, payload) {
    if (eventName !== 'push' && eventName !== 'merge_group')
        return { record: false };
    const defaultBranch = field(payload, 'repository.default_branch');
    if (field(payload, 'repository.fork') === true)
        return { record: false, reason: 'this repository is a fork' };
    if (typeof defaultBranch !== 'string' || defaultBranch === '') {
        return { record: false, reason: `the \`${eventName}\` event payload does not name the default branch (\`repository.default_branch\`)` };
    }
    const ref = eventName === 'push' ? field(payload, 'ref') : field(payload, 'merge_group.base_ref');
    if (ref !== `refs/heads/${defaultBranch}`) {
        return {
            record: false,
            reason: `${eventName === 'push' ? 'the push is to' : 'the merge queue is for'} \`${String(ref)}\`, not the default branch \`${defaultBranch}\``,
        };
    }
    if (eventName === 'push' && field(payload, 'deleted') === true)
        return { record: false, reason: 'the push deletes the branch' };
    return { record: true, branch: defaultBranch };
}
/**
 * Appends one entry per evaluated model of a merged run to the history (policy `history:`):
 * nothing without a `history:` section, outside a merge into the default branch, or without a
 * token (a warning). The outcome is logged; a read-only token or a busy file is a warning.
 */
async function recordHistory(opts) {
    const settings = opts.result.policy?.history;
    if (!settings)
        return;
    const decision = recordDecision(opts.ctx.event, opts.payload);
    if (!decision.record) {
        if (decision.reason)
            opts.log.info(`model-gate history: this run is not recorded: ${decision.reason}.`);
        return;
    }
    if (!opts.client) {
        opts.log.warning('model-gate history: no `github-token`, so this merged run was not recorded in the history.');
        return;
    }
    const policies = opts.result.policy?.models ?? [];
    const record = opts.result.override?.overridden ? opts.result.override.record : null;
    const override = record ? { by: record.by, ...(record.reason ? { reason: record.reason } : {}) } : undefined;
    const entries = (0,entry/* buildEntries */.Be)(opts.result, {
        time: opts.now.toISOString(),
        sha: opts.ctx.headSha,
        policies,
        ...(override ? { override } : {}),
    });
    if (entries.length === 0)
        return;
    const outcome = await appendHistory(opts.client, {
        owner: opts.ctx.owner,
        repo: opts.ctx.repo,
        branch: settings.branch,
        path: settings.path,
        keep: settings.keep,
        entries,
    });
    const where = `${settings.path} on branch ${settings.branch}`;
    switch (outcome.status) {
        case 'written':
            for (const warning of outcome.warnings)
                opts.log.warning(`model-gate history: ${warning}`);
            opts.log.info(`model-gate history: recorded ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} for ${opts.ctx.headSha.slice(0, 7)} in ${where}` +
                `${outcome.created ? ' (branch created)' : ''}, commit ${outcome.commitSha.slice(0, 7)}` +
                `${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}${outcome.dropped > 0 ? `; ${outcome.dropped} old entr${outcome.dropped === 1 ? 'y' : 'ies'} dropped` : ''}.`);
            return;
        case 'unchanged':
            for (const warning of outcome.warnings)
                opts.log.warning(`model-gate history: ${warning}`);
            opts.log.info(`model-gate history: ${opts.ctx.headSha.slice(0, 7)} is already recorded in ${where}; nothing to add.`);
            return;
        default:
            opts.log.warning(`model-gate history: ${outcome.warning}`);
    }
}
/**
 * The history for a pull request's trend: undefined outside a pull request, without a
 * `history:` section or a token, or when it cannot be read (a warning: the comment is then
 * written without a trend). Bad lines are warnings; the rest is used.
 */
async function trendHistory(opts) {
    const { settings, client } = opts;
    if (!settings || !client || opts.ctx.prNumber === undefined)
        return undefined;
    try {
        const read = await readHistory(client, { owner: opts.ctx.owner, repo: opts.ctx.repo, branch: settings.branch, path: settings.path });
        for (const warning of read.warnings)
            opts.log.warning(`model-gate history: ${warning}`);
        return { entries: read.entries, trend: settings.trend };
    }
    catch (error) {
        opts.log.warning(`model-gate history: ${error instanceof Error ? error.message : String(error)}; the comment shows no trend.`);
        return undefined;
    }
}


/***/ })

};
