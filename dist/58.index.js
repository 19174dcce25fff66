export const id = 58;
export const ids = [58];
export const modules = {

/***/ 1058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decideRunOverride: () => (/* binding */ decideRunOverride),
  gateName: () => (/* binding */ gateName),
  headline: () => (/* binding */ headline),
  logOverride: () => (/* binding */ logOverride),
  publishOversight: () => (/* binding */ publishOversight),
  waivedKeys: () => (/* binding */ waivedKeys)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/core/override.ts
var override = __webpack_require__(3479);
// EXTERNAL MODULE: ./src/gate/log-text.ts
var log_text = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/github/http-error.ts
var http_error = __webpack_require__(232);
;// CONCATENATED MODULE: ./src/github/check-run.ts

/** GitHub's limit for a check run's output summary and text, in characters. */
const CHECK_OUTPUT_LIMIT = 65_535;
/** Annotations per create or update request. */
const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub keeps this many annotations per check run at most; further ones are dropped with a warning. */
const MAX_ANNOTATIONS = 1000;
const TITLE_LIMIT = 1000;
const SHORTENED = "\n\n_Shortened to fit the check run's size limit; the full result is in the job summary and the JSON report._";
/** Cuts Markdown to `limit` characters at a line break, with a note that it was shortened. */
function fitCheckOutput(text, limit = CHECK_OUTPUT_LIMIT) {
    if (text.length <= limit)
        return text;
    const room = limit - SHORTENED.length;
    const cut = text.lastIndexOf('\n', room);
    return `${text.slice(0, cut > room / 2 ? cut : room)}${SHORTENED}`;
}
/**
 * Creates the gate's check run on the head commit, completed with the conclusion, the output and
 * the annotations: the first 50 with the create, the rest 50 at a time in PATCH updates (GitHub
 * appends the annotations of each update). Each run creates a new check run rather than updating
 * an earlier one, whose annotations would otherwise be appended to; GitHub shows the latest check
 * run of a name on a commit.
 * Never throws: a refusal (403 for a read-only token, which may not write checks) is a warning.
 */
async function publishCheckRun(client, target) {
    const result = { action: 'none', annotated: 0, warnings: [] };
    const { owner, repo } = target;
    const externalId = `model-gate:${target.name}`;
    const annotations = target.annotations.slice(0, MAX_ANNOTATIONS);
    if (target.annotations.length > MAX_ANNOTATIONS) {
        result.warnings.push(`${target.annotations.length} annotations: only the first ${MAX_ANNOTATIONS} were attached to the check run.`);
    }
    const batches = [];
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
    const output = (batch) => ({
        title: target.title.length > TITLE_LIMIT ? `${target.title.slice(0, TITLE_LIMIT - 1)}…` : target.title,
        summary: fitCheckOutput(target.summary),
        ...(target.text !== undefined ? { text: fitCheckOutput(target.text) } : {}),
        ...(batch ? { annotations: batch } : {}),
    });
    const fields = {
        status: 'completed',
        conclusion: target.conclusion,
        completed_at: new Date().toISOString(),
        external_id: externalId,
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
    };
    let id;
    try {
        const { data } = await client.rest.checks.create({
            owner,
            repo,
            name: target.name,
            head_sha: target.headSha,
            ...fields,
            output: output(batches[0]),
        });
        id = data.id;
        result.action = 'created';
        result.url = data.html_url ?? undefined;
    }
    catch (error) {
        result.warnings.push(`Could not write the check run "${target.name}" (${describe(error)}); the verdict stands.`);
        return result;
    }
    result.id = id;
    result.annotated = batches[0]?.length ?? 0;
    for (const batch of batches.slice(1)) {
        try {
            await client.rest.checks.update({ owner, repo, check_run_id: id, output: output(batch) });
            result.annotated += batch.length;
        }
        catch (error) {
            result.warnings.push(`Could not attach annotations ${result.annotated + 1}–${result.annotated + batch.length} to the check run (${describe(error)}).`);
            break;
        }
    }
    return result;
}
function describe(error) {
    const status = (0,http_error/* httpStatus */.n)(error);
    const hint = status === 403 ? '; the token may not write checks (a read-only token, or `checks: write` missing)' : '';
    return `${status !== undefined ? `${status}: ` : ''}${(0,http_error/* errorMessage */.g)(error)}${hint}`;
}

// EXTERNAL MODULE: ./src/core/override-state.ts
var override_state = __webpack_require__(9379);
// EXTERNAL MODULE: ./src/github/comments.ts
var github_comments = __webpack_require__(6645);
;// CONCATENATED MODULE: ./src/github/override.ts




/**
 * Gathers what decideOverride needs, asking GitHub only what the decision needs: the PR's labels
 * and author (GET /issues/{n}); then, with the label on, the latest `labeled`/`unlabeled` event
 * for it (the issue events, paginated), the actor's standing (team memberships or repository
 * role), and the PR comments (the actor's latest `/model-gate override` comment; the record in
 * our own sticky comment's hidden state). Never throws: an answer GitHub refuses (403/404 from a
 * read-only or fine-grained token without the scope) or any other failure becomes an unknown
 * fact with the reason, which refuses the override with a warning.
 */
async function gatherOverrideFacts(client, query) {
    const { owner, repo, pullNumber, policy } = query;
    const issue = await attempt('the pull request', async () => {
        const { data } = await client.rest.issues.get({ owner, repo, issue_number: pullNumber });
        const labels = (data.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
        return { labels, author: data.user?.login ?? '' };
    });
    if (!issue.known)
        return { labelled: issue };
    const labelled = issue.value.labels.some((name) => sameName(name, policy.label));
    const author = issue.value.author
        ? { known: true, value: issue.value.author }
        : { known: false, why: 'GitHub did not name the author' };
    if (!labelled)
        return { labelled: { known: true, value: false }, author };
    const event = await attempt('the issue events', () => latestLabelEvent(client, query));
    const facts = { labelled: { known: true, value: true }, author, event };
    if (!event.known || event.value?.action !== 'labeled')
        return facts;
    const actor = event.value.actor;
    facts.actor = await actorFacts(client, query, actor);
    const comments = await attempt('the pull request comments', () => client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 }));
    if (!comments.known) {
        facts.reason = comments;
        facts.previous = comments;
        return facts;
    }
    facts.reason = { known: true, value: latestReason(comments.value, actor) };
    const ours = (0,github_comments/* newestOurComment */.Su)(comments.value, query.identity, query.modelKey);
    facts.previous = { known: true, value: ours?.body === undefined ? undefined : (0,override_state/* parseOverrideState */.fb)(ours.body) };
    return facts;
}
async function latestLabelEvent(client, query) {
    const events = (await client.paginate(client.rest.issues.listEvents, {
        owner: query.owner,
        repo: query.repo,
        issue_number: query.pullNumber,
        per_page: 100,
    }));
    let latest;
    events.forEach((event, index) => {
        if (event.event !== 'labeled' && event.event !== 'unlabeled')
            return;
        if (!sameName(event.label?.name ?? '', query.policy.label))
            return;
        const time = Date.parse(event.created_at ?? '');
        if (Number.isNaN(time))
            return;
        const later = !latest || time > latest.time || (time === latest.time && ((event.id ?? 0) > (latest.event.id ?? 0) || index > latest.index));
        if (later)
            latest = { event, time, index };
    });
    if (!latest)
        return undefined;
    const login = latest.event.actor?.login;
    if (!login)
        return undefined;
    return { action: latest.event.event, actor: login, at: latest.event.created_at };
}
async function actorFacts(client, query, actor) {
    const facts = { teams: {} };
    if (query.policy.approvers === undefined) {
        facts.permission = await attempt(`${actor}'s permission`, async () => {
            const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: query.owner, repo: query.repo, username: actor });
            const role = data.role_name || data.permission;
            if (!role)
                throw new Error('GitHub named no role');
            return role;
        });
        return facts;
    }
    const approvers = query.policy.approvers.map(override/* parseApprover */.hy);
    if (approvers.some((a) => a?.kind === 'user' && a.login.toLowerCase() === actor.toLowerCase()))
        return facts;
    for (const approver of approvers) {
        if (approver?.kind !== 'team')
            continue;
        const key = (0,override/* teamKey */.rq)(approver.org, approver.slug);
        const member = await teamMember(client, approver.org, approver.slug, actor);
        facts.teams[key] = member;
        if (member.known && member.value)
            break;
    }
    return facts;
}
/**
 * Whether `user` is an active member of the team. GitHub answers 404 both for "not a member" and
 * for a team the token cannot see, so a 404 is only taken as "not a member" once the team
 * itself is visible (GET /orgs/{org}/teams/{slug}).
 */
async function teamMember(client, org, slug, user) {
    try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: user });
        return { known: true, value: data.state === 'active' };
    }
    catch (error) {
        if ((0,http_error/* httpStatus */.n)(error) !== 404)
            return { known: false, why: refusal(`the membership of @${org}/${slug}`, error) };
    }
    try {
        await client.rest.teams.getByName({ org, team_slug: slug });
        return { known: true, value: false };
    }
    catch (error) {
        return {
            known: false,
            why: `${refusal(`the team @${org}/${slug}`, error)}; the token needs read access to the organisation's teams (members: read)`,
        };
    }
}
/** The actor's latest comment that is the `/model-gate override` command. */
function latestReason(comments, actor) {
    let best;
    let bestTime = -Infinity;
    for (const comment of comments) {
        if (comment.user?.login?.toLowerCase() !== actor.toLowerCase() || typeof comment.body !== 'string')
            continue;
        const text = (0,override/* parseOverrideCommand */.Fu)(comment.body);
        if (text === undefined)
            continue;
        const time = Date.parse(comment.created_at ?? '');
        const at = Number.isNaN(time) ? -1 : time;
        if (!best || at > bestTime || (at === bestTime && comment.id > best.id)) {
            best = { id: comment.id, text, at: comment.created_at ?? '' };
            bestTime = at;
        }
    }
    return best;
}
async function attempt(what, read) {
    try {
        return { known: true, value: await read() };
    }
    catch (error) {
        return { known: false, why: refusal(what, error) };
    }
}
/** Why GitHub did not tell, in words: `reading the issue events failed (403: Resource not accessible by integration)`. */
function refusal(what, error) {
    const status = (0,http_error/* httpStatus */.n)(error);
    const scope = status === 403 || status === 404 ? '; the token may lack the permission' : '';
    return `reading ${what} failed (${status !== undefined ? `${status}: ` : ''}${(0,http_error/* errorMessage */.g)(error)})${scope}`;
}
function sameName(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}

;// CONCATENATED MODULE: ./src/github/review.ts

const REVIEW_MARKER = /^<!-- model-gate-review model=([A-Za-z0-9._%-]*) verdict=(approved|blocked|error) -->(?:\r?\n|$)/;
/** The hidden first line of our reviews: the model key (percent-encoded) and the verdict. */
function reviewMarker(modelKey, verdict) {
    return `<!-- model-gate-review model=${encodeURIComponent(modelKey).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)} verdict=${verdict} -->`;
}
/** The model key and verdict of a review body that starts with our review marker. */
function parseReviewMarker(body) {
    const match = REVIEW_MARKER.exec(body);
    if (!match)
        return undefined;
    try {
        return { model: decodeURIComponent(match[1]), verdict: match[2] };
    }
    catch {
        return undefined;
    }
}
/**
 * The review event for a verdict: REQUEST_CHANGES when an enforced gate blocks or errors,
 * APPROVE when it approves, COMMENT in advisory mode (an advisory gate must not block a merge).
 */
function reviewEventFor(verdict, mode) {
    if (mode === 'advisory')
        return 'COMMENT';
    return verdict === 'approved' ? 'APPROVE' : 'REQUEST_CHANGES';
}
const STATE_OF = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' };
const ACTIVE = new Set(['APPROVED', 'CHANGES_REQUESTED']);
/**
 * Submits the gate's review, keeping at most one active review (approval or change request) of
 * its own: an own active review in the same state is updated in place (no new notification);
 * one in another state is dismissed first (PUT …/reviews/{id}/dismissals). When GitHub refuses
 * an approval (422/403: an Actions token may not approve unless the repository allows it), a
 * COMMENT review is posted instead, with a warning; an approval also supersedes a change request
 * whose dismissal GitHub refused. Own reviews are found by author and marker.
 * Never throws: every failure is a warning and the verdict stands as it is.
 */
async function submitReview(client, target) {
    const result = { action: 'none', dismissed: [], warnings: [] };
    const { owner, repo, pullNumber } = target;
    let ours;
    try {
        const all = (await client.paginate(client.rest.pulls.listReviews, {
            owner,
            repo,
            pull_number: pullNumber,
            per_page: 100,
        }));
        ours = all.filter((r) => r.user?.login === target.identity && parseReviewMarker(r.body ?? '')?.model === target.modelKey);
    }
    catch (error) {
        result.warnings.push(`Could not read the pull request's reviews (${review_describe(error)}); no review was submitted.`);
        return result;
    }
    let event = reviewEventFor(target.verdict, target.mode);
    const body = `${reviewMarker(target.modelKey, target.verdict)}\n${target.body}`;
    const dismissAll = async (keep) => {
        for (const review of ours) {
            if (review.id === keep || !ACTIVE.has(review.state ?? ''))
                continue;
            try {
                await client.rest.pulls.dismissReview({
                    owner,
                    repo,
                    pull_number: pullNumber,
                    review_id: review.id,
                    message: `model-gate: the verdict for ${target.headSha.slice(0, 7)} is ${target.verdict}.`,
                });
                result.dismissed.push(review.id);
            }
            catch (error) {
                result.warnings.push(`Could not dismiss model-gate's earlier review ${review.id} (${review_describe(error)}).`);
                return false;
            }
        }
        return true;
    };
    const sameState = [...ours].reverse().find((r) => r.state === STATE_OF[event]);
    if (event !== 'COMMENT' && sameState) {
        await dismissAll(sameState.id);
        return update(client, target, sameState, body, result);
    }
    // When a dismissal is refused (a protected branch may restrict who dismisses), an approval still
    // supersedes the change request: GitHub counts each reviewer's latest review.
    const dismissedAll = await dismissAll();
    if (event === 'COMMENT') {
        const newest = ours.filter((r) => r.state !== 'DISMISSED').at(-1);
        if (newest?.state === 'COMMENTED' && parseReviewMarker(newest.body ?? '')?.verdict === target.verdict)
            return update(client, target, newest, body, result);
    }
    try {
        const { data } = await client.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: target.headSha, body, event });
        result.action = ACTION_OF[event];
        result.reviewId = data.id;
        return result;
    }
    catch (error) {
        const status = (0,http_error/* httpStatus */.n)(error);
        if (event !== 'APPROVE' || (status !== 422 && status !== 403)) {
            result.warnings.push(`Could not submit model-gate's review (${review_describe(error)}).`);
            return result;
        }
        result.warnings.push(`GitHub refused model-gate's approval (${review_describe(error)}): a workflow token may approve only when the repository allows GitHub Actions to approve pull requests; a comment review was posted instead.`);
        event = 'COMMENT';
    }
    try {
        const { data } = await client.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: target.headSha, body, event });
        result.action = 'commented';
        result.reviewId = data.id;
    }
    catch (error) {
        result.warnings.push(`Could not submit model-gate's comment review either (${review_describe(error)}).`);
    }
    if (!dismissedAll)
        result.warnings.push("model-gate's earlier change request still stands: dismiss it by hand, or let the repository allow GitHub Actions to approve.");
    return result;
}
const ACTION_OF = {
    APPROVE: 'approved',
    REQUEST_CHANGES: 'changes_requested',
    COMMENT: 'commented',
};
async function update(client, target, review, body, result) {
    if (review.body === body) {
        result.reviewId = review.id;
        return result;
    }
    try {
        await client.rest.pulls.updateReview({
            owner: target.owner,
            repo: target.repo,
            pull_number: target.pullNumber,
            review_id: review.id,
            body,
        });
        result.action = 'updated';
        result.reviewId = review.id;
    }
    catch (error) {
        result.warnings.push(`Could not update model-gate's review ${review.id} (${review_describe(error)}).`);
    }
    return result;
}
function review_describe(error) {
    const status = (0,http_error/* httpStatus */.n)(error);
    const hint = status === 403 ? '; the token may not write reviews (a read-only token, or `pull-requests: write` missing)' : '';
    return `${status !== undefined ? `${status}: ` : ''}${(0,http_error/* errorMessage */.g)(error)}${hint}`;
}

// EXTERNAL MODULE: ./src/render/annotations.ts
var annotations = __webpack_require__(6130);
;// CONCATENATED MODULE: ./src/action/oversight.ts
/**
 * Human oversight in the action run (docs/oversight.md): the override decision applied to the
 * gate's result, the pull request review and the check run. Each step reads or writes GitHub
 * through the adapters in src/github and never throws: what GitHub refuses is a warning, and the
 * verdict is only ever changed by an override that counts.
 */








/**
 * Gathers the facts and decides the override; undefined when the policy has no `override:` or
 * the run is not for a pull request. Warnings (facts GitHub would not tell) are logged here.
 */
async function decideRunOverride(run) {
    const { judged, ctx, client } = run;
    const policy = judged.policy?.override;
    if (!policy || ctx.prNumber === undefined)
        return undefined;
    const headSha = judged.headSha ?? ctx.headSha;
    const failing = (0,override/* failingChecks */.oe)(judged, judged.policy);
    let facts;
    if (!client)
        facts = { labelled: { known: false, why: 'there is no `github-token`' } };
    else {
        let identity;
        let why = '';
        try {
            identity = await run.identity;
        }
        catch (error) {
            why = (0,http_error/* errorMessage */.g)(error);
        }
        facts = await gatherOverrideFacts(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            pullNumber: ctx.prNumber,
            policy,
            identity: identity ?? '',
            modelKey: judged.modelKey,
        });
        if (identity === undefined && facts.previous?.known)
            facts.previous = { known: false, why: `the token's login is unknown (${why})` };
    }
    const decide = (canRecord) => {
        const outcome = (0,override/* decideOverride */.xQ)({ policy, facts, verdict: judged.verdict, failing, headSha, canRecord });
        return { outcome, result: (0,override/* applyOverride */.T6)(judged, outcome), withoutRecord: () => decide(false) };
    };
    return decide(run.canRecord);
}
/** Logs the override's warnings and, when there is a label, what became of it. */
function logOverride(decided) {
    if (!decided)
        return;
    for (const warning of decided.outcome.warnings)
        runner.warning((0,log_text/* logSafe */.s)(`model-gate override: ${warning}`));
    if (decided.outcome.state !== 'absent')
        runner.info((0,log_text/* logSafe */.s)(`model-gate override (${decided.outcome.state}): ${decided.outcome.explanation}`));
}
/** The `model\u0000id` keys of the checks an override waives now (for annotations). */
function waivedKeys(result) {
    const override = result.override;
    if (!override?.overridden || !override.record)
        return new Set();
    return new Set(override.record.waived.map((w) => (0,annotations/* waivedKey */.K5)(w.model, w.id)));
}
/** The gate's name for its check run and review: `model-gate`, or `model-gate (fraud)` for one model of several. */
function gateName(result) {
    return result.modelKey === 'default' ? 'model-gate' : `model-gate (${result.modelKey})`;
}
/** The heading of the summary without its Markdown: `❌ model-gate: blocked — 1 of 3 checks fails`. */
function headline(summary) {
    const first = summary.split('\n').find((line) => line.trim() !== '') ?? 'model-gate';
    return first.replace(/^#+\s*/, '');
}
/** Submits the review and creates the check run, as the inputs ask; every refusal is a warning. */
async function publishOversight(p) {
    const { result, ctx, client } = p;
    if (!p.review && !p.checkRun)
        return;
    if (!client) {
        runner.warning(`No \`github-token\`: ${[p.review ? 'the review' : '', p.checkRun ? 'the check run' : ''].filter(Boolean).join(' and ')} could not be written; the verdict stands.`);
        return;
    }
    const headSha = result.headSha ?? ctx.headSha;
    const title = headline(p.summary);
    if (p.checkRun) {
        const created = await publishCheckRun(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            headSha,
            name: gateName(result),
            conclusion: (0,annotations/* checkRunConclusion */.b6)(result.verdict, result.mode),
            title,
            summary: p.summary,
            annotations: (0,annotations/* checkAnnotations */.LO)(result, { waived: waivedKeys(result), ...(p.metricLine ? { metricLine: p.metricLine } : {}) }),
            ...(p.runUrl ? { detailsUrl: p.runUrl } : {}),
        });
        for (const warning of created.warnings)
            runner.warning((0,log_text/* logSafe */.s)(warning));
        if (created.action === 'created')
            runner.info((0,log_text/* logSafe */.s)(`Check run "${gateName(result)}" created with ${created.annotated} annotations${created.url ? `: ${created.url}` : ''}`));
    }
    if (p.review) {
        if (ctx.prNumber === undefined) {
            runner.info('`review: true`: this run is not for a pull request, so no review was submitted.');
            return;
        }
        let identity;
        try {
            identity = await (p.identity ?? Promise.reject(new Error('no token identity')));
        }
        catch (error) {
            runner.warning(`Could not tell which user the token is (${(0,http_error/* errorMessage */.g)(error)}): no review was submitted; the verdict stands.`);
            return;
        }
        const link = p.commentUrl ? `Details: ${p.commentUrl}` : p.runUrl ? `Details: ${p.runUrl}` : 'Details are in the job summary.';
        const reviewed = await submitReview(client, {
            owner: ctx.owner,
            repo: ctx.repo,
            pullNumber: ctx.prNumber,
            headSha,
            identity,
            modelKey: result.modelKey,
            verdict: result.verdict,
            mode: result.mode,
            body: `**${title}**\n\n${link}`,
        });
        for (const warning of reviewed.warnings)
            runner.warning((0,log_text/* logSafe */.s)(warning));
        const dismissed = reviewed.dismissed.length ? `; dismissed model-gate's earlier review ${reviewed.dismissed.join(', ')}` : '';
        runner.info(`Review: ${reviewed.action}${dismissed}.`);
    }
}


/***/ })

};
