export const id = 173;
export const ids = [173];
export const modules = {

/***/ 3173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: SECTIONS, renderCommentDoc, renderSummary, renderSummaryDoc

// EXTERNAL MODULE: ./src/core/check-text.ts
var check_text = __webpack_require__(5539);
// EXTERNAL MODULE: ./src/core/metric-path.ts
var metric_path = __webpack_require__(8255);
;// CONCATENATED MODULE: ./src/render/doc.ts
/**
 * The PR comment and the job summary as data: a list of blocks the renderer builds, that
 * docMarkdown joins into Markdown and the fitter (src/render/truncate.ts) shortens by their kind
 * and priority, never by reading the Markdown back.
 */
/**
 * How much a block matters when the comment must be shortened: lower is kept first. `verdict`
 * (0): the verdict heading; `heading` (1): a section's heading; `lead` (2): what precedes a
 * section's table (the summary line, problems); `failing` (3): a table row that blocks the merge;
 * `rest` (4): everything else.
 */
const PRIORITY = { verdict: 0, heading: 1, lead: 2, failing: 3, rest: 4 };
/** A text block, or undefined for no text (so a section can say nothing). */
function textBlock(text, priority) {
    if (text === undefined || text === '')
        return undefined;
    return priority === undefined ? { kind: 'text', text } : { kind: 'text', text, priority };
}
/** A lines block, or undefined without lines. */
function linesBlock(lines, priority) {
    if (lines.length === 0)
        return undefined;
    return priority === undefined ? { kind: 'lines', lines } : { kind: 'lines', lines, priority };
}
/** The blocks of a section's output; a plain string is one text block of the default priority. */
function blocksOf(output) {
    if (output === undefined)
        return [];
    if (typeof output === 'string')
        return output === '' ? [] : [{ kind: 'text', text: output }];
    if (isBlockList(output))
        return [...output];
    return [output];
}
function isBlockList(output) {
    return Array.isArray(output);
}
/** The Markdown of one block, '' when it shows nothing. */
function blockMarkdown(block) {
    switch (block.kind) {
        case 'text':
            return block.text;
        case 'lines':
            return block.lines.join('\n');
        case 'table':
            return block.rows.length ? [block.header, ...block.rows.map((row) => row.text)].join('\n') : '';
        case 'section':
            return [block.heading, ...block.blocks.map(blockMarkdown)].filter((part) => part !== '').join('\n\n');
    }
}
/** The Markdown of a document: the marker line(s), then the blocks separated by blank lines, ending in a newline. */
function doc_docMarkdown(doc) {
    const body = doc.blocks
        .map(blockMarkdown)
        .filter((part) => part !== '')
        .join('\n\n');
    return `${doc.marker !== undefined ? `${doc.marker}\n` : ''}${body}\n`;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping of repository text (metric names, card values, paths, messages) for GitHub Markdown.
 * The output renders as the literal input in cmark-gfm (tables, autolink, tagfilter on), and
 * cannot break a table row, open HTML or a comment, embed an image or link, ping a user or
 * team, cross-reference an issue, render emoji or math, or forge the model-gate marker.
 */
/** U+2060 WORD JOINER: invisible, and breaks the patterns GitHub links (mentions, refs, URLs). */
const JOINER = '\u2060';
/** Line breaks of every kind (a table row is one line) and other control characters. */
const LINE_BREAKS = /\r\n|[\n\r\u2028\u2029\u0085\u000b\u000c\t]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Markdown characters that can start emphasis, code, links, HTML, tables, strikethrough, math.
 * Angle brackets become entities, so no `<!--` (a marker look-alike) reaches the source at all.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&$]/g;
const ESCAPED = { '<': '&lt;', '>': '&gt;' };
/** One line of plain text: line breaks become spaces, invisible controls a visible U+FFFD. */
function oneLine(text) {
    return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '\ufffd');
}
/** Break what GitHub turns into links or pings even from plain text nodes. */
function breakAutolinks(text) {
    return text
        .replace(/@/g, `@${JOINER}`)
        .replace(/#(?=[\p{L}\p{N}])/gu, `#${JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${JOINER}-`)
        .replace(/:(?=\/\/)/g, `:${JOINER}`)
        .replace(/(www)\./gi, `$1${JOINER}.`)
        .replace(/:(?=[a-z0-9_+-]+:)/gi, `:${JOINER}`);
}
/** A block marker (heading, list item, quote, setext underline) at the start of a line. */
function escapeLineStart(text) {
    const ordered = /^(\s*\d+)([.)])/.exec(text);
    if (ordered)
        return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`;
    return text.replace(/^(\s*)([#+\-=])/, '$1\\$2');
}
/** Text for a line of prose: renders literally wherever it sits in a paragraph or list item. */
function inline(text) {
    const escaped = oneLine(text).replace(MARKDOWN_SPECIAL, (ch) => ESCAPED[ch] ?? `\\${ch}`);
    return breakAutolinks(escapeLineStart(escaped));
}
/** Text for a GFM table cell: as {@link inline}; pipes are escaped so the row keeps its shape. */
function cell(text) {
    return inline(text);
}
/**
 * A code span holding `text` literally, safe inside a table cell and in prose. Ordinary text
 * becomes a backtick span (fenced longer than any backtick run inside); text with `|`, `<` or
 * `>` becomes `<code>` with escaped content, since a pipe inside a backtick span would need a
 * backslash that shows outside tables, and `<!--` must not appear raw in the comment body.
 */
function code(text) {
    const line = oneLine(text);
    if (line === '')
        return '<code></code>';
    if (/[|<>]/.test(line))
        return `<code>${inline(line)}</code>`;
    const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = line.startsWith('`') || line.endsWith('`') || /^ .*[^ ].* $/.test(line) ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** Text inside raw HTML (such as `<summary>`): entity-escaped, on one line, links broken. */
function html(text) {
    const escaped = oneLine(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    return breakAutolinks(escaped);
}
/**
 * Words written by model-gate that quote repository text in backticks (`like this`): each
 * backtick pair becomes a {@link code} span, the text around it is escaped as {@link inline}.
 */
function prose(text) {
    const line = oneLine(text);
    let out = '';
    let last = 0;
    for (const match of line.matchAll(/`([^`]+)`/g)) {
        out += inline(line.slice(last, match.index)) + code(match[1] ?? '');
        last = match.index + match[0].length;
    }
    return out + inline(line.slice(last));
}

// EXTERNAL MODULE: ./src/core/verdict.ts
var verdict = __webpack_require__(9478);
;// CONCATENATED MODULE: ./src/render/rows.ts
const ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    inconclusive: '❔',
    not_evaluated: '➖',
    skip: '⏭️',
};
const STATUS_WORDS = {
    pass: 'passes',
    fail: 'fails',
    warn: 'warning',
    inconclusive: 'inconclusive',
    not_evaluated: 'not evaluated',
    skip: 'skipped',
};
/** Display order: failing first, then inconclusive, warnings, not evaluated, skipped, passing. */
const RANK = { fail: 0, inconclusive: 1, warn: 2, not_evaluated: 3, skip: 4, pass: 5 };
/** The status to show: a failed rule with severity `warn` is a warning, not a failure. */
function shownStatus(check) {
    return check.status === 'fail' && check.severity === 'warn' ? 'warn' : check.status;
}
/** The worst shown status among checks (pass when there are none). */
function worstStatus(checks) {
    let worst = 'pass';
    for (const check of checks) {
        const status = shownStatus(check);
        if (RANK[status] < RANK[worst])
            worst = status;
    }
    return worst;
}
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** The first finite candidate / baseline value among a row's checks. */
function rowValues(row) {
    return {
        candidate: row.checks.find((c) => finite(c.candidate))?.candidate ?? undefined,
        baseline: row.checks.find((c) => finite(c.baseline))?.baseline ?? undefined,
    };
}
/** The checks `wanted` picks, one row per metric (or pattern, or id), failing rows first (stable otherwise). */
function groupRows(checks, wanted) {
    const byName = new Map();
    for (const check of checks) {
        if (!wanted(check))
            continue;
        const name = check.metric ?? check.gate ?? check.id;
        const group = byName.get(name);
        if (group)
            group.push(check);
        else
            byName.set(name, [check]);
    }
    const rows = [];
    for (const [name, group] of byName)
        rows.push({ name, status: worstStatus(group), checks: group });
    return rows.sort((a, b) => RANK[a.status] - RANK[b.status]);
}
/**
 * The rows of a checks array by grouping, computed once per array: the comment, the summary and
 * their sections all ask for the same rows. An array that has grown since is grouped again.
 */
const cache = new WeakMap();
function cachedRows(checks, key, wanted) {
    let entry = cache.get(checks);
    if (entry?.length !== checks.length) {
        entry = { length: checks.length, rows: new Map() };
        cache.set(checks, entry);
    }
    let rows = entry.rows.get(key);
    if (rows === undefined) {
        rows = groupRows(checks, wanted);
        entry.rows.set(key, rows);
    }
    return rows;
}
const KINDS = {
    kpi: (c) => c.kind === 'kpi',
    fairness: (c) => c.kind === 'fairness',
};
/** The checks of one kind (`kpi`, `fairness`), one row per metric or pattern, failing rows first. */
function kindRows(checks, kind) {
    return cachedRows(checks, `kind:${kind}`, KINDS[kind] ?? ((c) => c.kind === kind));
}
/** Threshold and baseline checks, one row per metric, failing rows first (stable otherwise). */
function metricRows(checks) {
    return cachedRows(checks, 'metric', (c) => c.kind === 'threshold' || c.kind === 'baseline');
}

// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/render/declarations.ts
/**
 * The declarations part of the comment: privacy and ownership at a glance (from the evaluation's
 * DeclarationSummary), then every declaration check with its field, line and message, failing first.
 * Card values are repository text: handles go in code spans (no pings), everything else is escaped.
 */







/** Sections in the order the comment names them; others follow in the order they appear. */
const SECTION_ORDER = ['privacy', 'ownership', 'maintenance', 'governance'];
const NOT_DECLARED = '*not declared*';
/** The field a declaration check is about: `ownership.on_call`; the message says what the check found. */
function declarationField(check) {
    return check.field ?? check.metric ?? check.id;
}
/** The section a field belongs to: its first segment. */
function sectionOfField(field) {
    return (0,metric_path/* splitPath */.Uf)(field)[0] ?? field;
}
/** Declaration checks grouped by section, known sections first in their usual order. */
function declarationSections(checks) {
    const bySection = new Map();
    for (const check of checks.filter((c) => c.kind === 'declaration')) {
        const name = sectionOfField(declarationField(check));
        bySection.set(name, [...(bySection.get(name) ?? []), check]);
    }
    const rank = (name) => {
        const known = SECTION_ORDER.indexOf(name);
        return known < 0 ? SECTION_ORDER.length : known;
    };
    return [...bySection]
        .map(([name, group]) => ({ name, status: worstStatus(group), checks: group }))
        .sort((a, b) => rank(a.name) - rank(b.name));
}
/** `ownership ❌ (2 problems, 1 warning)`: a section's status and what is wrong in it. */
function sectionStatus(section) {
    const problems = section.checks.filter((c) => shownStatus(c) === 'fail').length;
    const warnings = section.checks.filter((c) => shownStatus(c) === 'warn').length;
    const counts = [problems ? (0,words/* plural */.LS)(problems, 'problem') : '', warnings ? (0,words/* plural */.LS)(warnings, 'warning') : ''].filter(Boolean).join(', ');
    return `${html(section.name)} ${ICON[section.status]}${counts ? ` (${counts})` : ''}`;
}
/** `MODEL_CARD.md:12`, the place of a check in the card. */
function placeOf(check) {
    const at = check.location;
    if (!at)
        return undefined;
    return at.line !== undefined ? `${at.file}:${at.line}` : at.file;
}
/** The message, the fix and any note (the Line column shows where). */
function messageOf(check) {
    return [check.message, check.fix ? `Fix: ${(0,check_text/* asSentence */.K)(check.fix)}` : '', check.note ?? ''].filter(Boolean).join(' ');
}
function checkRows(checks) {
    return checks
        .filter((c) => c.kind === 'declaration')
        .map((check, i) => ({ check, i }))
        .sort((a, b) => RANK[shownStatus(a.check)] - RANK[shownStatus(b.check)] || a.i - b.i)
        .map(({ check }) => {
        const place = placeOf(check);
        return `| ${ICON[shownStatus(check)]} | ${code(declarationField(check))} | ${place ? code(place) : '—'} | ${prose(messageOf(check))} |`;
    });
}
function listed(values, show = inline) {
    return values.map(show).join(', ');
}
/** An enumeration value in words: `legitimate_interests` → `legitimate interests`, `UK_GDPR` → `UK GDPR`. */
function term(value) {
    return inline(value.replace(/^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?=$|\s)/, (word) => word.replace(/_/g, ' ')));
}
/** `label: value` items of a glance line; a value the reader must have but is absent reads *not declared*. */
function item(label, value, expected) {
    if (value !== undefined && value !== '')
        return `${label}: ${value}`;
    return expected ? `${label}: ${NOT_DECLARED}` : undefined;
}
function privacyLine(s) {
    const personal = s.personalData === true;
    const answer = s.personalData === undefined ? NOT_DECLARED : personal ? '**yes**' : 'no';
    const items = [
        `personal data: ${answer}`,
        item('regulations', listed(s.regulations, term), personal),
        item('legal basis', listed(s.legalBasis, term), personal),
        item('anonymisation', s.anonymisation === undefined ? undefined : term(s.anonymisation), personal),
        item('special categories', listed(s.specialCategories, term), false),
    ];
    return `**Privacy:** ${items.filter(Boolean).join(' · ')}`;
}
function ownershipLine(s) {
    const review = s.nextReview !== undefined || s.lastReviewed === undefined
        ? item('next review', s.nextReview === undefined ? undefined : inline(s.nextReview), true)
        : item('last reviewed', inline(s.lastReviewed), true);
    const items = [
        item('owners', listed(s.owners, code), true),
        item('team', s.team === undefined ? undefined : inline(s.team), false),
        item('on-call', s.onCall === undefined ? undefined : code(s.onCall), true),
        review,
    ];
    return `**Ownership:** ${items.filter(Boolean).join(' · ')}`;
}
function hasPrivacy(s) {
    return (s.personalData !== undefined ||
        s.regulations.length + s.legalBasis.length + s.specialCategories.length > 0 ||
        s.anonymisation !== undefined);
}
function hasOwnership(s) {
    return s.owners.length > 0 || [s.team, s.onCall, s.lastReviewed, s.nextReview].some((v) => v !== undefined);
}
/**
 * The glance: privacy and ownership, each when the card declares it or the policy checks it, as
 * one paragraph with a hard line break (a list here would merge with a list just above it).
 */
function glance(summary, sections) {
    if (!summary)
        return undefined;
    const checked = new Set(sections.map((s) => s.name));
    const lines = [
        hasPrivacy(summary) || checked.has('privacy') ? privacyLine(summary) : undefined,
        hasOwnership(summary) || checked.has('ownership') ? ownershipLine(summary) : undefined,
    ].filter((l) => l !== undefined);
    return lines.length ? lines.join('\\\n') : undefined;
}
/**
 * The declarations blocks: the glance lines, then a details element (open when a declaration
 * blocks) whose summary gives each section's status and whose table lists every check. Each is
 * kept or left out whole when the comment is shortened.
 */
function declarationsBlock(ev) {
    const sections = declarationSections(ev.checks);
    const lines = textBlock(glance(ev.declarations, sections));
    if (sections.length === 0)
        return lines ? [lines] : [];
    const open = ev.checks.some((c) => c.kind === 'declaration' && (0,verdict/* blocksMerge */.DH)(c)) ? ' open' : '';
    const details = [
        `<details${open}><summary>Declarations: ${sections.map(sectionStatus).join(' · ')}</summary>`,
        '',
        '| | Field | Line | Result |',
        '|:-:|---|---|---|',
        ...checkRows(ev.checks),
        '',
        '</details>',
    ].join('\n');
    return [...(lines ? [lines] : []), { kind: 'text', text: details }];
}
/**
 * What the one-line summary says about declarations, one item per section with picked checks:
 * `**ownership** is not declared`, `**ownership.on_call** fails (MODEL_CARD.md:12)`,
 * `**privacy**: 3 declaration problems`.
 */
function declarationSummaryItems(checks, picked) {
    return declarationSections(checks).flatMap((section) => {
        const chosen = section.checks.filter(picked);
        const [only] = chosen;
        if (only === undefined)
            return [];
        const blocking = chosen.every(verdict/* blocksMerge */.DH);
        if (chosen.length > 1) {
            return [`**${inline(section.name)}**: ${chosen.length} declaration ${blocking ? 'problems' : 'warnings'}`];
        }
        const field = declarationField(only);
        if (field === section.name && blocking)
            return [`**${inline(field)}** is not declared`];
        const place = placeOf(only);
        return [`**${inline(field)}** ${blocking ? 'fails' : 'warns'}${place ? ` (${code(place)})` : ''}`];
    });
}
/** The fix for blocking declaration checks: "complete `ownership` in `MODEL_CARD.md`", "correct `ownership.on_call` in …". */
function declarationFix(checks, list) {
    const failing = checks.filter((c) => c.kind === 'declaration' && (0,verdict/* blocksMerge */.DH)(c));
    const [first] = failing;
    if (first === undefined)
        return undefined;
    const fields = new Set(failing.map(declarationField));
    const file = first.location?.file;
    const verb = [...fields].every((f) => sectionOfField(f) === f) ? 'complete' : 'correct';
    return `${verb} ${list(fields)} in ${file ? code(file) : 'the declarations file'}`;
}

;// CONCATENATED MODULE: ./src/render/format.ts
/** Number formatting for the comment: short, but never hiding a difference that matters. */
const MINUS = '\u2212';
const DEFAULT_DIGITS = 4;
const MAX_DIGITS = 12;
/** Thousands separators on a string of digits. */
function group(digits) {
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function trimZeros(fixed) {
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
function exponential(abs, digits) {
    const [mantissa = '', exponent = ''] = abs.toExponential(digits - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '').replace('-', MINUS)}`;
}
/**
 * A metric value: integers in full with thousands separators, other values to `digits`
 * significant digits (default 4) without trailing zeros, exponent form when very large or
 * small; null/undefined as `—`. Negative values use the minus sign U+2212.
 */
function formatNumber(n, digits = DEFAULT_DIGITS) {
    if (n === null || n === undefined)
        return '—';
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '∞' : `${MINUS}∞`;
    if (n === 0)
        return '0';
    const abs = Math.abs(n);
    const sign = n < 0 ? MINUS : '';
    if (abs >= 1e15 || abs < 1e-6)
        return sign + exponential(abs, digits);
    if (Number.isInteger(abs))
        return sign + group(String(abs));
    const magnitude = Math.floor(Math.log10(abs));
    const decimals = Math.min(100, Math.max(0, digits - 1 - magnitude));
    const [whole = '0', fraction] = trimZeros(abs.toFixed(decimals)).split('.');
    return sign + group(whole) + (fraction ? `.${fraction}` : '');
}
/**
 * Several values formatted with one precision, the least (from 4 significant digits up to 12)
 * at which every value that differs from another value or from a `reference` (e.g. a threshold
 * quoted in a rule) also reads differently. 0.89996 next to a threshold 0.9 shows as `0.89996`.
 */
function formatDistinct(values, references = []) {
    const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    const others = [...numbers, ...references.filter(Number.isFinite)];
    for (let digits = DEFAULT_DIGITS; digits < MAX_DIGITS; digits++) {
        const clash = numbers.some((v) => others.some((o) => o !== v && formatNumber(o, digits) === formatNumber(v, digits)));
        if (!clash)
            return values.map((v) => formatNumber(v, digits));
    }
    return values.map((v) => formatNumber(v, MAX_DIGITS));
}
/** A relative change in percent: whole percent from 10%, one decimal below, one digit if tiny. */
function formatPercent(percent) {
    const abs = Math.abs(percent);
    if (abs >= 10)
        return String(Math.round(abs));
    if (abs >= 0.05)
        return trimZeros(abs.toFixed(1));
    return formatNumber(abs, 1);
}
function signed(delta, text) {
    return `${delta > 0 ? '+' : MINUS}${text}`;
}
/**
 * The change from `baseline` to `candidate`: absolute and, when the baseline is non-zero,
 * relative to |baseline|, e.g. `−0.031 (−3.7%)`, `+3 (+3.4%)`; `0` when equal; `—` when
 * either value is absent or not finite.
 */
function formatChange(candidate, baseline) {
    if (typeof candidate !== 'number' || typeof baseline !== 'number')
        return '—';
    if (!Number.isFinite(candidate) || !Number.isFinite(baseline))
        return '—';
    const delta = candidate - baseline;
    if (delta === 0)
        return '0';
    const absolute = signed(delta, formatNumber(Math.abs(delta)).replace(MINUS, ''));
    if (baseline === 0)
        return absolute;
    const percent = (delta / Math.abs(baseline)) * 100;
    return `${absolute} (${signed(delta, formatPercent(percent))}%)`;
}
/** The first 7 characters of a commit SHA; other strings unchanged. */
function shortSha(sha) {
    return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** How far a value moved, unsigned: relative to |baseline| (`3.7%`), absolute when it is 0. */
function formatMovement(candidate, baseline) {
    const delta = Math.abs(candidate - baseline);
    if (baseline === 0)
        return formatNumber(delta);
    return `${formatPercent((delta / Math.abs(baseline)) * 100)}%`;
}

;// CONCATENATED MODULE: ./src/core/marker.ts
/**
 * The hidden marker that opens every model-gate comment and lets the next run find it again:
 * `<!-- model-gate model=<key> head=<sha> -->`. Characters of the model key outside
 * [A-Za-z0-9._-] are percent-encoded (UTF-8), so the key cannot close the comment or add fields.
 */
const MARKER_LINE = /^<!-- model-gate model=([A-Za-z0-9._%-]*)(?: head=([0-9a-f]{4,64}))? -->(?:\r?\n|$)/;
function encodeKey(key) {
    let out = '';
    for (const byte of new TextEncoder().encode(key)) {
        const ch = String.fromCharCode(byte);
        out += /[A-Za-z0-9._-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** The marker line for a model key (a model name, `default` or `all`) and optional head SHA. */
function markerFor(modelKey, headSha) {
    const head = headSha !== undefined && /^[0-9a-f]{4,64}$/i.test(headSha) ? ` head=${headSha.toLowerCase()}` : '';
    return `<!-- model-gate model=${encodeKey(modelKey)}${head} -->`;
}
/**
 * The model key and head SHA of a comment body that STARTS with a model-gate marker line;
 * undefined for any other body (a marker quoted further down does not count).
 */
function parseMarker(body) {
    const match = MARKER_LINE.exec(body);
    if (!match)
        return undefined;
    let model;
    try {
        model = decodeURIComponent(match[1] ?? '');
    }
    catch {
        return undefined;
    }
    return match[2] === undefined ? { model } : { model, head: match[2] };
}

;// CONCATENATED MODULE: ./src/render/sections/override.ts


/** Checks listed by name; the rest are counted (the JSON report lists them all). */
const LISTED = 10;
/** The override section; it renders nothing without an override (GateResult.override). */
const OVERRIDE_SECTION = { id: 'override', render: renderOverride };
function renderOverride({ ev, result }) {
    const override = result.override;
    if (!override)
        return undefined;
    const first = result.evaluations[0] === ev;
    const waived = override.record?.waived.filter((w) => w.model === ev.model) ?? [];
    const fresh = override.newFailures.filter((f) => f.model === ev.model);
    // With several models, the section is shown once, and again only where it names checks.
    if (!first && waived.length === 0 && fresh.length === 0)
        return undefined;
    if (override.state === 'refused' || !override.record)
        return `**Override label ignored:** ${prose(override.explanation)}`;
    return [given(override), ...waivedLines(waived, override), ...newLines(fresh)].join('\n');
}
function given(override) {
    const record = override.record;
    const who = `${inline(record.by)} (${inline(record.authority)}) at ${code(shortSha(record.headSha))}, ${code(record.at)}`;
    const reason = record.reason !== null ? ` — reason: “${inline(record.reason)}”` : '';
    if (override.state === 'exceeded') {
        return `**Override no longer covers this change:** given by ${who}${reason}. Failures it does not cover block the merge until someone allowed to override re-approves (re-applies the label, or comments \`/model-gate override <reason>\` again).`;
    }
    const what = override.overridden ? 'the failing checks below are waived for this change only' : 'no check fails now';
    return `**Overridden** by ${who}${reason}: ${what}. A later push that adds a failure, or makes a waived metric worse, blocks again.`;
}
function value(v) {
    return typeof v === 'number' ? formatNumber(v) : 'no value';
}
function subject(id, metric) {
    return metric !== undefined ? `${code(metric)} (${code(id)})` : code(id);
}
function waivedLines(waived, override) {
    if (!override.overridden || waived.length === 0)
        return [];
    const lines = waived.slice(0, LISTED).map((w) => `- waived: ${subject(w.id, w.metric)} at ${value(w.value)}`);
    if (waived.length > LISTED)
        lines.push(`- … and ${waived.length - LISTED} more waived checks in the JSON report`);
    return lines;
}
function newLines(fresh) {
    const lines = fresh
        .slice(0, LISTED)
        .map((f) => f.why === 'new'
        ? `- ❌ new since the override: ${subject(f.id, f.metric)} fails at ${value(f.value)}`
        : `- ❌ worse since the override: ${subject(f.id, f.metric)} was ${value(f.waivedValue)} when waived, ${value(f.value)} now`);
    if (fresh.length > LISTED)
        lines.push(`- … and ${fresh.length - LISTED} more in the JSON report`);
    return lines;
}

;// CONCATENATED MODULE: ./src/render/skipped.ts

/** Markdown for the skipped models and the run's notes, or undefined when there are none. */
function skippedBlock(result) {
    const lines = [];
    for (const note of result.notes ?? [])
        lines.push(`> [!NOTE]\n> ${prose(note)}`);
    const skipped = result.skipped ?? [];
    if (skipped.length > 0) {
        lines.push(`**Skipped (\`changed_only: true\`):** ${skipped.length} model${skipped.length === 1 ? '' : 's'} not gated.\n` +
            skipped.map((s) => `- ${code(s.model)}: ${prose(s.reason)}`).join('\n'));
    }
    return lines.length ? lines.join('\n\n') : undefined;
}

;// CONCATENATED MODULE: ./src/render/sections/flips.ts


const METHOD_WORDS = {
    delong: 'DeLong',
    bootstrap: 'paired bootstrap',
    normal: 'paired normal',
};
/** "fixes 212, breaks 341 of 20,000 examples". */
function flipsLine(summary) {
    const f = summary.flips;
    if (!f)
        return undefined;
    return `fixes ${formatNumber(f.fixed)}, breaks ${formatNumber(f.broken)} of ${formatNumber(f.total)} ${f.total === 1 ? 'example' : 'examples'}`;
}
/** `[lo, hi]` at a confidence, with the method and p-value: "95% DeLong [−0.031, −0.004], p = 0.012". */
function intervalText(c) {
    const [lo = '—', hi = '—'] = formatDistinct([c.interval[0], c.interval[1]]);
    const p = c.p_value !== undefined ? `, p = ${formatNumber(c.p_value, 2)}` : '';
    return `${formatNumber(c.confidence * 100)}% ${METHOD_WORDS[c.method]} [${lo}, ${hi}]${p}`;
}
function table(summary) {
    const paired = summary.baseline !== undefined;
    const head = paired
        ? ['| Computed | Candidate | Baseline | Change | Paired interval (candidate − baseline) |', '| --- | ---: | ---: | ---: | --- |']
        : ['| Computed | Candidate |', '| --- | ---: |'];
    const rows = Object.entries(summary.candidate).map(([name, c]) => {
        if (!paired)
            return `| ${code(name)} | ${formatNumber(c)} |`;
        const b = summary.baseline?.[name];
        const [ct = '—', bt = '—'] = formatDistinct([c, b]);
        const cmp = summary.comparisons[name];
        return `| ${code(name)} | ${ct} | ${bt} | ${formatChange(c, b)} | ${cmp ? intervalText(cmp) : '—'} |`;
    });
    return [...head, ...rows].join('\n');
}
function brokenIds(summary) {
    const f = summary.flips;
    if (!f || f.brokenIds.length === 0)
        return undefined;
    const shown = f.brokenIds.length < f.broken
        ? `First ${f.brokenIds.length} of ${formatNumber(f.broken)} broken examples`
        : `The ${f.broken === 1 ? 'broken example' : `${formatNumber(f.broken)} broken examples`}`;
    return ['<details>', `<summary>${html(shown)}</summary>`, '', f.brokenIds.map((id) => `- ${code(id)}`).join('\n'), '', '</details>'].join('\n');
}
/** The section's Markdown for one summary. */
function renderPredictions(summary) {
    const source = summary.baselineFile ? `\`${summary.file}\` against the base commit's \`${summary.baselineFile}\`` : `\`${summary.file}\``;
    const flips = flipsLine(summary);
    const lead = `**Predictions** (${prose(source)}, ${formatNumber(summary.rows)} ${summary.rows === 1 ? 'example' : 'examples'}${summary.threshold !== undefined ? `, threshold ${formatNumber(summary.threshold)}` : ''})${flips ? `: ${flips}.` : '.'}`;
    const note = summary.note ? `_${prose(`Not paired: ${summary.note}.`)}_` : undefined;
    return [lead, note, table(summary), brokenIds(summary)].filter((b) => b !== undefined).join('\n\n');
}
/** The `predictions` entry of the comment's SECTIONS registry. */
const flipsSection = {
    id: 'predictions',
    render: ({ ev }) => (ev.predictions ? renderPredictions(ev.predictions) : undefined),
};

// EXTERNAL MODULE: ./src/core/rules/index.ts + 6 modules
var rules = __webpack_require__(6038);
// EXTERNAL MODULE: ./src/core/history/trend.ts
var trend = __webpack_require__(1019);
;// CONCATENATED MODULE: ./src/render/trend.ts

/**
 * Text for a quoted Mermaid string: letters, digits and a few punctuation marks pass, anything
 * else (quotes, brackets, `#` entity starts, `%%` comments, backticks, line breaks) becomes `_`,
 * so no metric name can end the string, the chart, or the Markdown code fence.
 */
function mermaidText(text, maxLength = 60) {
    const safe = text
        .replace(/[^\p{L}\p{N} ._:/+\-=,()]/gu, '_')
        .replace(/\s+/g, ' ')
        .trim();
    const cut = [...safe];
    return cut.length > maxLength ? `${cut.slice(0, maxLength - 1).join('')}…` : safe || '_';
}
/** A number as Mermaid's grammar reads it: plain decimal notation, no exponent. */
function mermaidNumber(value) {
    const rounded = Number(value.toPrecision(6));
    const text = String(rounded);
    if (!/e/i.test(text))
        return text;
    if (Math.abs(rounded) >= 1e21)
        return BigInt(rounded).toString();
    const fixed = rounded.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
    return /^-?0$/.test(fixed) ? '0' : fixed;
}
/** The y-axis range: every value and threshold, padded by 10% of the span (or of |value| when flat). */
function yRange(values) {
    const low = Math.min(...values);
    const high = Math.max(...values);
    const span = high - low;
    const pad = span > 0 ? span * 0.1 : Math.abs(high) > 0 ? Math.abs(high) * 0.05 : 1;
    return [low - pad, high + pad];
}
/** One chart as Mermaid source (no code fence); undefined for a series with no point. */
function trendChart(series) {
    if (series.points.length === 0)
        return undefined;
    const values = series.points.map((point) => point.value);
    const thresholds = [series.min, series.max].filter((limit) => limit !== undefined && Number.isFinite(limit));
    const [low, high] = yRange([...values, ...thresholds]);
    const title = series.unit ? `${series.name} (${series.unit})` : series.name;
    const lines = [
        'xychart-beta',
        `  title "${mermaidText(title)}"`,
        `  x-axis [${series.points.map((point) => `"${mermaidText(point.label, 12)}"`).join(', ')}]`,
        `  y-axis "${mermaidText(series.name, 30)}" ${mermaidNumber(low)} --> ${mermaidNumber(high)}`,
        `  line [${values.map(mermaidNumber).join(', ')}]`,
        ...thresholds.map((limit) => `  line [${values.map(() => mermaidNumber(limit)).join(', ')}]`),
    ];
    return lines.join('\n');
}
/**
 * The collapsed trend section for the comment, with one chart per series that has a merged value
 * (the candidate alone is no trend). Empty string when there is none: the section is left out.
 */
function renderTrendSection(series, options = {}) {
    const charts = series
        .filter((s) => s.points.some((point) => !point.candidate))
        .map(trendChart)
        .filter((chart) => chart !== undefined);
    if (charts.length === 0)
        return '';
    const count = charts.length;
    const summary = options.headline ?? `Trend over the last merges (${count} chart${count === 1 ? '' : 's'})`;
    const blocks = charts.map((chart) => `\`\`\`mermaid\n${chart}\n\`\`\``);
    return [
        '<details>',
        `<summary>${html(summary)}</summary>`,
        '',
        "The line is the value at each merge, the candidate last (`PR`); a flat line is the gate's threshold.",
        '',
        blocks.join('\n\n'),
        '',
        '</details>',
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/core/history/entry.ts
var entry = __webpack_require__(4908);
;// CONCATENATED MODULE: ./src/render/sections/trend.ts




/** Lines of the headline shown before the rest is left to the charts. */
const HEADLINE_ITEMS = 3;
/** Trends by history and evaluation: both sections of one comment compute them once. */
const computed = new WeakMap();
/** The model's trends (computed once for both sections), or undefined without history. */
function trendsOf({ ev, result, ctx }) {
    const history = ctx.history;
    if (!history || history.entries.length === 0)
        return undefined;
    let byEvaluation = computed.get(history);
    if (!byEvaluation)
        computed.set(history, (byEvaluation = new WeakMap()));
    let trends = byEvaluation.get(ev);
    if (!trends) {
        const policy = result.policy?.models.find((model) => model.name === ev.model);
        trends = (0,trend/* commentTrends */.Yu)(history.entries, ev, {
            ...(policy ? { policy } : {}),
            kpis: history.kpis?.[ev.model] ?? (0,entry/* kpisOf */.NJ)(ev),
            ...(history.trend !== undefined ? { trend: history.trend } : {}),
        });
        byEvaluation.set(ev, trends);
    }
    return trends.series.length > 0 ? trends : undefined;
}
/** The most recent merged values any series shows (the window the charts cover). */
function mergedCount(trends) {
    return Math.max(...trends.series.map((series) => series.points.filter((point) => !point.candidate).length));
}
/** `**Trend:** recall: 6th drop in a row, −2.1% over 20 merges · precision: rise, …`, worsening first. */
const trendHeadline = {
    id: 'trend-headline',
    render(input) {
        const trends = trendsOf(input);
        if (!trends || trends.lines.length === 0)
            return undefined;
        const shown = trends.lines.slice(0, HEADLINE_ITEMS).map((line) => inline(line.text));
        const rest = trends.lines.length - shown.length;
        return `**Trend:** ${shown.join(' · ')}${rest > 0 ? ` · and ${rest} more in the charts below` : ''}`;
    },
};
/** The collapsed `<details>` with one Mermaid `xychart-beta` per KPI and blocking metric. */
const trendCharts = {
    id: 'trend',
    render(input) {
        const trends = trendsOf(input);
        if (!trends)
            return undefined;
        const merges = mergedCount(trends);
        const count = trends.series.length;
        const headline = `Trend over the last ${merges} merge${merges === 1 ? '' : 's'} (${count} chart${count === 1 ? '' : 's'})`;
        return renderTrendSection(trends.series, { headline }).trimEnd() || undefined;
    },
};

;// CONCATENATED MODULE: ./src/render/sections/fairness.ts



function ruleItem(check) {
    const status = shownStatus(check);
    const why = status === 'not_evaluated' ? `: ${prose(check.message)}` : '';
    return `${ICON[status]} ${inline(check.rule)} (${STATUS_WORDS[status]}${why})`;
}
function fairnessLine(row) {
    const view = row.checks.find((c) => c.fairness)?.fairness;
    const parts = [];
    if (view?.best && view.worst) {
        parts.push(`best ${code(view.best.slice)} ${formatNumber(view.best.value)}, worst ${code(view.worst.slice)} ${formatNumber(view.worst.value)}, gap ${formatNumber(view.gap)}` +
            (view.ratio !== undefined ? `, ratio ${formatNumber(view.ratio)}` : '') +
            (view.baselineGap !== undefined ? ` (baseline gap ${formatNumber(view.baselineGap)})` : '') +
            ` over ${view.slices.length} slices`);
    }
    else {
        parts.push(`${view?.slices.length ?? 0} slices to compare`);
    }
    const rules = row.checks.map(ruleItem).join('; ');
    const skipped = view?.skipped.length
        ? `\n  ⏭️ left out: ${view.skipped.map((s) => `${code(s.slice)} (${prose(s.note)})`).join(', ')}`
        : '';
    return `- ${ICON[row.status]} ${code(row.name)}: ${parts.join('')}\n  ${rules}${skipped}`;
}
/** The fairness rows of an evaluation, one per pattern, failing first. */
function fairnessRows(checks) {
    return kindRows(checks, 'fairness');
}
const FAIRNESS_SECTION = {
    id: 'fairness',
    render: ({ ev }) => {
        const rows = fairnessRows(ev.checks);
        if (rows.length === 0)
            return undefined;
        return ['**Fairness across slices**', ...rows.map(fairnessLine)].join('\n');
    },
};
/** Summary items for the fairness rules whose checks `picked` selects. */
function fairnessSummaryItems(checks, picked) {
    return fairnessRows(checks).flatMap((row) => {
        const failing = row.checks.filter(picked);
        if (failing.length === 0)
            return [];
        const view = failing[0]?.fairness;
        const worst = view?.worst && view.best
            ? ` (worst ${code(view.worst.slice)} ${formatNumber(view.worst.value)}, best ${code(view.best.slice)} ${formatNumber(view.best.value)})`
            : '';
        return [`fairness of ${code(row.name)}${worst}: ${failing.map((c) => `${inline(c.rule)}`).join('; ')}`];
    });
}

// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/render/statistics.ts


const statistics_MINUS = '\u2212';
/** The unit of a KPI check, when it has a readable one. */
function unitOf(check) {
    if (check.unit === undefined)
        return undefined;
    const parsed = (0,units/* parseUnit */.E8)(check.unit);
    return parsed.ok ? parsed.unit : undefined;
}
function statistics_signed(value, unit) {
    if (unit)
        return (0,units/* formatDeltaInUnit */.Xt)(value, unit);
    if (value === 0)
        return '0';
    return `${value > 0 ? '+' : statistics_MINUS}${formatNumber(Math.abs(value)).replace(statistics_MINUS, '')}`;
}
/**
 * `95% interval of the drop: −0.004 to +0.012 (newcombe)`, for a check that decided on an
 * interval; undefined otherwise. The interval is for the worsening w: positive is worse.
 */
function intervalWords(check, worse) {
    const s = check.statistics;
    if (!s)
        return undefined;
    const unit = unitOf(check);
    const [lo, hi] = s.interval;
    const p = s.p_value !== undefined ? `, p = ${formatNumber(s.p_value, 2)}` : '';
    return `${formatNumber(s.confidence * 100)}% interval of the ${worse}: ${statistics_signed(lo, unit)} to ${statistics_signed(hi, unit)} (${s.method}${p})`;
}
/**
 * The direction word of a check's worsening, from its numbers: w = b − c (higher is better) is a
 * `drop`, w = c − b a `rise`; `worsening` when they cannot tell.
 */
function worseWord(check) {
    const { candidate: c, baseline: b, worsening: w } = check;
    if (typeof c !== 'number' || typeof b !== 'number' || w === undefined || c === b)
        return 'worsening';
    const tolerance = 1e-9 * Math.max(Math.abs(b), Math.abs(c), 1e-300);
    if (Math.abs(w - (b - c)) <= tolerance)
        return 'drop';
    if (Math.abs(w - (c - b)) <= tolerance)
        return 'rise';
    return 'worsening';
}

;// CONCATENATED MODULE: ./src/render/sections/kpis.ts






/** A value in the unit, escaped (a `$` pair would otherwise read as math on GitHub). */
function inUnit(value, unit) {
    if (value === undefined)
        return '—';
    return inline(unit ? (0,units/* formatInUnit */.NH)(value, unit) : formatNumber(value));
}
/** `$212,400 → $198,100 (−$14,300, −6.7%)`, or the one value there is. */
function kpiMovement(row) {
    const { candidate, baseline } = rowValues(row);
    const unit = row.checks.map(unitOf).find((u) => u !== undefined);
    if (candidate === undefined)
        return baseline === undefined ? 'no value' : `${inUnit(baseline, unit)} → no value`;
    if (baseline === undefined)
        return `**${inUnit(candidate, unit)}**`;
    const delta = inline(unit ? (0,units/* formatDeltaInUnit */.Xt)(candidate - baseline, unit) : formatChange(candidate, baseline));
    const relative = unit ? (0,units/* formatRelativeChange */.mj)(candidate, baseline) : undefined;
    const change = candidate === baseline ? 'unchanged' : relative ? `${delta}, ${relative}` : delta;
    return `${inUnit(baseline, unit)} → **${inUnit(candidate, unit)}** (${change})`;
}
/** A KPI rule in words, with a floor or ceiling in the KPI's unit (`at most $100,000`). */
function ruleWords(check) {
    const unit = unitOf(check);
    if (unit && check.limit !== undefined && check.ruleKey === 'min')
        return `at least ${(0,units/* formatInUnit */.NH)(check.limit, unit)}`;
    if (unit && check.limit !== undefined && check.ruleKey === 'max')
        return `at most ${(0,units/* formatInUnit */.NH)(check.limit, unit)}`;
    return check.rule;
}
function kpis_ruleItem(check) {
    const status = shownStatus(check);
    const interval = intervalWords(check, worseWord(check));
    const why = status === 'not_evaluated' ? `: ${prose(check.message)}` : '';
    const word = status === 'inconclusive' && (0,verdict/* blocksMerge */.DH)(check) ? 'inconclusive, blocks' : STATUS_WORDS[status];
    const limit = check.kind === 'kpi' && check.ruleKey !== 'min' && check.ruleKey !== 'max' && check.limit !== undefined && status !== 'not_evaluated'
        ? `, limit ${inUnit(check.limit, unitOf(check))}`
        : '';
    return `${ICON[status]} ${inline(ruleWords(check))} (${word}${why}${limit})${interval ? ` · ${inline(interval)}` : ''}`;
}
function kpiLine(row) {
    const [first] = row.checks;
    const description = first?.description;
    const name = description ? `**${inline(description)}** (${code(row.name)})` : `**${code(row.name)}**`;
    const rules = row.checks.filter((c) => c.ruleKey !== undefined && c.ruleKey !== 'present');
    const values = rowValues(row);
    const computed = values.candidate === undefined ? ` — ${prose(first?.message ?? 'no value')}` : '';
    const ruleText = rules.length ? `\n  ${rules.map(kpis_ruleItem).join('\n  ')}` : '';
    return `- ${ICON[row.status]} ${name}: ${kpiMovement(row)}${computed}${ruleText}`;
}
/** The KPI rows of an evaluation, failing first. */
function kpiRows(checks) {
    return kindRows(checks, 'kpi');
}
/** The KPIs, one item each: what a decision maker reads first. */
const KPI_SECTION = {
    id: 'kpis',
    render: ({ ev }) => {
        const rows = kpiRows(ev.checks);
        if (rows.length === 0)
            return undefined;
        return ['**Business KPIs**', ...rows.map(kpiLine)].join('\n');
    },
};
/** Summary items for the KPIs whose checks `picked` selects: `**fraud_loss** rose +$4,300 (…)`. */
function kpiSummaryItems(checks, picked) {
    return kpiRows(checks).flatMap((row) => {
        const failing = row.checks.filter(picked);
        if (failing.length === 0)
            return [];
        return [`KPI **${inline(row.name)}** ${kpiMovement(row)} (${failing.map((c) => inline(ruleWords(c))).join('; ')})`];
    });
}

;// CONCATENATED MODULE: ./src/render/comment.ts
















const VERDICT_ICON = { approved: '✅', blocked: '❌', error: '⚠️' };
const SUMMARY_ITEMS = 4;
const NOTE_LINES = 8;
const LISTED_NAMES = 5;
/** Table rows shown; the rest (the passing end, as rows run failing first) is counted below it. */
const TABLE_ROWS = 40;
const ADVISORY_LINE = {
    approved: '**Advisory mode:** nothing was enforced; in enforce mode this change would also pass.',
    blocked: '**Advisory mode:** this result did not fail the check; in enforce mode it would have blocked the merge.',
    error: '**Advisory mode:** this result did not fail the check; in enforce mode this error would have blocked the merge.',
};
/**
 * The PR comment as a document: the marker line, then the blocks of the body with the priorities
 * the fitter (src/render/truncate.ts) keeps them by.
 */
function renderCommentDoc(result, ctx) {
    return { marker: markerFor(result.modelKey, result.headSha), blocks: bodyBlocks(result, ctx) };
}
/** The job summary as a document: the same blocks as the comment, without the marker. */
function renderSummaryDoc(result, ctx) {
    return { blocks: bodyBlocks(result, ctx) };
}
/** The full PR comment: the marker line, then the body. */
function renderComment(result, ctx) {
    return doc_docMarkdown(renderCommentDoc(result, ctx));
}
/** The job summary: the same content as the comment, without the marker. */
function renderSummary(result, ctx) {
    return docMarkdown(renderSummaryDoc(result, ctx));
}
function bodyBlocks(result, ctx) {
    const out = [textBlock(heading(result), PRIORITY.verdict)];
    if (result.mode === 'advisory')
        out.push(textBlock(ADVISORY_LINE[result.verdict], PRIORITY.lead));
    out.push(textBlock(skippedBlock(result), PRIORITY.lead));
    const changes = policyChangesBlock(result.evaluations.flatMap((ev) => ev.policyChanges));
    const [single] = result.evaluations;
    if (result.evaluations.length === 0) {
        out.push(result.skipped?.length ? undefined : textBlock('No model was evaluated.', PRIORITY.lead), changes);
    }
    else if (result.evaluations.length === 1 && single) {
        out.push(...evaluationBlocks(single, result, ctx, changes));
    }
    else {
        for (const ev of result.evaluations) {
            out.push({
                kind: 'section',
                heading: `### ${VERDICT_ICON[ev.verdict]} model ${code(ev.model)}: ${ev.verdict} — ${outcome(ev)}`,
                blocks: evaluationBlocks(ev, result, ctx, undefined),
            });
        }
        out.push(changes);
    }
    out.push(...nextSteps(result, ctx).map((step) => textBlock(step)));
    const run = safeUrl(ctx.runUrl);
    if (run)
        out.push(textBlock(`[Run log](<${run}>)`));
    return out.filter((block) => block !== undefined);
}
/**
 * The short outcome after the verdict word, counted in what the reader sees below it: rows of the
 * metrics table, checks of the declarations table, blocking policy problems. `2 of 9 metrics fail`.
 */
function outcome(ev) {
    if (ev.verdict === 'error')
        return 'the gate could not be evaluated';
    const kpis = kpiRows(ev.checks);
    const fairness = fairnessRows(ev.checks);
    const rows = metricRows(ev.checks);
    const declarations = ev.checks.filter((c) => c.kind === 'declaration');
    const policyBlocks = ev.checks.filter((c) => c.kind === 'policy' && (0,verdict/* blocksMerge */.DH)(c)).length;
    const fails = (n) => (n === 1 ? 'fails' : 'fail');
    if (ev.verdict === 'blocked') {
        const failedRows = rows.filter((row) => row.checks.some(verdict/* blocksMerge */.DH)).length;
        const failedDeclarations = declarations.filter(verdict/* blocksMerge */.DH).length;
        const failedKpis = kpis.filter((row) => row.checks.some(verdict/* blocksMerge */.DH)).length;
        const failedFairness = fairness.filter((row) => row.checks.some(verdict/* blocksMerge */.DH)).length;
        return [
            failedKpis ? `${failedKpis} of ${(0,words/* plural */.LS)(kpis.length, 'KPI')} ${fails(failedKpis)}` : '',
            failedRows ? `${failedRows} of ${(0,words/* plural */.LS)(rows.length, 'metric')} ${fails(failedRows)}` : '',
            failedFairness ? `${failedFairness} of ${(0,words/* plural */.LS)(fairness.length, 'fairness rule')} ${fails(failedFairness)}` : '',
            failedDeclarations ? `${failedDeclarations} of ${(0,words/* plural */.LS)(declarations.length, 'declaration check')} ${fails(failedDeclarations)}` : '',
            policyBlocks ? `${(0,words/* plural */.LS)(policyBlocks, 'policy problem')}` : '',
        ]
            .filter(Boolean)
            .join('; ');
    }
    if (rows.length === 0 && declarations.length === 0 && kpis.length === 0 && fairness.length === 0)
        return 'no checks are configured';
    const tally = (status) => rows.filter((row) => row.status === status).length;
    const fairnessPasses = fairness.filter((row) => row.status === 'pass').length;
    const kpiPasses = kpis.filter((row) => row.status === 'pass').length;
    const kpiOther = kpis.length - kpiPasses;
    const declarationWarnings = declarations.filter((c) => shownStatus(c) === 'warn').length;
    return [
        kpiPasses ? (0,words/* plural */.LS)(kpiPasses, 'KPI passes', 'KPIs pass') : '',
        kpiOther ? (0,words/* plural */.LS)(kpiOther, 'KPI to review', 'KPIs to review') : '',
        tally('pass') ? (0,words/* plural */.LS)(tally('pass'), 'metric passes', 'metrics pass') : '',
        fairnessPasses ? (0,words/* plural */.LS)(fairnessPasses, 'fairness rule passes', 'fairness rules pass') : '',
        tally('inconclusive') ? `${tally('inconclusive')} inconclusive` : '',
        tally('warn') ? (0,words/* plural */.LS)(tally('warn'), 'metric warning') : '',
        tally('not_evaluated') ? `${tally('not_evaluated')} not evaluated` : '',
        tally('skip') ? `${tally('skip')} skipped` : '',
        declarations.length ? (declarationWarnings ? (0,words/* plural */.LS)(declarationWarnings, 'declaration warning') : 'declarations sound') : '',
    ]
        .filter(Boolean)
        .join(', ');
}
function modelsOutcome(evaluations) {
    const n = evaluations.length;
    if (n === 0)
        return 'no model was gated';
    const errors = evaluations.filter((ev) => ev.verdict === 'error').length;
    const blocked = evaluations.filter((ev) => ev.verdict === 'blocked').length;
    if (errors)
        return `${errors} of ${n} models could not be evaluated${blocked ? `, ${blocked} blocked` : ''}`;
    if (blocked)
        return `${blocked} of ${n} models blocked`;
    return `all ${n} models approved`;
}
function heading(result) {
    const [single] = result.evaluations;
    const one = result.evaluations.length === 1 ? single : undefined;
    const name = one && one.model !== 'default' ? ` ${code(one.model)}` : '';
    const advisory = result.mode === 'advisory' ? ' (advisory: not enforced)' : '';
    const detail = result.verdict === 'error' && (one || result.evaluations.length === 0)
        ? 'the gate could not be evaluated'
        : one
            ? outcome(one)
            : modelsOutcome(result.evaluations);
    const overridden = result.override?.overridden ? ' (overridden)' : '';
    const by = result.override?.overridden && result.override.record ? `, waived by ${inline(result.override.record.by)}` : '';
    return `## ${VERDICT_ICON[result.verdict]} model-gate${name}: ${result.verdict}${overridden}${advisory} — ${detail}${by}`;
}
/**
 * The sections of one model's part of the comment, in the order they are shown. A new section is
 * one module exporting a CommentSection, listed here where it belongs.
 */
const SECTIONS = [
    { id: 'problems', render: ({ ev }) => problemsBlock(ev.problems) },
    KPI_SECTION,
    { id: 'summary', render: ({ ev, views }) => textBlock(summaryLine(ev, views), PRIORITY.lead) },
    trendHeadline,
    OVERRIDE_SECTION,
    { id: 'metrics', render: ({ ev, views, result }) => (views.length ? metricTable(views, ev, result) : undefined) },
    FAIRNESS_SECTION,
    { id: 'notes', render: ({ ev, views }) => notesBlock(ev, views) },
    trendCharts,
    flipsSection,
    { id: 'declarations', render: ({ ev }) => declarationsBlock(ev) },
    { id: 'policy-changes', render: ({ changes }) => changes },
    { id: 'provenance', render: ({ ev, ctx }) => provenanceLine(ev, ctx) },
];
function evaluationBlocks(ev, result, ctx, changes) {
    const input = { ev, result, ctx, views: viewsOf(metricRows(ev.checks)), changes };
    return SECTIONS.flatMap((section) => blocksOf(section.render(input)));
}
function comment_finite(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/**
 * A metric row's view, its numbers formatted when first read: the table shows TABLE_ROWS rows
 * and the summary line the failing ones, so the passing rows of a large run are never formatted.
 */
class RowView {
    row;
    candidate;
    baseline;
    texts;
    changeText;
    constructor(row) {
        this.row = row;
        const { candidate, baseline } = rowValues(row);
        this.candidate = candidate;
        this.baseline = baseline;
    }
    formatted() {
        if (this.texts === undefined) {
            const references = this.row.checks.map((c) => c.limit).filter(comment_finite);
            const [candidateText = '—', baselineText = '—'] = formatDistinct([this.candidate, this.baseline], references);
            this.texts = [candidateText, baselineText];
        }
        return this.texts;
    }
    get candidateText() {
        return this.formatted()[0];
    }
    get baselineText() {
        return this.formatted()[1];
    }
    get change() {
        this.changeText ??= formatChange(this.candidate, this.baseline);
        return this.changeText;
    }
}
/** The views of metric rows, made once per rows array (the comment and the job summary share them). */
const viewCache = new WeakMap();
function viewsOf(rows) {
    let views = viewCache.get(rows);
    if (views === undefined) {
        views = rows.map((row) => new RowView(row));
        viewCache.set(rows, views);
    }
    return views;
}
/** `**subject**: message`, for a check whose numbers cannot tell what happened. */
function subjectMessage(subject, message) {
    return `**${inline(subject)}**: ${prose(message)}`;
}
function metricItem(view, failing) {
    const name = `**${inline(view.row.name)}**`;
    const rules = failing.map((c) => inline(c.rule)).join('; ');
    const { candidate, baseline } = view;
    if (failing.some((c) => c.kind === 'baseline') && candidate !== undefined && baseline !== undefined) {
        const verb = candidate < baseline ? 'dropped' : candidate > baseline ? 'rose' : 'did not change';
        const by = candidate === baseline ? '' : ` ${formatMovement(candidate, baseline)}`;
        const notes = [...new Set(failing.flatMap((c) => ruleKindNote(c)))].map((note) => ` — ${prose(note)}`).join('');
        return `${name} ${verb}${by} (${view.baselineText} → ${view.candidateText}; ${rules})${notes}`;
    }
    if (candidate !== undefined)
        return `${name} is ${view.candidateText} (${rules})`;
    return subjectMessage(view.row.name, failing[0]?.message ?? '');
}
/** What a failing rule kind adds for the reader (max_improvement: why a large gain is suspect). */
function ruleKindNote(check) {
    const kind = check.ruleKey === undefined ? undefined : (0,rules/* ruleKind */.pQ)(check.ruleKey);
    return kind?.scope === 'baseline' && kind.failureNote ? [kind.failureNote] : [];
}
function summaryItems(ev, views, picked) {
    return [
        ...kpiSummaryItems(ev.checks, picked),
        ...views.flatMap((view) => {
            const failing = view.row.checks.filter(picked);
            return failing.length ? [metricItem(view, failing)] : [];
        }),
        ...fairnessSummaryItems(ev.checks, picked),
        ...declarationSummaryItems(ev.checks, picked),
        ...ev.checks.filter((c) => c.kind === 'policy' && picked(c)).map((c) => prose(c.message)),
    ];
}
function capped(items) {
    const rest = items.length - SUMMARY_ITEMS;
    return items.slice(0, SUMMARY_ITEMS).join(' · ') + (rest > 0 ? ` · and ${rest} more` : '');
}
/** One line of what blocks (or, when nothing blocks, what warns). */
function summaryLine(ev, views) {
    const blocking = summaryItems(ev, views, verdict/* blocksMerge */.DH);
    if (blocking.length)
        return capped(blocking);
    const warnings = summaryItems(ev, views, (c) => shownStatus(c) === 'warn');
    if (warnings.length)
        return `Warnings (not blocking): ${capped(warnings)}`;
    return undefined;
}
function where(p) {
    const line = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
    return `${p.file}${line}`;
}
function problemsBlock(problems) {
    if (problems.length === 0)
        return undefined;
    const lines = problems.map((p) => `- ${code(where(p))} — ${prose(p.message)}${p.fix ? ` — fix: ${prose(p.fix)}` : ''}`);
    return linesBlock(['**Problems:**', ...lines], PRIORITY.lead);
}
function ruleCell(row) {
    const mixed = new Set(row.checks.map(shownStatus)).size > 1;
    return row.checks
        .map((c) => {
        const status = shownStatus(c);
        const flags = new Set();
        if (c.severity === 'warn' && status !== 'inconclusive')
            flags.add('warning');
        if (status === 'inconclusive')
            flags.add((0,verdict/* blocksMerge */.DH)(c) ? 'inconclusive, blocks' : 'inconclusive');
        else if (mixed && status !== 'pass')
            flags.add(c.status === 'fail' ? 'fails' : STATUS_WORDS[status]);
        const interval = intervalWords(c, worseWord(c));
        return cell(c.rule) + (flags.size ? ` (${[...flags].join(', ')})` : '') + (interval ? ` · ${cell(interval)}` : '');
    })
        .join('; ');
}
/** The metrics table, its rows that block the merge of priority `failing`, and the count of rows it leaves out. */
function metricTable(views, ev, result) {
    const baselineSha = ev.baseline.source !== 'none' ? ev.baseline.sha : undefined;
    const candidateSha = ev.candidate.sha ?? result.headSha;
    const label = (name, sha) => (sha ? `${name} ${code(shortSha(sha))}` : name);
    const sameCommit = baselineSha !== undefined && baselineSha === candidateSha;
    const candidateLabel = sameCommit && ev.candidate.source === 'workspace'
        ? `Candidate: workspace on ${code(shortSha(candidateSha))}`
        : label('Candidate', candidateSha);
    const table = {
        kind: 'table',
        header: [`| | Check | ${label('Baseline', baselineSha)} | ${candidateLabel} | Change | Rule |`, '|:-:|---|--:|--:|--:|---|'].join('\n'),
        rows: views.slice(0, TABLE_ROWS).map((v) => ({
            text: `| ${ICON[v.row.status]} | ${code(v.row.name)} | ${v.baselineText} | ${v.candidateText} | ${v.change} | ${ruleCell(v.row)} |`,
            priority: v.row.checks.some(verdict/* blocksMerge */.DH) ? PRIORITY.failing : PRIORITY.rest,
        })),
    };
    const hidden = views.slice(TABLE_ROWS);
    if (hidden.length === 0)
        return [table];
    const passing = hidden.filter((v) => v.row.status === 'pass').length;
    return [table, { kind: 'text', text: `… and ${(0,words/* plural */.LS)(hidden.length, 'more metric')} (${passing} passing) in the JSON report.` }];
}
/**
 * Why rows show no numbers to explain them (not evaluated, skipped, value missing), one line per
 * reason with the metrics it applies to, then notes about the policy.
 */
function notesBlock(ev, views) {
    const reasons = new Map();
    for (const view of views) {
        for (const c of view.row.checks) {
            const status = shownStatus(c);
            const numbersMissing = !comment_finite(c.candidate) || (c.kind === 'baseline' && !comment_finite(c.baseline));
            if (status === 'pass' || ((status === 'fail' || status === 'warn') && !numbersMissing))
                continue;
            const key = `${status}\u0000${c.message}`;
            const reason = reasons.get(key) ?? { status, message: c.message, names: new Set() };
            reason.names.add(view.row.name);
            reasons.set(key, reason);
        }
    }
    const lines = [...reasons.values()].map(({ status, message, names }) => status === 'not_evaluated'
        ? `- ${ICON[status]} ${listNames(names)}: ${STATUS_WORDS[status]}: ${prose(message)}`
        : `- ${ICON[status]} ${listNames(names)} (${STATUS_WORDS[status]}): ${prose(message)}`);
    for (const c of ev.checks.filter((check) => check.kind === 'policy')) {
        lines.push(`- ${ICON[shownStatus(c)]} ${prose(c.message)}`);
    }
    const rest = lines.length - NOTE_LINES;
    return linesBlock([...lines.slice(0, NOTE_LINES), ...(rest > 0 ? [`- … and ${rest} more in the JSON report`] : [])]);
}
const EFFECT_ORDER = { loosens: 0, changes: 1, tightens: 2 };
/** `` `target`: words ``, the target as a code span. */
function changeWords(change) {
    return `${code(change.target)}: ${prose(change.words)}`;
}
function policyChangesBlock(changes) {
    const lines = new Set([...changes].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]).map((c) => `- **${c.effect}** ${changeWords(c)}`));
    if (lines.size === 0)
        return undefined;
    return linesBlock(['**Policy changes in this PR** (apply after merge; the base policy decided this run):', ...lines]);
}
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s<>]+$/.test(url) ? url : undefined;
}
function commitRef(sha, ctx) {
    const repo = safeUrl(ctx.repoUrl);
    const short = code(shortSha(sha));
    return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](<${repo.replace(/\/$/, '')}/commit/${sha}>)` : short;
}
function describe(label, prov, path, ctx) {
    const file = path ? ` ${code(path)}` : '';
    const at = prov.sha ? commitRef(prov.sha, ctx) : undefined;
    switch (prov.source) {
        case 'base':
            return `${label}${file} read at base ${at ?? 'commit'}`;
        case 'workspace':
            return `${label}${file} read from the workspace${at ? ` at ${at}` : ''}`;
        case 'ref':
            return `${label}${file} read at ${at ?? 'the given ref'}`;
        case 'none':
            return `no ${label.toLowerCase()}`;
    }
}
/** Where policy, baseline and candidate were read, with any notes about them. */
function provenanceLine(ev, ctx) {
    const line = [
        describe('Policy', ev.policy, ev.policy.path ?? ctx.policyPath, ctx),
        describe('baseline', ev.baseline, ev.baseline.path, ctx),
        describe('candidate', ev.candidate, ev.candidate.path, ctx),
    ].join('; ');
    const notes = [...new Set([ev.policy.note, ev.baseline.note, ev.candidate.note])]
        .filter((n) => Boolean(n))
        .map((n) => ` ${prose(`${n.charAt(0).toUpperCase()}${n.slice(1)}${/[.!?]$/.test(n) ? '' : '.'}`)}`);
    return `${line.charAt(0).toUpperCase()}${line.slice(1)}.${notes.join('')}`;
}
function listNames(names) {
    const all = [...names];
    const rest = all.length - LISTED_NAMES;
    return all.slice(0, LISTED_NAMES).map(code).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}
/** Concrete fixes for the blocking failures of one evaluation. */
function fixItems(ev) {
    const improve = new Set();
    const write = new Set();
    const other = new Set();
    for (const row of metricRows(ev.checks)) {
        const failing = row.checks.filter(verdict/* blocksMerge */.DH);
        if (failing.length === 0)
            continue;
        const fixed = failing.find((c) => c.fix !== undefined)?.fix;
        if (failing.every((c) => comment_finite(c.candidate)))
            improve.add(row.name);
        else if (fixed !== undefined)
            other.add(prose(fixed));
        else
            write.add(row.name);
    }
    for (const row of [...kpiRows(ev.checks), ...fairnessRows(ev.checks)]) {
        if (row.checks.some(verdict/* blocksMerge */.DH))
            improve.add(row.name);
    }
    for (const c of ev.checks.filter((check) => check.kind === 'policy' && (0,verdict/* blocksMerge */.DH)(check)))
        other.add(prose(c.message));
    const items = [];
    if (improve.size) {
        items.push(`improve ${listNames(improve)} until ${improve.size === 1 ? 'it meets its rules' : 'they meet their rules'}`);
    }
    if (write.size) {
        const target = ev.candidate.path ? code(ev.candidate.path) : 'the metrics file';
        items.push(`make the eval step write ${listNames(write)} as ${write.size === 1 ? 'a number' : 'numbers'} to ${target}`);
    }
    const declarations = declarationFix(ev.checks, listNames);
    if (declarations)
        items.push(declarations);
    return [...items, ...other];
}
/** The fixes of every blocked model, prefixed with the model's name when there are several. */
function allFixes(result) {
    const several = result.evaluations.length > 1;
    return result.evaluations.flatMap((ev) => {
        const items = fixItems(ev);
        return several && items.length ? [`model ${code(ev.model)}: ${items.join(', ')}`] : items;
    });
}
function nextSteps(result, ctx) {
    const policy = code(ctx.policyPath);
    const steps = [];
    if (result.verdict === 'blocked') {
        const items = allFixes(result);
        if (items.length)
            steps.push(`**To fix:** ${items.join('; ')}.`);
    }
    if (result.verdict === 'error') {
        steps.push('**To fix:** correct the problems above and run again; until then the gate fails closed.');
    }
    if (result.mode === 'enforce' && result.verdict !== 'approved') {
        steps.push(`**To pilot first:** set \`mode: advisory\` in ${policy}. **To change a rule:** edit ${policy} on the base ` +
            "branch (its CODEOWNERS review it); a PR's own edits to the policy apply after merge.");
    }
    if (result.mode === 'advisory') {
        steps.push(`**To enforce:** set \`mode: enforce\` in ${policy} once the pilot looks right.`);
    }
    return steps;
}


/***/ })

};
