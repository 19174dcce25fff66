export const id = 64;
export const ids = [64];
export const modules = {

/***/ 5064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SCHEMA_BYTES: () => (/* binding */ MAX_SCHEMA_BYTES),
/* harmony export */   MAX_SCHEMA_DEPTH: () => (/* binding */ MAX_SCHEMA_DEPTH),
/* harmony export */   customSchemaChecks: () => (/* binding */ customSchemaChecks),
/* harmony export */   loadSchemaCompilers: () => (/* binding */ loadSchemaCompilers),
/* harmony export */   safetyProblem: () => (/* binding */ safetyProblem)
/* harmony export */ });
/* harmony import */ var _core_metric_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8255);
/* harmony import */ var _iso_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3712);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3425);
/* harmony import */ var _core_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7522);




const MAX_SCHEMA_BYTES = 256 * 1024;
const MAX_SCHEMA_DEPTH = 64;
/** Problems reported one by one; the rest are counted in the last check. */
const MAX_REPORTED = 50;
const DRAFT_07 = new Set(['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema']);
const DRAFT_2020 = new Set(['https://json-schema.org/draft/2020-12/schema', 'https://json-schema.org/draft/2020-12/schema#']);
const REFERENCE_KEYWORDS = ['$ref', '$dynamicRef', '$recursiveRef'];
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//;
/** Formats the schema may use; each is a pure check on the string. */
const FORMATS = {
    date: (text) => (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoDate */ .jT)(text) !== undefined,
    'date-time': (text) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(text) &&
        (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIsoDate */ .jT)(text.slice(0, 10)) !== undefined &&
        !Number.isNaN(Date.parse(text)),
    duration: (text) => (0,_iso_js__WEBPACK_IMPORTED_MODULE_1__/* .isIsoDuration */ .wy)(text),
    email: (text) => /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/.test(text),
    uri: (text) => HAS_SCHEME.test(text) && URL.canParse(text),
    uuid: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text),
};
/** ajv's schema compilers, once `loadSchemaCompilers` has loaded them. */
let compilers;
/**
 * Loads ajv's schema compilers, which `customSchemaChecks` needs: only a policy with
 * `declarations.schema` does, so the bundles keep ajv in a chunk file read for it alone (issue 13).
 */
async function loadSchemaCompilers() {
    if (compilers)
        return;
    const { Ajv, Ajv2020 } = await Promise.all(/* import() */[__webpack_require__.e(784), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 1442));
    compilers = { Ajv, Ajv2020 };
}
/**
 * Validates the declarations data against the repository's schema: one failing check per field
 * that breaks it (at the field's line in the card), a single failing check naming the schema file
 * when the schema cannot be used safely or does not compile, or one passing check.
 * `loadSchemaCompilers()` must have been awaited first.
 */
function customSchemaChecks(doc, data, extra) {
    const compiled = compileSafely(extra.schema, extra.file);
    if ('problem' in compiled) {
        return [
            (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .declarationCheck */ .N0)({
                id: 'declaration:schema',
                field: 'declarations.schema',
                status: 'fail',
                message: `the policy's \`declarations.schema\` (\`${extra.file}\`) cannot be used: ${compiled.problem.message}`,
                fix: compiled.problem.fix,
                doc: { file: extra.file, lineOf: () => undefined },
                rule: `the repository's schema \`${extra.file}\` compiles safely`,
            }),
        ];
    }
    const { validate } = compiled;
    if (validate(data)) {
        return [
            (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .declarationCheck */ .N0)({
                id: 'declaration:schema',
                field: 'declarations.schema',
                status: 'pass',
                message: `\`${doc.file}\` satisfies the repository's schema \`${extra.file}\` (\`declarations.schema\`).`,
                doc,
                rule: `declarations satisfy \`${extra.file}\``,
            }),
        ];
    }
    return (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .failuresFirst */ .Cq)(validationChecks(doc, validate.errors ?? [], extra.file));
}
function compileSafely(schema, file) {
    const unsafe = safetyProblem(schema);
    if (unsafe)
        return { problem: unsafe };
    const dialect = (0,_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(schema) && typeof schema.$schema === 'string' && DRAFT_2020.has(schema.$schema) ? '2020-12' : 'draft-07';
    const options = {
        strict: true,
        strictRequired: false,
        allowUnionTypes: true,
        allErrors: true,
        verbose: true,
        ownProperties: true,
        formats: FORMATS,
        validateFormats: true,
    };
    if (!compilers)
        throw new Error('customSchemaChecks needs loadSchemaCompilers() awaited first');
    const ajv = dialect === '2020-12' ? new compilers.Ajv2020(options) : new compilers.Ajv(options);
    try {
        return { validate: ajv.compile(schema) };
    }
    catch (error) {
        return { problem: compileProblem(error instanceof Error ? error.message : String(error), file) };
    }
}
/** Why the schema cannot be compiled safely (remote references, unknown dialect, too big or too deep), if it cannot. */
function safetyProblem(schema) {
    if (typeof schema === 'boolean')
        return undefined;
    if (!(0,_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(schema)) {
        return {
            message: `a JSON Schema is a mapping (or \`true\`/\`false\`), found ${Array.isArray(schema) ? 'a list' : typeof schema}.`,
            fix: 'write the schema as a JSON object, e.g. `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}`.',
        };
    }
    const stack = [{ node: schema, depth: 0, pointer: '#' }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { node, depth, pointer } = item;
        if (depth > MAX_SCHEMA_DEPTH) {
            return {
                message: `it is nested more than ${MAX_SCHEMA_DEPTH} levels deep (at \`${pointer}\`).`,
                fix: 'flatten the schema: move repeated parts into `$defs` and point at them with local `$ref`s.',
            };
        }
        if (Array.isArray(node)) {
            node.forEach((child, i) => stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${i}` }));
            continue;
        }
        if (!(0,_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(node))
            continue;
        const problem = keywordProblem(node, pointer, depth === 0);
        if (problem)
            return problem;
        for (const [key, child] of Object.entries(node))
            stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${(0,_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .escapePointer */ .lZ)(key)}` });
    }
    let size;
    try {
        size = Buffer.byteLength(JSON.stringify(schema), 'utf8');
    }
    catch {
        return {
            message: 'it is not plain JSON data.',
            fix: 'write the schema as a JSON or YAML document of mappings, lists, strings, numbers and booleans.',
        };
    }
    if (size > MAX_SCHEMA_BYTES) {
        return {
            message: `it is ${Math.ceil(size / 1024)} KB serialized; at most ${MAX_SCHEMA_BYTES / 1024} KB is accepted.`,
            fix: 'keep the repository schema to the rules the card needs (the built-in schema already covers privacy, ownership, maintenance and governance).',
        };
    }
    return undefined;
}
function keywordProblem(node, pointer, root) {
    for (const keyword of REFERENCE_KEYWORDS) {
        const ref = node[keyword];
        if (typeof ref === 'string' && !ref.startsWith('#')) {
            return {
                message: `\`${keyword}: ${ref}\` at \`${pointer}\` is not a local reference: only references inside the same file (\`#…\`) are allowed, nothing is fetched.`,
                fix: `copy the referenced schema into \`$defs\` and write \`${keyword}: "#/$defs/<name>"\`.`,
            };
        }
    }
    if (typeof node.$id === 'string' && HAS_SCHEME.test(node.$id)) {
        return {
            message: `\`$id: ${node.$id}\` at \`${pointer}\` is a remote URL.`,
            fix: 'remove the `$id` (the schema is identified by its file), or use a plain fragment-free name such as `"card-rules"`.',
        };
    }
    if (typeof node.$schema === 'string' && !DRAFT_07.has(node.$schema) && !DRAFT_2020.has(node.$schema)) {
        return {
            message: `\`$schema: ${node.$schema}\`${root ? '' : ` at \`${pointer}\``} is not a dialect model-gate knows.`,
            fix: 'write `"$schema": "https://json-schema.org/draft/2020-12/schema"` (or `"http://json-schema.org/draft-07/schema#"`).',
        };
    }
    if (node.$async !== undefined) {
        return { message: `\`$async\` at \`${pointer}\` asks for asynchronous validation, which could load data.`, fix: 'remove `$async`.' };
    }
    return undefined;
}
function compileProblem(message, file) {
    const text = message.replace(/\s+/g, ' ').trim();
    const keyword = /unknown keyword: "([^"]+)"/.exec(text)?.[1];
    if (keyword)
        return {
            message: `ajv (strict mode) does not know the keyword \`${keyword}\`.`,
            fix: `remove \`${keyword}\` from \`${file}\` (notes belong in \`description\` or \`$comment\`).`,
        };
    const format = /unknown format "([^"]+)"/.exec(text)?.[1];
    if (format)
        return {
            message: `the format \`${format}\` is not supported.`,
            fix: `use one of ${Object.keys(FORMATS)
                .map((f) => `\`${f}\``)
                .join(', ')}, or a \`pattern\`, in \`${file}\`.`,
        };
    const untyped = /missing type "([^"]+)" for keyword "([^"]+)" at "([^"]+)"/.exec(text);
    if (untyped) {
        const [, types = '', word = '', at = '#'] = untyped;
        const type = types.split(',').includes('string') ? 'string' : (types.split(',')[0] ?? 'object');
        return {
            message: `\`${word}\` at \`${at}\` has no \`type\` beside it (ajv strict mode needs one).`,
            fix: `add \`"type": "${type}"\` next to \`${word}\` at \`${at}\` in \`${file}\`.`,
        };
    }
    if (/can't resolve reference|MissingRef/i.test(text))
        return { message: `${text}.`, fix: `point the \`$ref\` at a definition that exists in \`${file}\`, e.g. \`"#/$defs/owner"\`.` };
    return {
        message: `${text.replace(/\.$/, '')}.`,
        fix: `correct \`${file}\` so that it is a valid JSON Schema (it is compiled with ajv in strict mode).`,
    };
}
function validationChecks(doc, errors, file) {
    const byPath = new Map();
    for (const error of errors) {
        if (error.keyword === 'if')
            continue;
        const path = errorPath(error);
        const found = byPath.get(path) ?? { path, messages: [], fixes: [] };
        const message = `${error.message ?? 'is invalid'}${describeParams(error)} (\`${error.keyword}\` at \`${error.schemaPath}\`)`;
        if (!found.messages.includes(message))
            found.messages.push(message);
        const fix = fixFor(error, path);
        if (!found.fixes.includes(fix))
            found.fixes.push(fix);
        byPath.set(path, found);
    }
    const problems = [...byPath.values()];
    const shown = problems.slice(0, MAX_REPORTED);
    return shown.map((problem, i) => {
        const field = problem.path === '' ? '(document)' : problem.path;
        const more = i === shown.length - 1 && problems.length > shown.length
            ? ` (${problems.length - shown.length} more fields break \`${file}\`; they are not listed)`
            : '';
        return (0,_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .declarationCheck */ .N0)({
            id: `declaration:${field}:schema`,
            field,
            status: 'fail',
            message: `\`${field}\` breaks the repository's schema \`${file}\`: it ${problem.messages.join('; ')}${more}.`,
            fix: problem.fixes.join('; '),
            doc,
            rule: `declarations satisfy \`${file}\``,
        });
    });
}
/** The dot path of the field an error is about (the missing or extra key itself, not its parent). */
function errorPath(error) {
    const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(_core_words_js__WEBPACK_IMPORTED_MODULE_2__/* .unescapePointer */ ._B);
    const params = error.params;
    const child = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ?? params.propertyName;
    if (typeof child === 'string' && error.keyword !== 'propertyNames')
        segments.push(child);
    return (0,_core_metric_path_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(segments);
}
function describeParams(error) {
    const params = error.params;
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
        return `: ${params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}`;
    if (error.keyword === 'const')
        return `: \`${String(params.allowedValue)}\``;
    return '';
}
function fixFor(error, path) {
    const params = error.params;
    const example = (value) => `\`${path}: ${value}\``;
    switch (error.keyword) {
        case 'required':
        case 'dependentRequired':
        case 'dependencies':
            return `add ${example('…')}`;
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return `remove \`${path}\` or rename it to a key the schema allows`;
        case 'enum':
            return `write one of the allowed values, e.g. ${example(String(params.allowedValues?.[0]))}`;
        case 'const':
            return `write ${example(String(params.allowedValue))}`;
        case 'type':
            return `write ${String(params.type)} at \`${path}\``;
        case 'pattern':
            return `write a value matching \`${String(params.pattern)}\` at \`${path}\``;
        case 'format':
            return `write a valid ${String(params.format)} at \`${path}\``;
        default:
            return `change \`${path === '' ? 'the document' : path}\` so that it ${error.message ?? 'satisfies the schema'}`;
    }
}


/***/ }),

/***/ 3712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ suggestIsoDuration),
/* harmony export */   Ob: () => (/* binding */ suggestIsoDate),
/* harmony export */   d$: () => (/* binding */ formatIsoDate),
/* harmony export */   jT: () => (/* binding */ parseIsoDate),
/* harmony export */   wy: () => (/* binding */ isIsoDuration)
/* harmony export */ });
/**
 * ISO-8601 calendar dates (YYYY-MM-DD) and durations (P18M, P1Y6M, PT12H) as declarations use
 * them, with a suggested fix for the usual free-text spellings ("18 months" → P18M).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?$/;
/** The UTC midnight of a real calendar date written YYYY-MM-DD, or undefined (2026-02-30 is not one). */
function parseIsoDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}
/** YYYY-MM-DD of a Date, in UTC. */
function formatIsoDate(date) {
    return date.toISOString().slice(0, 10);
}
/** The date a mistyped date most likely means, as YYYY-MM-DD (2026/9/14, 2026-09-14T10:00Z), or undefined. */
function suggestIsoDate(text) {
    const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text.trim());
    if (!match)
        return undefined;
    const candidate = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
    return parseIsoDate(candidate) ? candidate : undefined;
}
/** True for an ISO-8601 duration such as P18M, P1Y6M, P2W, P30D, PT12H. */
function isIsoDuration(text) {
    return DURATION.test(text);
}
const DATE_UNITS = [
    [/^(?:y|yr|yrs|years?)$/, 'Y'],
    [/^(?:mo|mos|mon|mths?|months?)$/, 'M'],
    [/^(?:w|wk|wks|weeks?)$/, 'W'],
    [/^(?:d|days?)$/, 'D'],
];
const TIME_UNITS = [
    [/^(?:h|hr|hrs|hours?)$/, 'H'],
    [/^(?:min|mins|minutes?)$/, 'M'],
    [/^(?:s|sec|secs|seconds?)$/, 'S'],
];
const ORDER = ['Y', 'M', 'W', 'D'];
const TIME_ORDER = ['H', 'M', 'S'];
/**
 * The ISO-8601 duration a free-text period means ("18 months" → P18M, "1 year and 6 months" →
 * P1Y6M, "12h" → PT12H, "p30d" → P30D), or undefined when it cannot tell.
 */
function suggestIsoDuration(text) {
    const trimmed = text.trim();
    if (isIsoDuration(trimmed.toUpperCase()))
        return trimmed.toUpperCase();
    const parts = trimmed
        .toLowerCase()
        .replace(/\band\b|,/g, ' ')
        .match(/\d+\s*[a-z]+/g);
    if (!parts || parts.join('').replace(/\s/g, '') !== trimmed.toLowerCase().replace(/\band\b|[,\s]/g, ''))
        return undefined;
    const date = new Map();
    const time = new Map();
    for (const part of parts) {
        const [, amount, unit] = /^(\d+)\s*([a-z]+)$/.exec(part) ?? [];
        if (!amount || !unit)
            return undefined;
        const dateUnit = DATE_UNITS.find(([re]) => re.test(unit))?.[1];
        const timeUnit = TIME_UNITS.find(([re]) => re.test(unit))?.[1];
        const [target, designator] = dateUnit ? [date, dateUnit] : timeUnit ? [time, timeUnit] : [undefined, undefined];
        if (!target || !designator || target.has(designator))
            return undefined;
        target.set(designator, `${Number(amount)}${designator}`);
    }
    const datePart = ORDER.map((d) => date.get(d) ?? '').join('');
    const timePart = TIME_ORDER.map((d) => time.get(d) ?? '').join('');
    return `P${datePart}${timePart ? `T${timePart}` : ''}`;
}


/***/ }),

/***/ 3425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ failuresFirst),
/* harmony export */   N0: () => (/* binding */ declarationCheck),
/* harmony export */   e9: () => (/* binding */ failures),
/* harmony export */   y1: () => (/* binding */ lineFor)
/* harmony export */ });
/* harmony import */ var _core_metric_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8255);
/**
 * Builds declaration checks in one shape: a stable id, the field's dot path, the line in the card,
 * and an example of the fix, so every declaration problem reads the same in the comment and as an
 * annotation.
 */

/** One declaration Check, located at the field's line (or its nearest existing parent's, or line 1). */
function declarationCheck(input) {
    const { field, status, doc } = input;
    const line = lineFor(doc, input.at ?? field);
    const named = input.message.includes(`\`${field}\``) ? input.message : `\`${field}\`: ${input.message}`;
    const check = {
        id: input.id ?? `declaration:${field}`,
        kind: 'declaration',
        status,
        severity: input.severity ?? 'block',
        rule: input.rule ?? `\`${field}\` declared and valid`,
        message: named,
        field,
        location: { file: doc.file, line },
    };
    if (input.fix)
        check.fix = input.fix;
    return check;
}
/** The line of `path`, else of its nearest parent that exists, else 1. */
function lineFor(doc, path) {
    const segments = (0,_core_metric_path_js__WEBPACK_IMPORTED_MODULE_0__/* .splitPath */ .Uf)(path);
    for (let n = segments.length; n > 0; n--) {
        const line = doc.lineOf((0,_core_metric_path_js__WEBPACK_IMPORTED_MODULE_0__/* .joinPath */ .uJ)(segments.slice(0, n)));
        if (line !== undefined)
            return line;
    }
    return 1;
}
const ORDER = { fail: 0, inconclusive: 1, warn: 1, not_evaluated: 2, skip: 3, pass: 4 };
/** Checks with failing ones first, then warnings, then the rest; stable within each status. */
function failuresFirst(checks) {
    return checks
        .map((check, i) => ({ check, i }))
        .sort((a, b) => ORDER[a.check.status] - ORDER[b.check.status] || a.i - b.i)
        .map(({ check }) => check);
}
/** Collects failing checks for a rule module, skipping places already reported. */
function failures(ctx) {
    const checks = [];
    const seen = new Set();
    const fail = (field, message, fix, at) => {
        if (ctx.reported(field) || seen.has(field))
            return;
        seen.add(field);
        checks.push(declarationCheck({ field, status: 'fail', message, fix, doc: ctx.doc, at }));
    };
    return { checks, fail };
}


/***/ })

};
