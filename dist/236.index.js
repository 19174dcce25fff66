export const id = 236;
export const ids = [236];
export const modules = {

/***/ 5236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorStep: () => (/* binding */ monitorStep)
});

// UNUSED EXPORTS: isMonitorRun

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/gate/log-text.ts
var log_text = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/history/monitor.ts
var monitor = __webpack_require__(7954);
// EXTERNAL MODULE: ./src/core/metric-path.ts
var metric_path = __webpack_require__(8255);
// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
// EXTERNAL MODULE: ./src/declarations/parse.ts
var parse = __webpack_require__(4154);
// EXTERNAL MODULE: ./src/parse/json.ts
var json = __webpack_require__(1017);
// EXTERNAL MODULE: ./src/parse/yaml.ts + 1 modules
var yaml = __webpack_require__(2636);
// EXTERNAL MODULE: ./src/metrics/flatten.ts
var flatten = __webpack_require__(8655);
;// CONCATENATED MODULE: ./src/metrics/parse.ts



/**
 * Parses metrics text by the file's extension (.json → JSON with NaN/Infinity, .yaml/.yml →
 * YAML; otherwise a leading `{` means JSON) and flattens it. Throws GateError on bad input.
 */
function parseMetrics(text, file) {
    const data = looksLikeJson(text, file) ? (0,json/* parseJsonText */.lk)(text, file, { mappings: 'map' }) : (0,yaml/* parseYaml */.hN)(text, file, { mappings: 'map' }).value;
    return (0,flatten/* flattenMetrics */.g)(data, file);
}
function looksLikeJson(text, file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return true;
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return false;
    return text.trimStart().startsWith('{');
}

// EXTERNAL MODULE: ./src/policy/load.ts + 7 modules
var load = __webpack_require__(4916);
// EXTERNAL MODULE: ./src/gate/run.ts + 19 modules
var run = __webpack_require__(7917);
;// CONCATENATED MODULE: ./src/gate/monitor.ts
/**
 * The monitoring run (`on: schedule`, or the input `monitor: true`): gates the checked-out default
 * branch itself instead of a change. Per model: the declarations (the review date against
 * `monitoring.review_warning_days`, and every other blocking declaration problem) and, with
 * `monitoring.file`, the production metrics against the gates' floors and ceilings.
 */








/** Reviews are the review findings' business: the declaration check of the same field is not repeated. */
const REVIEW_FIELD = 'ownership.review.next_review_due';
function problemFindings(problems) {
    return problems.map((p) => ({
        severity: 'fail',
        message: p.message,
        fix: p.fix ?? 'Correct the file on the default branch.',
        file: p.file,
        ...(p.line !== undefined ? { line: p.line } : {}),
    }));
}
/** The line of a dot path in the declarations file (read again: the checks do not carry the document). */
async function lineOf(workspace, file, path) {
    const text = await workspace.read(file, 'declarations');
    return text === undefined ? undefined : (0,parse/* parseDeclarations */.d)(text, file).lineOf(path);
}
/** The declarations of the model on the default branch: review date, then the other blocking problems. */
async function declarationFindings(model, opts, warningDays) {
    if (!model.declarations)
        return { owners: [], findings: [] };
    let result;
    try {
        result = await (0,run/* readDeclarations */.m)(model, new Map(), {
            policyPath: opts.policyPath,
            policySource: 'workspace',
            workspace: opts.workspace,
            now: opts.now,
        });
    }
    catch (error) {
        if (error instanceof errors/* GateError */.u)
            return { owners: [], findings: problemFindings(error.problems) };
        throw error;
    }
    const review = (0,monitor/* reviewFindings */.FV)(result.summary, opts.now.toISOString(), warningDays);
    const reviewLine = review.length > 0 ? await lineOf(opts.workspace, model.declarations.file, REVIEW_FIELD) : undefined;
    const others = result.checks
        .filter((check) => (0,verdict/* blocksMerge */.DH)(check) && check.field !== REVIEW_FIELD)
        .map((check) => ({
        severity: 'fail',
        message: check.message,
        fix: check.fix ?? `Correct ${check.location?.file ?? model.declarations.file}.`,
        ...(check.location ? { file: check.location.file, ...(check.location.line !== undefined ? { line: check.location.line } : {}) } : {}),
    }));
    return {
        owners: result.summary?.owners ?? [],
        findings: [...review.map((finding) => (reviewLine !== undefined ? { ...finding, line: reviewLine } : finding)), ...others],
    };
}
/** The model's production metrics: the whole file in a single-model policy, the model's own key in a multi-model one. */
function metricsOf(all, model, multiModel) {
    if (!multiModel)
        return all;
    const own = new Map();
    for (const [name, metric] of all) {
        const [first, ...rest] = (0,metric_path/* splitPath */.Uf)(name);
        if (first === model && rest.length > 0)
            own.set((0,metric_path/* joinPath */.uJ)(rest), metric);
    }
    return own;
}
async function productionOf(policy, opts) {
    const file = policy.monitoring?.file;
    if (!file)
        return { findings: [] };
    try {
        const text = await opts.workspace.read(file, 'metrics');
        if (text === undefined) {
            return {
                findings: [
                    {
                        severity: 'warn',
                        file,
                        message: `The production metrics file \`${file}\` (\`monitoring.file\`) does not exist on the default branch, so production was not checked.`,
                        fix: `Check the scheduled job that exports the production metrics: it should write ${file} before model-gate runs.`,
                    },
                ],
            };
        }
        return { metrics: parseMetrics(text, file), findings: [] };
    }
    catch (error) {
        if (error instanceof errors/* GateError */.u)
            return { findings: problemFindings(error.problems) };
        throw error;
    }
}
/**
 * Monitors every selected model of the policy read from the workspace (the default branch is the
 * trusted copy). Throws a GateError when the policy itself cannot be read: there is then nothing
 * to monitor, and the step fails.
 */
async function runMonitor(opts) {
    let text;
    try {
        text = await opts.workspace.read(opts.policyPath, 'policy');
    }
    catch (error) {
        throw error instanceof errors/* GateError */.u
            ? error
            : new errors/* GateError */.u({ file: opts.policyPath, message: error instanceof Error ? error.message : String(error) });
    }
    if (text === undefined) {
        throw new errors/* GateError */.u({
            file: opts.policyPath,
            message: `No policy file at ${opts.policyPath} on the default branch.`,
            fix: 'Add the policy file (see the README), or point the `policy` input at it.',
        });
    }
    const policy = (0,load/* parsePolicy */.ON)(text, opts.policyPath);
    const selected = opts.model ? policy.models.filter((model) => model.name === opts.model) : policy.models;
    if (selected.length === 0) {
        throw new errors/* GateError */.u({
            file: opts.policyPath,
            message: `The \`model\` input names "${opts.model}", which the policy does not define (it defines: ${policy.models.map((m) => m.name).join(', ')}).`,
            fix: 'Use one of the model names under `models:` in the policy, or leave `model` empty to monitor them all.',
        });
    }
    const warningDays = policy.monitoring?.reviewWarningDays ?? monitor/* DEFAULT_REVIEW_WARNING_DAYS */.Yo;
    const production = await productionOf(policy, opts);
    const models = [];
    for (const model of selected) {
        const declarations = await declarationFindings(model, opts, warningDays);
        const live = production.metrics
            ? (0,monitor/* productionFindings */.GW)(metricsOf(production.metrics, model.name, policy.multiModel), model.gates, policy.monitoring.file)
            : [];
        models.push({ model: model.name, owners: declarations.owners, findings: [...declarations.findings, ...production.findings, ...live] });
    }
    return { policy, models };
}

// EXTERNAL MODULE: ./src/github/identity.ts
var github_identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/http-error.ts
var http_error = __webpack_require__(232);
;// CONCATENATED MODULE: ./src/github/monitor-issue.ts

const MONITOR_LABEL = 'model-gate';
async function findIssue(client, options) {
    const issues = (await client.paginate(client.rest.issues.listForRepo, {
        owner: options.owner,
        repo: options.repo,
        state: 'open',
        labels: options.label ?? MONITOR_LABEL,
        per_page: 100,
    }));
    return issues.find((issue) => issue.pull_request === undefined &&
        (issue.body ?? '').startsWith(options.marker) &&
        (options.identity === undefined || issue.user?.login === options.identity));
}
/**
 * Opens, updates or closes the model's monitoring issue: `issue` set opens it (or updates the open
 * one), unset closes an open one with a comment. A 403 (no `issues: write`) becomes a warning;
 * assignees GitHub refuses (422: not collaborators) are mentioned in the body instead.
 */
async function syncMonitorIssue(client, options) {
    const { owner, repo, issue } = options;
    try {
        const existing = await findIssue(client, options);
        if (!issue) {
            if (!existing)
                return { action: 'none' };
            await client.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: options.resolved });
            await client.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
            return { action: 'closed', number: existing.number };
        }
        const write = async (assignees, unassignable) => {
            if (existing) {
                await client.rest.issues.update({
                    owner,
                    repo,
                    issue_number: existing.number,
                    title: issue.title,
                    body: issue.body(unassignable),
                    assignees,
                });
                return existing.number;
            }
            const { data } = await client.rest.issues.create({
                owner,
                repo,
                title: issue.title,
                body: issue.body(unassignable),
                assignees,
                labels: [options.label ?? MONITOR_LABEL],
            });
            return data.number;
        };
        const action = existing ? 'updated' : 'opened';
        const users = issue.assignees;
        try {
            return { action, number: await write(users, []) };
        }
        catch (error) {
            if ((0,http_error/* httpStatus */.n)(error) !== 422 || users.length === 0)
                throw error;
            const number = await write([], users);
            return {
                action,
                number,
                warning: `Could not assign ${users.map((u) => `@${u}`).join(', ')} to the monitoring issue (${(0,http_error/* errorMessage */.g)(error)}): they are mentioned instead.`,
            };
        }
    }
    catch (error) {
        return {
            action: 'skipped',
            warning: `The monitoring issue for ${options.model} was not updated: ${(0,http_error/* errorMessage */.g)(error)}${(0,http_error/* httpStatus */.n)(error) === 403 ? ' (give the workflow `permissions: issues: write`)' : ''}`,
        };
    }
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/monitor-issue.ts
/**
 * The monitoring issue a scheduled run opens when a shipped model needs attention (an overdue
 * review, a production metric past its gate): its hidden marker, title and body, and the comment
 * that closes it. Pure text building; src/github/monitor-issue.ts does the API calls.
 */

const USER = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})$/;
const TEAM = /^@?([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;
/** Owners split into assignable user logins, `org/team` slugs (mentioned only), and the rest. */
function splitOwners(owners) {
    const users = new Set();
    const teams = new Set();
    const invalid = [];
    for (const raw of owners) {
        const owner = raw.trim();
        const user = USER.exec(owner);
        const team = TEAM.exec(owner);
        if (user)
            users.add(user[1]);
        else if (team)
            teams.add(`${team[1]}/${team[2]}`);
        else
            invalid.push(owner);
    }
    return { users: [...users], teams: [...teams], invalid };
}
/** The hidden marker the next run finds the issue by (model names percent-encoded). */
function monitorMarker(model) {
    return `<!-- model-gate monitor=${encodeURIComponent(model).replace(/[!'()*-]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)} -->`;
}
function monitorIssueTitle(model, problems) {
    const failing = problems.some((p) => (p.severity ?? 'fail') === 'fail');
    const name = model === 'default' ? 'the model' : `model ${model.replace(/[\r\n\u0000-\u001f]/g, ' ').slice(0, 100)}`;
    return `model-gate: ${name} needs ${failing ? 'attention' : 'a review soon'}`;
}
/** Each problem as a list item (failing or due soon, where), with its fix below it. */
function problemLines(problems) {
    const lines = [];
    for (const problem of problems) {
        const where = problem.file ? ` (${(0,render_escape/* code */.aY)(`${problem.file}${problem.line ? `:${problem.line}` : ''}`)})` : '';
        const tag = (problem.severity ?? 'fail') === 'fail' ? '**Failing**' : 'Due soon';
        lines.push(`- ${tag}: ${(0,render_escape/* prose */.CS)(problem.message)}${where}`);
        if (problem.fix)
            lines.push(`  - Fix: ${(0,render_escape/* prose */.CS)(problem.fix)}`);
    }
    return lines;
}
/** The issue body: marker, who it is for, each problem with its fix, and when it was checked. */
function monitorIssueBody(input) {
    const { users, teams, invalid } = splitOwners(input.owners);
    const unassignable = new Set(input.unassignable ?? []);
    const mentions = [...users.map((u) => `@${u}`), ...teams.map((t) => `@${t}`)];
    const who = mentions.length > 0
        ? `For the declared owners: ${mentions.join(', ')}.${teams.length > 0 ? ' Teams are mentioned, not assigned.' : ''}`
        : 'The model declares no owner that can be notified: add `ownership.owners` to its declarations.';
    const lines = [
        monitorMarker(input.model),
        `## ${(0,render_escape/* inline */.mG)(input.model === 'default' ? 'The model' : input.model)}: ${input.problems.length} problem${input.problems.length === 1 ? '' : 's'} found after launch`,
        '',
        who,
        ...(unassignable.size > 0
            ? ['', `Could not assign ${[...unassignable].map((u) => `@${u}`).join(', ')} (not collaborators of this repository).`]
            : []),
        ...(invalid.length > 0 ? ['', `Not valid GitHub handles, so not notified: ${invalid.map((h) => (0,render_escape/* inline */.mG)(h)).join(', ')}.`] : []),
        '',
        '### What is wrong, and how to fix it',
        '',
    ];
    lines.push(...problemLines(input.problems));
    lines.push('', `Checked ${input.checkedAt}${input.runUrl ? ` by [this run](${encodeURI(input.runUrl)})` : ''}. model-gate updates this issue on every scheduled run and closes it once all is well.`, '');
    return lines.join('\n');
}
/** The marker, the issue (title, body, logins to assign) when there are problems, and the closing comment. */
function monitorIssueContent(input) {
    return {
        marker: monitorMarker(input.model),
        ...(input.problems.length > 0
            ? {
                issue: {
                    title: monitorIssueTitle(input.model, input.problems),
                    body: (unassignable) => monitorIssueBody({ ...input, ...(unassignable.length > 0 ? { unassignable } : {}) }),
                    assignees: splitOwners(input.owners).users,
                },
            }
            : {}),
        resolved: monitorResolvedComment(input.model, input.checkedAt, input.runUrl),
    };
}
/** The comment that closes the issue. */
function monitorResolvedComment(model, checkedAt, runUrl) {
    const name = model === 'default' ? 'The model' : (0,render_escape/* inline */.mG)(model);
    return `${name} passes its monitoring checks again (checked ${checkedAt}${runUrl ? ` by [this run](${encodeURI(runUrl)})` : ''}). Closing.`;
}
/** The job summary of a monitoring run: the verdict line, then each model's problems and its issue. */
function monitorSummary(models, checkedAt) {
    const failing = models.flatMap((m) => m.problems).filter((p) => (p.severity ?? 'fail') === 'fail').length;
    const warnings = models.flatMap((m) => m.problems).length - failing;
    const heading = failing > 0
        ? `## ❌ model-gate monitoring: ${failing} failing problem${failing === 1 ? '' : 's'}${warnings ? `, ${warnings} due soon` : ''}`
        : warnings > 0
            ? `## ⚠️ model-gate monitoring: ${warnings} problem${warnings === 1 ? '' : 's'} due soon`
            : '## ✅ model-gate monitoring: all is well';
    const blocks = [heading];
    const several = models.length > 1;
    for (const m of models) {
        const lines = [];
        if (several || m.model !== 'default')
            lines.push(`### model ${(0,render_escape/* code */.aY)(m.model)}`, '');
        lines.push(...(m.problems.length > 0
            ? problemLines(m.problems)
            : ['Nothing to report: the review date and the production metrics are in order.']));
        if (m.issueUrl)
            lines.push('', `Monitoring issue: <${encodeURI(m.issueUrl)}>`);
        if (m.issueWarning)
            lines.push('', (0,render_escape/* prose */.CS)(m.issueWarning));
        blocks.push(lines.join('\n'));
    }
    blocks.push(`Checked ${checkedAt} on the default branch.`);
    return `${blocks.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/sources/workspace.ts
var workspace = __webpack_require__(7899);
// EXTERNAL MODULE: ./src/action/publish.ts
var publish = __webpack_require__(4001);
;// CONCATENATED MODULE: ./src/action/monitor.ts
/**
 * The action's monitoring run (`on: schedule`, or the input `monitor: true`): monitor the
 * checked-out default branch (src/gate/monitor.ts), open, update or close one issue per model,
 * write the job summary and annotations, and fail the step when something fails.
 */









function annotate(model, finding) {
    const log = finding.severity === 'fail' ? runner.error : runner.warning;
    log(`${finding.message} Fix: ${finding.fix}`, {
        title: `model-gate monitoring${model === 'default' ? '' : `: ${model}`}`,
        file: finding.file,
        startLine: finding.file ? finding.line : undefined,
    });
}
/** Runs the monitoring step; throws (GateError) only when the policy cannot be read. */
async function monitorStep(step) {
    const { ctx, client } = step;
    const run = await runMonitor({
        policyPath: step.inputs.policyPath,
        workspace: (0,workspace/* workspaceSource */.$)(step.root, ctx.headSha),
        now: step.now,
        ...(step.inputs.model ? { model: step.inputs.model } : {}),
    });
    const checkedAt = step.now.toISOString();
    const identity = client ? await (0,github_identity/* tokenIdentity */.sX)(client, step.inputs.token).catch(() => undefined) : undefined;
    const summary = [];
    for (const model of run.models) {
        for (const finding of model.findings)
            annotate(model.model, finding);
        const entry = { model: model.model, problems: model.findings };
        if (!client) {
            if (model.findings.length > 0)
                entry.issueWarning = 'No `github-token`: the monitoring issue was not written.';
        }
        else {
            const content = monitorIssueContent({
                model: model.model,
                problems: model.findings,
                owners: model.owners,
                checkedAt,
                ...(step.runUrl ? { runUrl: step.runUrl } : {}),
            });
            const issue = await syncMonitorIssue(client, {
                owner: ctx.owner,
                repo: ctx.repo,
                model: model.model,
                ...content,
                ...(identity ? { identity } : {}),
            });
            const url = `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${ctx.owner}/${ctx.repo}/issues/`;
            if (issue.action === 'skipped')
                entry.issueWarning = issue.warning;
            else if (issue.action !== 'none') {
                if (issue.action !== 'closed')
                    entry.issueUrl = `${url}${issue.number}`;
                if (issue.warning)
                    runner.warning(issue.warning);
                runner.info((0,log_text/* logSafe */.s)(`Monitoring issue ${issue.action} for ${model.model}: ${url}${issue.number}`));
            }
        }
        if (entry.issueWarning)
            runner.warning(entry.issueWarning);
        summary.push(entry);
    }
    await (0,publish/* writeJobSummary */.j)({ blocks: [{ kind: 'text', text: monitorSummary(summary, checkedAt) }] });
    const findings = run.models.flatMap((m) => m.findings);
    const failed = findings.filter((f) => f.severity === 'fail').length;
    const mode = step.inputs.mode ?? run.policy.mode;
    runner.setOutput('verdict', failed > 0 ? 'blocked' : 'approved');
    runner.setOutput('failed', String(failed));
    runner.setOutput('report', '');
    runner.setOutput('comment-url', '');
    const headline = `model-gate monitoring: ${failed} failing problem${failed === 1 ? '' : 's'}, ${findings.length - failed} due soon or to check.`;
    if (failed > 0 && mode === 'enforce')
        runner.setFailed(headline);
    else
        runner.info(mode === 'advisory' && failed > 0 ? `${headline} (advisory: not enforced)` : headline);
}


/***/ })

};
