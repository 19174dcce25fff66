export const id = 765;
export const ids = [765,64];
export const modules = {

/***/ 8765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  artefactPaths: () => (/* binding */ artefactPaths),
  checkDeclarations: () => (/* binding */ checkDeclarations)
});

// EXTERNAL MODULE: ./src/core/metric-path.ts
var metric_path = __webpack_require__(8255);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(5993);
// EXTERNAL MODULE: ./src/metrics/model-index.ts
var model_index = __webpack_require__(9565);
// EXTERNAL MODULE: ./src/parse/mapping.ts
var mapping = __webpack_require__(766);
// EXTERNAL MODULE: ./src/declarations/messages.ts
var messages = __webpack_require__(3425);
;// CONCATENATED MODULE: ./src/declarations/card-metrics.ts
/**
 * Card vs metrics: the numbers a Hugging Face card publishes in `model-index` must be the numbers
 * the candidate has, for every metric the gates look at, so a published card is never stale.
 *
 * A card metric `{type, name, value}` in a result with `dataset.type` D and `task.type` K names
 * the gated metric G when one of these equals G (the first that is gated wins): `D.T`, `K.T`,
 * `D.N`, `K.N`, `T`, `N` (T: the metric's `type`, N: its `name`; D and K are one path segment).
 * Card metrics naming no gated metric are ignored, and so is a gated metric the candidate lacks
 * or holds as a non-number (the gates report those).
 *
 * Within rounding: the card value and the candidate agree when they differ by at most half a unit
 * of the last decimal written on the card (0.811 accepts 0.8114, 0.82 does not accept 0.811); a
 * card may also give a 0..1 metric in percent (81.1 for 0.811). Only the card's written precision
 * widens the tolerance: the candidate's digits are a parsed number's, and JSON drops trailing zeros
 * (`0.300` arrives as 0.3), so they say nothing about how precisely it was measured.
 */





const RULE = 'the card value matches the candidate metric (within rounding)';
/** One check per card value that names a gated metric: pass, stale (fail), not a number (fail), or ambiguous (warn). */
function cardMetricsChecks(doc, data, candidate, gatedMetrics) {
    if (!candidate || gatedMetrics.length === 0 || !(0,mapping/* isMapping */.pi)(data))
        return [];
    const gated = new Map(gatedMetrics.map((name) => [canonical(name), name]));
    const byMetric = new Map();
    for (const entry of cardMetrics((0,mapping/* getOwn */.Ng)(data, 'model-index'))) {
        const key = entry.keys.find((k) => gated.has(k));
        if (key === undefined)
            continue;
        const name = gated.get(key);
        byMetric.set(name, [...(byMetric.get(name) ?? []), entry]);
    }
    const checks = [];
    for (const [name, entries] of byMetric) {
        const value = lookup(candidate, name);
        if (!(0,numbers/* isFiniteNumber */.Bf)(value))
            continue;
        if (new Set(entries.map((e) => e.context)).size > 1)
            checks.push(ambiguous(doc, name, entries));
        else
            checks.push(...entries.map((entry) => compare(doc, name, value, entry)));
    }
    return (0,messages/* failuresFirst */.Cq)(checks);
}
/**
 * Every metric entry of `model-index` (src/metrics/model-index.ts), with the keys it could be known
 * by: first the name unique within the card (what `model-gate metrics` lists for it), then the
 * looser forms, which several entries may share.
 */
function cardMetrics(modelIndex) {
    const entries = (0,model_index/* modelIndexEntries */.wU)(modelIndex);
    const unique = (0,model_index/* modelIndexNames */.QE)(entries);
    return entries.map((entry, i) => {
        const keys = [unique[i]];
        for (const own of [entry.metricType, entry.metricName]) {
            if (own === undefined)
                continue;
            for (const prefix of [entry.datasetType, entry.taskType])
                if (prefix !== undefined)
                    keys.push(`${(0,metric_path/* joinPath */.uJ)([prefix])}.${own}`);
        }
        for (const own of [entry.metricType, entry.metricName])
            if (own !== undefined)
                keys.push(own);
        return {
            path: entry.path,
            value: entry.value,
            keys: keys.map(canonical),
            context: (0,model_index/* evaluationContext */.u1)(entry),
            unique: unique[i],
        };
    });
}
function compare(doc, name, candidate, entry) {
    const field = `${entry.path}.value`;
    const extra = { metric: name, candidate };
    const shownCandidate = (0,numbers/* formatNumber */.ZV)(candidate);
    if (!(0,numbers/* isFiniteNumber */.Bf)(entry.value)) {
        const shown = entry.value === undefined ? 'is missing' : `is ${describe(entry.value)}, not a number`;
        return {
            ...(0,messages/* declarationCheck */.N0)({
                field,
                status: 'fail',
                message: `\`${field}\` (the card's \`${name}\`) ${shown}; the candidate has ${shownCandidate}.`,
                fix: `write the candidate's number, e.g. \`value: ${shownCandidate}\` on line ${(0,messages/* lineFor */.y1)(doc, field)}.`,
                doc,
                rule: RULE,
            }),
            ...extra,
        };
    }
    const card = entry.value;
    const text = writtenText(doc, field, card);
    const agreement = agreesWithin(card, text, candidate);
    if (agreement) {
        const how = agreement === 'percent' ? ' (the card gives it in percent)' : '';
        return {
            ...(0,messages/* declarationCheck */.N0)({
                field,
                status: 'pass',
                message: `\`${field}\` (${text}) matches the candidate's \`${name}\` (${shownCandidate})${how}.`,
                doc,
                rule: RULE,
            }),
            ...extra,
        };
    }
    const inPercent = Math.abs(card) > 1 && Math.abs(candidate) <= 1 && Math.abs(card - 100 * candidate) < Math.abs(card - candidate);
    const suggestion = inPercent ? (0,numbers/* formatNumber */.ZV)(100 * candidate) : shownCandidate;
    return {
        ...(0,messages/* declarationCheck */.N0)({
            field,
            status: 'fail',
            message: `\`${field}\` publishes ${text} for \`${name}\`, but the candidate has ${shownCandidate}${inPercent ? ` (${suggestion}%)` : ''}: the card is stale.`,
            fix: `update the card to the candidate's value: \`value: ${suggestion}\` on line ${(0,messages/* lineFor */.y1)(doc, field)}.`,
            doc,
            rule: RULE,
        }),
        ...extra,
    };
}
function ambiguous(doc, name, entries) {
    const first = entries[0];
    const field = `${first.path}.value`;
    const lines = entries.map((e) => (0,messages/* lineFor */.y1)(doc, `${e.path}.value`)).join(', ');
    const names = entries.map((e) => `\`${e.unique}\``);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    return {
        ...(0,messages/* declarationCheck */.N0)({
            field,
            id: `declaration:model-index:${name}`,
            status: 'warn',
            severity: 'warn',
            message: `\`${field}\` and ${entries.length - 1} other ${entries.length === 2 ? 'result' : 'results'} in \`model-index\` name the gated metric \`${name}\` for different evaluations (lines ${lines}), so model-gate cannot tell which one the candidate's \`${name}\` is; they were not compared.`,
            fix: `give each evaluation its own metric name in the metrics file and the policy, e.g. ${shown} (one per result; \`model-gate metrics ${doc.file}\` lists them), or keep one result for \`${name}\` in the card.`,
            doc,
            rule: RULE,
        }),
        metric: name,
    };
}
/**
 * `plain` when the values agree within the rounding of the card's written value, `percent` when the
 * card gives a 0..1 candidate in percent, undefined when the card is stale.
 */
function agreesWithin(card, cardText, candidate) {
    const cardHalf = halfUnit(decimalsOf(cardText) ?? decimalsOf(String(card)) ?? 0);
    if ((0,numbers/* atMost */.Tu)(Math.abs(card - candidate), cardHalf, card, candidate))
        return 'plain';
    const percent = 100 * candidate;
    if (Math.abs(candidate) <= 1 && (0,numbers/* atMost */.Tu)(Math.abs(card - percent), cardHalf, card, percent))
        return 'percent';
    return undefined;
}
/** Digits after the decimal point as written (`0.80` → 2, `8.1e-1` → 2, `81` → 0), or undefined if not a decimal. */
function decimalsOf(text) {
    const match = /^[-+]?(?:\d+(?:\.(\d*))?|\.(\d+))(?:[eE]([-+]?\d+))?$/.exec(text);
    if (!match)
        return undefined;
    const fraction = (match[1] ?? match[2] ?? '').length;
    return Math.max(0, fraction - Number(match[3] ?? 0));
}
function halfUnit(decimals) {
    return 0.5 * 10 ** -decimals;
}
/** The card value as written (trailing zeros count: `0.80` is two decimals), else its shortest form. */
function writtenText(doc, field, value) {
    const text = doc.valueText?.(field);
    return text !== undefined && decimalsOf(text) !== undefined && Number(text) === value ? text : String(value);
}
function canonical(name) {
    return (0,metric_path/* joinPath */.uJ)((0,metric_path/* splitPath */.Uf)(name));
}
/** The candidate value of a gated metric, by its name as given or as any spelling of the same path. */
function lookup(candidate, name) {
    const direct = candidate.get(name);
    if (direct)
        return direct.value;
    const want = canonical(name);
    for (const [key, metric] of candidate)
        if (canonical(key) === want)
            return metric.value;
    return undefined;
}
function describe(value) {
    if (typeof value === 'string')
        return `the text \`${value}\``;
    if (Array.isArray(value))
        return 'a list';
    if (value !== null && typeof value === 'object')
        return 'a mapping';
    return `\`${String(value)}\``;
}

// EXTERNAL MODULE: ./src/declarations/custom-schema.ts
var custom_schema = __webpack_require__(5064);
// EXTERNAL MODULE: ./src/declarations/iso.ts
var iso = __webpack_require__(3712);
;// CONCATENATED MODULE: ./src/declarations/placeholders.ts
/**
 * Placeholder detection: values that look filled in but say nothing (TBD, TODO, N/A, `<owner>`,
 * example.com addresses, lorem ipsum, blank strings, ...). Declarations treat them as missing.
 */
/** Whole-value markers, compared after trimming, lower-casing and dropping trailing punctuation. */
const MARKERS = new Set([
    'tbd',
    'tba',
    'tbc',
    'todo',
    'to do',
    'fixme',
    'n/a',
    'na',
    'n.a',
    'n.a.',
    'not applicable',
    'unknown',
    'placeholder',
    'changeme',
    'change me',
    'change-me',
    'change_me',
    'fill in',
    'fill me in',
    'fill-in',
    'xxx',
    'xx',
    'x',
    '-',
    '--',
    '---',
    '?',
    '??',
    '???',
    '...',
    '…',
    'null',
    'nil',
    'undefined',
]);
/** Markers that make any text a placeholder wherever they appear as a word ("Owner: TBD"). */
const MARKER_WORD = /(?:^|[^a-z0-9])(tbd|tba|tbc|todo|fixme|xxx+|changeme)(?:$|[^a-z0-9])/i;
/** `<owner>`, `<your team>`, `{{ owner }}`, `[owner name]`, `${OWNER}`. */
const TEMPLATE_SLOT = /^(?:<[^<>]+>|\{\{[^{}]*\}\}|\[[^[\]]+\]|\$\{[^{}]+\})$/;
const LOREM = /\blorem\s+ipsum\b/i;
/** Reserved example domains (RFC 2606): example.com, docs.example.org, in an address, a URL or bare. */
const EXAMPLE_DOMAIN = /(?:^|[@/.\s])((?:[a-z0-9-]+\.)*example\.(?:com|org|net))(?=$|[/:?#\s>)\],;]|\.(?:$|\s))/i;
/** Reserved top-level domains (RFC 2606 / 6761) in an address or URL: a@team.example, https://x.test/. */
const RESERVED_TLD = /(?:@|:\/\/)((?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:example|invalid|test|localhost))(?=$|[/:?#\s>)\],;]|\.(?:$|\s))/i;
/** Why `value` is a placeholder, in words (e.g. "is the placeholder `TBD`"), or undefined when it is real. */
function placeholderReason(value) {
    if (value === null || value === undefined)
        return 'is empty';
    if (Array.isArray(value)) {
        if (value.length === 0)
            return 'is an empty list';
        return value.every((item) => isPlaceholder(item)) ? 'lists only placeholders' : undefined;
    }
    if (typeof value === 'object') {
        const values = Object.values(value);
        if (values.length === 0)
            return 'is an empty mapping';
        return values.every((item) => isPlaceholder(item)) ? 'holds only placeholders' : undefined;
    }
    if (typeof value !== 'string')
        return undefined;
    return stringReason(value);
}
/** True when `value` says nothing: empty, or a placeholder such as TBD, `<owner>` or an example.com address. */
function isPlaceholder(value) {
    return placeholderReason(value) !== undefined;
}
/**
 * Every placeholder leaf (strings and empty values) inside `value`, with dot paths built on `base`
 * (list items as `base.0`). Containers are descended into rather than reported as a whole.
 */
function findPlaceholders(value, base) {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return [{ path: base, reason: 'is an empty list', value }];
        return value.flatMap((item, i) => findPlaceholders(item, `${base}.${i}`));
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 0)
            return [{ path: base, reason: 'is an empty mapping', value }];
        return entries.flatMap(([key, item]) => findPlaceholders(item, `${base}.${escapeKey(key)}`));
    }
    const reason = placeholderReason(value);
    return reason === undefined ? [] : [{ path: base, reason, value }];
}
function stringReason(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        return 'is an empty string';
    const normal = trimmed.toLowerCase().replace(/[.:!]+$/, '');
    if (MARKERS.has(normal) || MARKERS.has(trimmed.toLowerCase()))
        return `is the placeholder \`${trimmed}\``;
    if (TEMPLATE_SLOT.test(trimmed))
        return `is the template slot \`${trimmed}\`, not a value`;
    if (LOREM.test(trimmed))
        return 'is lorem ipsum filler text';
    const marker = MARKER_WORD.exec(trimmed);
    if (marker)
        return `contains the placeholder \`${marker[1]}\``;
    const domain = EXAMPLE_DOMAIN.exec(trimmed) ?? RESERVED_TLD.exec(trimmed);
    if (domain)
        return `uses the reserved example domain \`${domain[1]}\``;
    return undefined;
}
function escapeKey(key) {
    return key.replace(/\\/g, '\\\\').replace(/\./g, '\\.');
}

// EXTERNAL MODULE: ./schema/declarations.schema.json
var declarations_schema = __webpack_require__(8288);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/generated/declarations-validator.ts

const declarationsValidator = (() => {
    const schema11 = declarations_schema;
    const func0 = Object.prototype.hasOwnProperty;
    const schema12 = declarations_schema.definitions.privacy;
    const schema14 = declarations_schema.definitions.text;
    const schema13 = declarations_schema.definitions.texts;
    function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (Array.isArray(data)) {
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 !== "string") {
                    const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
        }
        else {
            const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.type, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        validate12.errors = vErrors;
        return errors === 0;
    }
    const pattern0 = new RegExp("^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?$", "u");
    function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 of Object.keys(data)) {
                if (!((((((((key0 === "personal_data") || (key0 === "data_categories")) || (key0 === "special_categories")) || (key0 === "legal_basis")) || (key0 === "regulations")) || (key0 === "anonymisation")) || (key0 === "dpia")) || (key0 === "retention"))) {
                    const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            if (data.personal_data !== undefined && func0.call(data, "personal_data")) {
                let data0 = data.personal_data;
                if (typeof data0 !== "boolean") {
                    const err1 = { instancePath: instancePath + "/personal_data", schemaPath: "#/properties/personal_data/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.personal_data.type, parentSchema: schema12.properties.personal_data, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data.data_categories !== undefined && func0.call(data, "data_categories")) {
                if (!(validate12(data.data_categories, { instancePath: instancePath + "/data_categories", parentData: data, parentDataProperty: "data_categories", rootData }))) {
                    vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                    errors = vErrors.length;
                }
            }
            if (data.special_categories !== undefined && func0.call(data, "special_categories")) {
                let data2 = data.special_categories;
                if (Array.isArray(data2)) {
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data3 = data2[i0];
                        if (!((((((((data3 === "racial_or_ethnic_origin") || (data3 === "political_opinions")) || (data3 === "religious_or_philosophical_beliefs")) || (data3 === "trade_union_membership")) || (data3 === "genetic")) || (data3 === "biometric")) || (data3 === "health")) || (data3 === "sex_life_or_sexual_orientation"))) {
                            const err2 = { instancePath: instancePath + "/special_categories/" + i0, schemaPath: "#/properties/special_categories/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.special_categories.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.special_categories.items.enum, parentSchema: schema12.properties.special_categories.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err3 = { instancePath: instancePath + "/special_categories", schemaPath: "#/properties/special_categories/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.special_categories.type, parentSchema: schema12.properties.special_categories, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data.legal_basis !== undefined && func0.call(data, "legal_basis")) {
                let data4 = data.legal_basis;
                if (Array.isArray(data4)) {
                    const len1 = data4.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data5 = data4[i1];
                        if (!((((((((data5 === "consent") || (data5 === "contract")) || (data5 === "legal_obligation")) || (data5 === "vital_interests")) || (data5 === "public_task")) || (data5 === "legitimate_interests")) || (data5 === "dpdp_consent")) || (data5 === "dpdp_legitimate_use"))) {
                            const err4 = { instancePath: instancePath + "/legal_basis/" + i1, schemaPath: "#/properties/legal_basis/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.legal_basis.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.legal_basis.items.enum, parentSchema: schema12.properties.legal_basis.items, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/legal_basis", schemaPath: "#/properties/legal_basis/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.legal_basis.type, parentSchema: schema12.properties.legal_basis, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data.regulations !== undefined && func0.call(data, "regulations")) {
                let data6 = data.regulations;
                if (Array.isArray(data6)) {
                    const len2 = data6.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                        let data7 = data6[i2];
                        if (!((((((((data7 === "GDPR") || (data7 === "UK_GDPR")) || (data7 === "HIPAA")) || (data7 === "DPDP")) || (data7 === "CCPA")) || (data7 === "CPRA")) || (data7 === "EU_AI_ACT")) || (data7 === "other"))) {
                            const err6 = { instancePath: instancePath + "/regulations/" + i2, schemaPath: "#/properties/regulations/items/enum", keyword: "enum", params: { allowedValues: schema12.properties.regulations.items.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.regulations.items.enum, parentSchema: schema12.properties.regulations.items, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/regulations", schemaPath: "#/properties/regulations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.regulations.type, parentSchema: schema12.properties.regulations, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data.anonymisation !== undefined && func0.call(data, "anonymisation")) {
                let data8 = data.anonymisation;
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                    for (const key1 of Object.keys(data8)) {
                        if (!((((key1 === "method") || (key1 === "epsilon")) || (key1 === "delta")) || (key1 === "details"))) {
                            const err8 = { instancePath: instancePath + "/anonymisation", schemaPath: "#/properties/anonymisation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.anonymisation, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data8.method !== undefined && func0.call(data8, "method")) {
                        let data9 = data8.method;
                        if (!((((((data9 === "none") || (data9 === "pseudonymisation")) || (data9 === "hipaa_safe_harbor")) || (data9 === "hipaa_expert_determination")) || (data9 === "differential_privacy")) || (data9 === "other"))) {
                            const err9 = { instancePath: instancePath + "/anonymisation/method", schemaPath: "#/properties/anonymisation/properties/method/enum", keyword: "enum", params: { allowedValues: schema12.properties.anonymisation.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.anonymisation.properties.method.enum, parentSchema: schema12.properties.anonymisation.properties.method, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    if (data8.epsilon !== undefined && func0.call(data8, "epsilon")) {
                        let data10 = data8.epsilon;
                        if ((typeof data10 == "number") && (isFinite(data10))) {
                            if (data10 <= 0 || isNaN(data10)) {
                                const err10 = { instancePath: instancePath + "/anonymisation/epsilon", schemaPath: "#/properties/anonymisation/properties/epsilon/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.anonymisation.properties.epsilon, data: data10 };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err11 = { instancePath: instancePath + "/anonymisation/epsilon", schemaPath: "#/properties/anonymisation/properties/epsilon/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.anonymisation.properties.epsilon.type, parentSchema: schema12.properties.anonymisation.properties.epsilon, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data8.delta !== undefined && func0.call(data8, "delta")) {
                        let data11 = data8.delta;
                        if ((typeof data11 == "number") && (isFinite(data11))) {
                            if (data11 < 0 || isNaN(data11)) {
                                const err12 = { instancePath: instancePath + "/anonymisation/delta", schemaPath: "#/properties/anonymisation/properties/delta/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema12.properties.anonymisation.properties.delta, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err12];
                                }
                                else {
                                    vErrors.push(err12);
                                }
                                errors++;
                            }
                            if (data11 >= 1 || isNaN(data11)) {
                                const err13 = { instancePath: instancePath + "/anonymisation/delta", schemaPath: "#/properties/anonymisation/properties/delta/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema12.properties.anonymisation.properties.delta, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err14 = { instancePath: instancePath + "/anonymisation/delta", schemaPath: "#/properties/anonymisation/properties/delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.anonymisation.properties.delta.type, parentSchema: schema12.properties.anonymisation.properties.delta, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    if (data8.details !== undefined && func0.call(data8, "details")) {
                        let data12 = data8.details;
                        if (typeof data12 !== "string") {
                            const err15 = { instancePath: instancePath + "/anonymisation/details", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/anonymisation", schemaPath: "#/properties/anonymisation/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.anonymisation.type, parentSchema: schema12.properties.anonymisation, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            if (data.dpia !== undefined && func0.call(data, "dpia")) {
                let data13 = data.dpia;
                if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    for (const key2 of Object.keys(data13)) {
                        if (!((key2 === "required") || (key2 === "reference"))) {
                            const err17 = { instancePath: instancePath + "/dpia", schemaPath: "#/properties/dpia/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.dpia, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data13.required !== undefined && func0.call(data13, "required")) {
                        let data14 = data13.required;
                        if (typeof data14 !== "boolean") {
                            const err18 = { instancePath: instancePath + "/dpia/required", schemaPath: "#/properties/dpia/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.dpia.properties.required.type, parentSchema: schema12.properties.dpia.properties.required, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data13.reference !== undefined && func0.call(data13, "reference")) {
                        let data15 = data13.reference;
                        if (typeof data15 !== "string") {
                            const err19 = { instancePath: instancePath + "/dpia/reference", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err20 = { instancePath: instancePath + "/dpia", schemaPath: "#/properties/dpia/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.dpia.type, parentSchema: schema12.properties.dpia, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
            if (data.retention !== undefined && func0.call(data, "retention")) {
                let data16 = data.retention;
                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                    for (const key3 of Object.keys(data16)) {
                        if (!((key3 === "period") || (key3 === "policy"))) {
                            const err21 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.retention, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data16.period !== undefined && func0.call(data16, "period")) {
                        let data17 = data16.period;
                        if (typeof data17 === "string") {
                            if (!pattern0.test(data17)) {
                                const err22 = { instancePath: instancePath + "/retention/period", schemaPath: "#/properties/retention/properties/period/pattern", keyword: "pattern", params: { pattern: "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?$" }, message: "must match pattern \"" + "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?$" + "\"", schema: "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?$", parentSchema: schema12.properties.retention.properties.period, data: data17 };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err23 = { instancePath: instancePath + "/retention/period", schemaPath: "#/properties/retention/properties/period/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.retention.properties.period.type, parentSchema: schema12.properties.retention.properties.period, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    if (data16.policy !== undefined && func0.call(data16, "policy")) {
                        let data18 = data16.policy;
                        if (typeof data18 !== "string") {
                            const err24 = { instancePath: instancePath + "/retention/policy", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data18 };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err25 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.retention.type, parentSchema: schema12.properties.retention, data: data16 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
        }
        else {
            const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        validate11.errors = vErrors;
        return errors === 0;
    }
    const schema18 = declarations_schema.definitions.ownership;
    const schema25 = declarations_schema.definitions.date;
    const schema19 = declarations_schema.definitions.owner;
    function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 of Object.keys(data)) {
                if (!((((key0 === "name") || (key0 === "handle")) || (key0 === "role")) || (key0 === "contact"))) {
                    const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            if (data.name !== undefined && func0.call(data, "name")) {
                let data0 = data.name;
                if (typeof data0 !== "string") {
                    const err1 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data.handle !== undefined && func0.call(data, "handle")) {
                let data1 = data.handle;
                if (typeof data1 !== "string") {
                    const err2 = { instancePath: instancePath + "/handle", schemaPath: "#/properties/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.handle.type, parentSchema: schema19.properties.handle, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data.role !== undefined && func0.call(data, "role")) {
                let data2 = data.role;
                if (typeof data2 !== "string") {
                    const err3 = { instancePath: instancePath + "/role", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data.contact !== undefined && func0.call(data, "contact")) {
                let data3 = data.contact;
                if (typeof data3 !== "string") {
                    const err4 = { instancePath: instancePath + "/contact", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        validate16.errors = vErrors;
        return errors === 0;
    }
    const pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
    function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 of Object.keys(data)) {
                if (!((((((key0 === "owners") || (key0 === "team")) || (key0 === "on_call")) || (key0 === "escalation")) || (key0 === "support_level")) || (key0 === "review"))) {
                    const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            if (data.owners !== undefined && func0.call(data, "owners")) {
                let data0 = data.owners;
                if (Array.isArray(data0)) {
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        if (!(validate16(data0[i0], { instancePath: instancePath + "/owners/" + i0, parentData: data0, parentDataProperty: i0, rootData }))) {
                            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err1 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.owners.type, parentSchema: schema18.properties.owners, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            if (data.team !== undefined && func0.call(data, "team")) {
                let data2 = data.team;
                if (typeof data2 !== "string") {
                    const err2 = { instancePath: instancePath + "/team", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            if (data.on_call !== undefined && func0.call(data, "on_call")) {
                let data3 = data.on_call;
                if (typeof data3 !== "string") {
                    const err3 = { instancePath: instancePath + "/on_call", schemaPath: "#/properties/on_call/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.on_call.type, parentSchema: schema18.properties.on_call, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data.escalation !== undefined && func0.call(data, "escalation")) {
                let data4 = data.escalation;
                if (typeof data4 !== "string") {
                    const err4 = { instancePath: instancePath + "/escalation", schemaPath: "#/properties/escalation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.escalation.type, parentSchema: schema18.properties.escalation, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data.support_level !== undefined && func0.call(data, "support_level")) {
                let data5 = data.support_level;
                if (typeof data5 !== "string") {
                    const err5 = { instancePath: instancePath + "/support_level", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data.review !== undefined && func0.call(data, "review")) {
                let data6 = data.review;
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key1 of Object.keys(data6)) {
                        if (!((key1 === "last_reviewed") || (key1 === "next_review_due"))) {
                            const err6 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.review, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data6.last_reviewed !== undefined && func0.call(data6, "last_reviewed")) {
                        let data7 = data6.last_reviewed;
                        if (typeof data7 === "string") {
                            if (!pattern1.test(data7)) {
                                const err7 = { instancePath: instancePath + "/review/last_reviewed", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"", schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema25, data: data7 };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err8 = { instancePath: instancePath + "/review/last_reviewed", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data6.next_review_due !== undefined && func0.call(data6, "next_review_due")) {
                        let data8 = data6.next_review_due;
                        if (typeof data8 === "string") {
                            if (!pattern1.test(data8)) {
                                const err9 = { instancePath: instancePath + "/review/next_review_due", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"", schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema25, data: data8 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err10 = { instancePath: instancePath + "/review/next_review_due", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.review.type, parentSchema: schema18.properties.review, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        validate15.errors = vErrors;
        return errors === 0;
    }
    const schema27 = declarations_schema.definitions.maintenance;
    function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 of Object.keys(data)) {
                if (!((key0 === "retraining") || (key0 === "monitoring"))) {
                    const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            if (data.retraining !== undefined && func0.call(data, "retraining")) {
                let data0 = data.retraining;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                    for (const key1 of Object.keys(data0)) {
                        if (!(((key1 === "schedule") || (key1 === "trigger")) || (key1 === "last_trained"))) {
                            const err1 = { instancePath: instancePath + "/retraining", schemaPath: "#/properties/retraining/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.retraining, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    if (data0.schedule !== undefined && func0.call(data0, "schedule")) {
                        let data1 = data0.schedule;
                        if (typeof data1 !== "string") {
                            const err2 = { instancePath: instancePath + "/retraining/schedule", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    if (data0.trigger !== undefined && func0.call(data0, "trigger")) {
                        let data2 = data0.trigger;
                        if (typeof data2 !== "string") {
                            const err3 = { instancePath: instancePath + "/retraining/trigger", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                    if (data0.last_trained !== undefined && func0.call(data0, "last_trained")) {
                        let data3 = data0.last_trained;
                        if (typeof data3 === "string") {
                            if (!pattern1.test(data3)) {
                                const err4 = { instancePath: instancePath + "/retraining/last_trained", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"", schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema25, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err5 = { instancePath: instancePath + "/retraining/last_trained", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/retraining", schemaPath: "#/properties/retraining/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.retraining.type, parentSchema: schema27.properties.retraining, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data.monitoring !== undefined && func0.call(data, "monitoring")) {
                let data4 = data.monitoring;
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    for (const key2 of Object.keys(data4)) {
                        if (!(((key2 === "drift_metrics") || (key2 === "alert_channel")) || (key2 === "dashboard"))) {
                            const err7 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.monitoring, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data4.drift_metrics !== undefined && func0.call(data4, "drift_metrics")) {
                        if (!(validate12(data4.drift_metrics, { instancePath: instancePath + "/monitoring/drift_metrics", parentData: data4, parentDataProperty: "drift_metrics", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data4.alert_channel !== undefined && func0.call(data4, "alert_channel")) {
                        let data6 = data4.alert_channel;
                        if (typeof data6 !== "string") {
                            const err8 = { instancePath: instancePath + "/monitoring/alert_channel", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data4.dashboard !== undefined && func0.call(data4, "dashboard")) {
                        let data7 = data4.dashboard;
                        if (typeof data7 !== "string") {
                            const err9 = { instancePath: instancePath + "/monitoring/dashboard", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err10 = { instancePath: instancePath + "/monitoring", schemaPath: "#/properties/monitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.monitoring.type, parentSchema: schema27.properties.monitoring, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
        }
        else {
            const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        validate19.errors = vErrors;
        return errors === 0;
    }
    const schema33 = declarations_schema.definitions.governance;
    const schema34 = declarations_schema.definitions.prose;
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if ((typeof data !== "string") && (!(Array.isArray(data)))) {
            const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema34.type }, message: "must be string,array", schema: schema34.type, parentSchema: schema34, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (Array.isArray(data)) {
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 !== "string") {
                    const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
        validate23.errors = vErrors;
        return errors === 0;
    }
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            for (const key0 of Object.keys(data)) {
                if (!(((((key0 === "intended_use") || (key0 === "out_of_scope_use")) || (key0 === "limitations")) || (key0 === "fairness")) || (key0 === "explainability"))) {
                    const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            if (data.intended_use !== undefined && func0.call(data, "intended_use")) {
                if (!(validate23(data.intended_use, { instancePath: instancePath + "/intended_use", parentData: data, parentDataProperty: "intended_use", rootData }))) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                }
            }
            if (data.out_of_scope_use !== undefined && func0.call(data, "out_of_scope_use")) {
                if (!(validate23(data.out_of_scope_use, { instancePath: instancePath + "/out_of_scope_use", parentData: data, parentDataProperty: "out_of_scope_use", rootData }))) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                }
            }
            if (data.limitations !== undefined && func0.call(data, "limitations")) {
                if (!(validate23(data.limitations, { instancePath: instancePath + "/limitations", parentData: data, parentDataProperty: "limitations", rootData }))) {
                    vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                    errors = vErrors.length;
                }
            }
            if (data.fairness !== undefined && func0.call(data, "fairness")) {
                let data3 = data.fairness;
                if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                    for (const key1 of Object.keys(data3)) {
                        if (!((key1 === "assessed_slices") || (key1 === "report"))) {
                            const err1 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.fairness, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    if (data3.assessed_slices !== undefined && func0.call(data3, "assessed_slices")) {
                        if (!(validate12(data3.assessed_slices, { instancePath: instancePath + "/fairness/assessed_slices", parentData: data3, parentDataProperty: "assessed_slices", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data3.report !== undefined && func0.call(data3, "report")) {
                        let data5 = data3.report;
                        if (typeof data5 !== "string") {
                            const err2 = { instancePath: instancePath + "/fairness/report", schemaPath: "#/definitions/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err3 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.fairness.type, parentSchema: schema33.properties.fairness, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data.explainability !== undefined && func0.call(data, "explainability")) {
                let data6 = data.explainability;
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key2 of Object.keys(data6)) {
                        if (!((key2 === "methods") || (key2 === "artefacts"))) {
                            const err4 = { instancePath: instancePath + "/explainability", schemaPath: "#/properties/explainability/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.explainability, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    if (data6.methods !== undefined && func0.call(data6, "methods")) {
                        if (!(validate12(data6.methods, { instancePath: instancePath + "/explainability/methods", parentData: data6, parentDataProperty: "methods", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data6.artefacts !== undefined && func0.call(data6, "artefacts")) {
                        if (!(validate12(data6.artefacts, { instancePath: instancePath + "/explainability/artefacts", parentData: data6, parentDataProperty: "artefacts", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/explainability", schemaPath: "#/properties/explainability/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.explainability.type, parentSchema: schema33.properties.explainability, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        else {
            const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        validate22.errors = vErrors;
        return errors === 0;
    }
    function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
        /*# sourceURL="https://model-gate.dev/schema/declarations.schema.json" */ ;
        let vErrors = null;
        let errors = 0;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.privacy !== undefined && func0.call(data, "privacy")) {
                if (!(validate11(data.privacy, { instancePath: instancePath + "/privacy", parentData: data, parentDataProperty: "privacy", rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
            if (data.ownership !== undefined && func0.call(data, "ownership")) {
                if (!(validate15(data.ownership, { instancePath: instancePath + "/ownership", parentData: data, parentDataProperty: "ownership", rootData }))) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                }
            }
            if (data.maintenance !== undefined && func0.call(data, "maintenance")) {
                if (!(validate19(data.maintenance, { instancePath: instancePath + "/maintenance", parentData: data, parentDataProperty: "maintenance", rootData }))) {
                    vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                    errors = vErrors.length;
                }
            }
            if (data.governance !== undefined && func0.call(data, "governance")) {
                if (!(validate22(data.governance, { instancePath: instancePath + "/governance", parentData: data, parentDataProperty: "governance", rootData }))) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        validate10.errors = vErrors;
        return errors === 0;
    }
    return { validate: validate10, copies: [[schema11, ""], [schema12, "/definitions/privacy"], [schema13, "/definitions/texts"], [schema14, "/definitions/text"], [schema18, "/definitions/ownership"], [schema19, "/definitions/owner"], [schema25, "/definitions/date"], [schema27, "/definitions/maintenance"], [schema33, "/definitions/governance"], [schema34, "/definitions/prose"]] };
})();

;// CONCATENATED MODULE: ./src/declarations/schema.ts






/** The sections model-gate defines; every other top-level key (Hugging Face's) is left alone. */
const SECTIONS = ['privacy', 'ownership', 'maintenance', 'governance'];
/** Precompiled at build time (scripts/validators.mjs). */
const validate = declarationsValidator.validate;
/** The schema node describing a dot path (list indexes and `*` step into `items`), if any. */
function schemaAt(path) {
    let node = declarations_schema;
    for (const segment of (0,metric_path/* splitPath */.Uf)(path)) {
        node = resolve(node);
        if (!node)
            return undefined;
        node = /^(\d+|\*)$/.test(segment) ? node.items : node.properties?.[segment];
    }
    return node;
}
function resolve(node) {
    const ref = node?.$ref;
    if (!ref)
        return node;
    const name = ref.replace('#/definitions/', '');
    return resolve(declarations_schema.definitions[name]);
}
/** The schema's first example for a field (e.g. `[contract]` for `privacy.legal_basis`). */
function exampleFor(path) {
    const node = schemaAt(path);
    return node?.examples?.[0] ?? resolve(node)?.examples?.[0];
}
/** "`privacy.legal_basis: [contract]`": the field with an example value, ready for a fix hint. */
function fieldExample(path, value = exampleFor(path)) {
    return `\`${path}: ${value === undefined ? '...' : yamlInline(value)}\``;
}
/** Plain scalars YAML 1.2's core schema reads as something other than a string. */
const YAML_NON_STRING = /^(?:true|false|null|~|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i;
/** A value written as one line of YAML flow style. */
function yamlInline(value) {
    if (Array.isArray(value))
        return `[${value.map(yamlInline).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
        return `{${Object.entries(value)
            .map(([k, v]) => `${k}: ${yamlInline(v)}`)
            .join(', ')}}`;
    }
    if (typeof value === 'string') {
        const plain = /^[A-Za-z0-9][\w .()/+-]*$/.test(value) && !YAML_NON_STRING.test(value) && !/\s$/.test(value);
        return plain ? value : `'${value.replace(/'/g, "''")}'`;
    }
    return String(value);
}
/** Lower case with `-`, `_` and spaces equivalent: how enum values are matched. */
function enumKey(value) {
    return value
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, '_');
}
/** Spellings people use for canonical values beyond case and separators. */
const ALIASES = {
    pseudonymization: 'pseudonymisation',
    pseudonymisation: 'pseudonymisation',
    hipaa_safe_harbour: 'hipaa_safe_harbor',
    legitimate_interest: 'legitimate_interests',
    vital_interest: 'vital_interests',
    ukgdpr: 'UK_GDPR',
    eu_aia: 'EU_AI_ACT',
};
const ENUM_FIELDS = ['privacy.special_categories.*', 'privacy.legal_basis.*', 'privacy.regulations.*', 'privacy.anonymisation.method'];
/** The canonical spelling of an enum value at a field (`uk gdpr` → `UK_GDPR`), if it names one. */
function canonicalEnum(field, value) {
    const allowed = resolve(schemaAt(field))?.enum ?? [];
    const key = enumKey(value);
    const alias = ALIASES[key];
    return allowed.find((a) => enumKey(a) === key || a === alias);
}
/**
 * A copy of the data whose enum values inside `privacy` are in their canonical spelling
 * (`Differential Privacy` → `differential_privacy`). Unknown values are kept for the schema to report.
 */
function normaliseDeclarations(data) {
    const privacy = data.privacy;
    if (!isMapping(privacy))
        return data;
    const copy = cloneMapping(data);
    const out = cloneMapping(privacy);
    copy.privacy = out;
    for (const field of ENUM_FIELDS) {
        const [, key, inner] = (0,metric_path/* splitPath */.Uf)(field);
        if (!key)
            continue;
        const value = out[key];
        if (inner === '*' && Array.isArray(value)) {
            out[key] = value.map((item) => (typeof item === 'string' ? (canonicalEnum(field, item) ?? item) : item));
        }
        else if (inner && isMapping(value) && typeof value[inner] === 'string') {
            const inside = cloneMapping(value);
            inside[inner] = canonicalEnum(field, value[inner]) ?? value[inner];
            out[key] = inside;
        }
    }
    return copy;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function cloneMapping(value) {
    const out = Object.create(null);
    for (const [k, v] of Object.entries(value))
        out[k] = v;
    return out;
}
/** Fields holding a YYYY-MM-DD date (checked to be a real calendar date beyond the schema's pattern). */
const DATE_FIELDS = ['ownership.review.last_reviewed', 'ownership.review.next_review_due', 'maintenance.retraining.last_trained'];
/**
 * Schema problems inside our sections, one fail check per place. `skip(path)` is true for places
 * already reported (placeholders), whose schema errors are left out.
 */
function schemaChecks(doc, data, skip = () => false) {
    const found = validate(data) ? [] : (validate.errors ?? []).map((e) => translate(e, data));
    const best = new Map();
    for (const t of found) {
        if (!t || (!t.unknownKey && skip(t.path)))
            continue;
        const current = best.get(t.path);
        if (!current || t.rank > current.rank)
            best.set(t.path, t);
    }
    for (const path of DATE_FIELDS) {
        const value = valueAt(data, path);
        if (best.has(path) || skip(path) || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || (0,iso/* parseIsoDate */.jT)(value))
            continue;
        best.set(path, {
            path,
            rank: 1,
            message: `\`${path}\` is \`${value}\`, which is not a real calendar date.`,
            fix: `write a real date, e.g. ${fieldExample(path)}`,
        });
    }
    const checks = [...best.values()].map((t) => (0,messages/* declarationCheck */.N0)({
        field: t.path,
        status: 'fail',
        message: t.message,
        fix: t.fix,
        doc,
        rule: `\`${t.path}\` matches the declarations schema`,
    }));
    const covered = [...best.values()].flatMap((t) => (t.also ? [t.path, t.also] : [t.path]));
    return { checks, covered };
}
const TYPE_WORDS = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: '`true` or `false`',
};
function translate(error, data) {
    const segments = (0,words/* pointerSegments */.cP)(error.instancePath);
    const path = (0,metric_path/* joinPath */.uJ)(segments);
    const section = segments[0];
    if (!section || !SECTIONS.includes(section))
        return undefined;
    const value = error.data;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const guess = (0,words/* closest */.kp)(key, allowed);
            const field = (0,metric_path/* joinPath */.uJ)([...segments, key]);
            const also = guess ? (0,metric_path/* joinPath */.uJ)([...segments, guess]) : undefined;
            const present = guess !== undefined && isMapping(valueAt(data, path)) && valueAt(data, path)[guess] !== undefined;
            return {
                path: field,
                rank: 3,
                unknownKey: true,
                also: present ? undefined : also,
                message: `\`${field}\` is not a known key of \`${path}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: also
                    ? `rename it to \`${guess}\`, e.g. ${fieldExample(also)}`
                    : `use only ${allowed.map((k) => `\`${k}\``).join(', ')} under \`${path}\``,
            };
        }
        case 'enum': {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const guess = typeof value === 'string' ? (0,words/* closest */.kp)(enumKey(value), allowed) : undefined;
            const shown = typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value);
            return {
                path,
                rank: 2,
                message: `\`${path}\` is ${shown}, which is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: guess ? `write \`${guess}\`` : `write one of the values listed, e.g. ${fieldExample(listOf(path))}`,
            };
        }
        case 'type': {
            if (value === null || value === undefined)
                return undefined;
            const types = [].concat(error.params.type);
            const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
            const yesNo = types.includes('boolean') && typeof value === 'string' && /^(yes|no|y|n|on|off|true|false)$/i.test(value);
            return {
                path,
                rank: 1,
                message: `\`${path}\` must be ${expected}, found ${describeValue(value)}${yesNo ? ' (YAML 1.2 reads `yes`/`no` as text: write `true` or `false`)' : ''}.`,
                fix: `write ${fieldExample(listOf(path))}`,
            };
        }
        case 'pattern':
            return patternProblem(path, value);
        case 'exclusiveMinimum':
        case 'minimum':
        case 'exclusiveMaximum':
        case 'maximum': {
            const limit = error.params.limit;
            const words = { exclusiveMinimum: 'greater than', minimum: 'at least', exclusiveMaximum: 'less than', maximum: 'at most' }[error.keyword];
            return {
                path,
                rank: 2,
                message: `\`${path}\` must be ${words} ${limit}, found ${JSON.stringify(value)}.`,
                fix: `write e.g. ${fieldExample(path)}`,
            };
        }
        default:
            return { path, rank: 0, message: `\`${path}\` ${error.message ?? 'is invalid'}.`, fix: `write e.g. ${fieldExample(listOf(path))}` };
    }
}
function patternProblem(path, value) {
    const text = String(value);
    if (path === 'privacy.retention.period') {
        const suggestion = (0,iso/* suggestIsoDuration */.I_)(text);
        const ok = suggestion !== undefined && (0,iso/* isIsoDuration */.wy)(suggestion);
        return {
            path,
            rank: 2,
            message: `\`${path}\` is \`${text}\`, which is not an ISO-8601 duration (P18M is 18 months, P1Y6M a year and a half, P30D 30 days, PT12H 12 hours).`,
            fix: ok ? `write ${fieldExample(path, suggestion)}` : `write e.g. ${fieldExample(path)} for 18 months`,
        };
    }
    const suggestion = (0,iso/* suggestIsoDate */.Ob)(text);
    return {
        path,
        rank: 2,
        message: `\`${path}\` is \`${text}\`, which is not a date written YYYY-MM-DD.`,
        fix: `write ${fieldExample(path, suggestion ?? exampleFor(path))}`,
    };
}
/** A list item's path → the list's path (for examples), other paths unchanged. */
function listOf(path) {
    const segments = (0,metric_path/* splitPath */.Uf)(path);
    return /^\d+$/.test(segments[segments.length - 1] ?? '') ? (0,metric_path/* joinPath */.uJ)(segments.slice(0, -1)) : path;
}
function describeValue(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value !== null && typeof value === 'object')
        return 'a mapping';
    return typeof value === 'string' ? `the text \`${value}\`` : `\`${JSON.stringify(value)}\``;
}
/** The value at a dot path of own mapping keys and list indexes, or undefined. */
function valueAt(data, path) {
    let node = data;
    for (const segment of (0,metric_path/* splitPath */.Uf)(path)) {
        if (Array.isArray(node) && /^\d+$/.test(segment))
            node = node[Number(segment)];
        else if (isMapping(node) && Object.prototype.hasOwnProperty.call(node, segment))
            node = node[segment];
        else
            return undefined;
    }
    return node;
}

;// CONCATENATED MODULE: ./src/declarations/privacy.ts



/** The six lawful bases of GDPR art. 6 (UK GDPR has the same). */
const GDPR_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests'];
/** The grounds of India's DPDP Act 2023. */
const DPDP_BASES = ['dpdp_consent', 'dpdp_legitimate_use'];
/** De-identification methods the HIPAA Privacy Rule recognises (45 CFR 164.514(b)). */
const HIPAA_METHODS = ['hipaa_safe_harbor', 'hipaa_expert_determination'];
const GDPR_LIKE = ['GDPR', 'UK_GDPR'];
/** Failing checks for the `privacy` section of (normalised) declarations data. */
function privacyChecks(ctx, data) {
    const privacy = isMapping(data.privacy) ? data.privacy : {};
    const { checks, fail } = (0,messages/* failures */.e9)(ctx);
    const personalData = privacy.personal_data;
    if (typeof personalData !== 'boolean') {
        fail('privacy.personal_data', '`privacy.personal_data` is missing: the card must say whether the model uses personal data.', `add ${fieldExample('privacy.personal_data', true)} (or \`false\` when it uses none)`);
    }
    if (personalData === true)
        personalDataRules(privacy, fail);
    if (personalData === false)
        contradictions(privacy, fail);
    anonymisationDetails(privacy, fail);
    return checks;
}
function personalDataRules(privacy, fail) {
    const because = 'required because `privacy.personal_data` is true';
    if (!filled(privacy.data_categories)) {
        fail('privacy.data_categories', `\`privacy.data_categories\` is missing (${because}): list the kinds of personal data used.`, `add ${fieldExample('privacy.data_categories')}`);
    }
    const regulations = strings(privacy.regulations);
    if (regulations.length === 0) {
        fail('privacy.regulations', `\`privacy.regulations\` is missing (${because}): name the regulations the data falls under.`, `add ${fieldExample('privacy.regulations')} (GDPR, UK_GDPR, HIPAA, DPDP, CCPA, CPRA, EU_AI_ACT or other)`);
    }
    legalBasisRules(privacy, regulations, fail);
    dpiaRules(privacy, regulations, fail);
    const anonymisation = isMapping(privacy.anonymisation) ? privacy.anonymisation : {};
    const method = anonymisation.method;
    if (regulations.includes('HIPAA')) {
        if (typeof method !== 'string' || !HIPAA_METHODS.includes(method)) {
            const found = typeof method === 'string' ? `is \`${method}\`, which HIPAA does not recognise as de-identification` : 'is missing';
            fail('privacy.anonymisation.method', `\`privacy.anonymisation.method\` ${found}: with HIPAA in \`privacy.regulations\` it must be \`hipaa_safe_harbor\` or \`hipaa_expert_determination\`.`, `write ${fieldExample('privacy.anonymisation.method', 'hipaa_safe_harbor')}`);
        }
    }
    else if (!filled(method)) {
        fail('privacy.anonymisation.method', `\`privacy.anonymisation.method\` is missing (${because}): say how the personal data is protected.`, `add ${fieldExample('privacy.anonymisation.method')} (or \`none\`, \`differential_privacy\`, ...)`);
    }
    const retention = isMapping(privacy.retention) ? privacy.retention : {};
    if (!filled(retention.period)) {
        fail('privacy.retention.period', `\`privacy.retention.period\` is missing (${because}): say how long the personal data is kept, as an ISO-8601 duration.`, `add ${fieldExample('privacy.retention.period')} (18 months)`);
    }
}
function legalBasisRules(privacy, regulations, fail) {
    const gdpr = regulations.filter((r) => GDPR_LIKE.includes(r));
    const dpdp = regulations.includes('DPDP');
    if (gdpr.length === 0 && !dpdp)
        return;
    const needs = [...gdpr, ...(dpdp ? ['DPDP'] : [])].map((r) => `\`${r}\``).join(' and ');
    const bases = strings(privacy.legal_basis);
    const example = [...(gdpr.length ? ['contract'] : []), ...(dpdp ? ['dpdp_consent'] : [])];
    if (bases.length === 0) {
        fail('privacy.legal_basis', `\`privacy.legal_basis\` is missing: ${needs} in \`privacy.regulations\` need a legal basis for processing personal data.`, `add ${fieldExample('privacy.legal_basis', example)}`);
        return;
    }
    const problems = [];
    if (gdpr.length && !bases.some((b) => GDPR_BASES.includes(b))) {
        problems.push(`${gdpr.map((r) => `\`${r}\``).join(' and ')} need${gdpr.length === 1 ? 's' : ''} one of the six art. 6 bases (${GDPR_BASES.join(', ')})`);
    }
    if (dpdp && !bases.some((b) => DPDP_BASES.includes(b)))
        problems.push(`\`DPDP\` needs \`dpdp_consent\` or \`dpdp_legitimate_use\``);
    if (problems.length) {
        fail('privacy.legal_basis', `\`privacy.legal_basis\` is ${yamlInline(bases)}, which does not fit \`privacy.regulations\`: ${problems.join('; ')}.`, `write ${fieldExample('privacy.legal_basis', [...new Set([...bases.filter((b) => !example.includes(b)), ...example])])}`);
    }
}
function dpiaRules(privacy, regulations, fail) {
    const special = strings(privacy.special_categories).filter((c) => canonicalEnum('privacy.special_categories.*', c) === c);
    const reasons = [
        ...(special.length ? [`special categories (${special.join(', ')}) in \`privacy.special_categories\``] : []),
        ...(regulations.includes('HIPAA') ? ['`HIPAA` in `privacy.regulations`'] : []),
    ];
    if (reasons.length === 0)
        return;
    const why = reasons.join(' and ');
    const dpia = isMapping(privacy.dpia) ? privacy.dpia : {};
    if (dpia.required === false) {
        fail('privacy.dpia.required', `\`privacy.dpia.required\` is false, but ${why} require a data protection impact assessment.`, `write ${fieldExample('privacy.dpia.required', true)} and add \`privacy.dpia.reference\``);
    }
    if (!filled(dpia.reference)) {
        fail('privacy.dpia.reference', `\`privacy.dpia.reference\` is missing: ${why} require a DPIA, and the card must point at it.`, `add ${fieldExample('privacy.dpia', { required: true, reference: 'DPIA-2026-014' })}`);
    }
}
function contradictions(privacy, fail) {
    for (const key of ['data_categories', 'special_categories', 'legal_basis']) {
        const value = privacy[key];
        if (!filled(value))
            continue;
        const field = `privacy.${key}`;
        fail(field, `\`privacy.personal_data\` is false, but \`${field}\` is ${yamlInline(value)}: the card contradicts itself.`, `if the model uses personal data, write \`privacy.personal_data: true\` and complete the privacy section; otherwise remove \`${field}\``);
    }
}
function anonymisationDetails(privacy, fail) {
    const anonymisation = isMapping(privacy.anonymisation) ? privacy.anonymisation : {};
    if (anonymisation.method === 'differential_privacy') {
        for (const [key, example] of [
            ['epsilon', 1.0],
            ['delta', 1e-6],
        ]) {
            if (typeof anonymisation[key] !== 'number') {
                fail(`privacy.anonymisation.${key}`, `\`privacy.anonymisation.${key}\` is missing: differential privacy is only meaningful with its ${key === 'epsilon' ? 'ε (epsilon > 0)' : 'δ (0 ≤ delta < 1)'}.`, `add ${fieldExample(`privacy.anonymisation.${key}`, example)}`);
            }
        }
    }
    if (anonymisation.method === 'other' && !filled(anonymisation.details)) {
        fail('privacy.anonymisation.details', '`privacy.anonymisation.details` is missing: with `method: other`, say what the method is.', `add ${fieldExample('privacy.anonymisation.details')}`);
    }
}
/** Present and not a placeholder (an empty list counts as missing). */
function filled(value) {
    return value !== undefined && !isPlaceholder(value);
}
/** The non-placeholder strings of a list (anything else: none). */
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string' && !isPlaceholder(v)) : [];
}

;// CONCATENATED MODULE: ./src/declarations/governance.ts




const governance_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Every artefact the `governance` section names, classified (`fairness.report` first, then the artefacts). */
function governanceArtefacts(data) {
    const refs = [];
    const report = valueAt(data, 'governance.fairness.report');
    if (typeof report === 'string' && filled(report)) {
        const looksLikePath = /[/\\]/.test(report) || /\.[a-z0-9]{1,5}$/i.test(report);
        refs.push(looksLikePath || governance_URL.test(report)
            ? classify('governance.fairness.report', report)
            : { field: 'governance.fairness.report', value: report, kind: 'reference' });
    }
    const artefacts = valueAt(data, 'governance.explainability.artefacts');
    if (Array.isArray(artefacts)) {
        artefacts.forEach((value, i) => {
            if (typeof value === 'string' && filled(value))
                refs.push(classify(`governance.explainability.artefacts.${i}`, value));
        });
    }
    return refs;
}
function classify(field, raw) {
    const value = raw.trim();
    if (governance_URL.test(value))
        return { field, value, kind: 'url' };
    if (value.includes('\\'))
        return { field, value, kind: 'invalid', problem: 'uses `\\`; write repository paths with `/`' };
    if (value.startsWith('/'))
        return { field, value, kind: 'invalid', problem: 'is an absolute path; write it relative to the repository root' };
    const segments = value.replace(/^(\.\/)+/, '').split('/');
    if (segments.includes('..'))
        return { field, value, kind: 'invalid', problem: 'leaves the repository with `..`; write it relative to the repository root' };
    const path = segments.filter((s) => s !== '' && s !== '.').join('/');
    if (path === '')
        return { field, value, kind: 'invalid', problem: 'names no file' };
    return { field, value, kind: 'path', path };
}
/** Failing checks for the `governance` section; `existingFiles` holds the artefact paths found in the PR head. */
function governanceChecks(ctx, data, existingFiles) {
    const governance = isMapping(data.governance) ? data.governance : {};
    const { checks, fail } = (0,messages/* failures */.e9)(ctx);
    const text = [
        ['intended_use', 'what the model is for'],
        ['out_of_scope_use', 'uses the model must not be put to'],
        ['limitations', 'known limitations'],
    ];
    for (const [key, what] of text) {
        if (!filled(governance[key]))
            fail(`governance.${key}`, `\`governance.${key}\` is missing: describe ${what}.`, `add ${fieldExample(`governance.${key}`)}`);
    }
    if (!filled(valueAt(governance, 'fairness.assessed_slices'))) {
        fail('governance.fairness.assessed_slices', '`governance.fairness.assessed_slices` is missing or empty: list the slices assessed for fairness.', `add ${fieldExample('governance.fairness.assessed_slices')}`);
    }
    if (!filled(valueAt(governance, 'explainability.methods'))) {
        fail('governance.explainability.methods', '`governance.explainability.methods` is missing or empty: name the explanation methods used (e.g. SHAP, LIME).', `add ${fieldExample('governance.explainability.methods')}`);
    }
    for (const ref of governanceArtefacts(data)) {
        if (ref.kind === 'invalid') {
            fail(ref.field, `\`${ref.field}\` is \`${ref.value}\`, which ${ref.problem}.`, `write a repository-relative path such as \`reports/shap_summary.png\`, or a URL`);
        }
        else if (ref.kind === 'path' && ref.path !== undefined && !existingFiles.has(ref.path)) {
            fail(ref.field, `\`${ref.field}\` names \`${ref.value}\`, which does not exist in the pull request's head.`, `commit \`${ref.path}\`, or correct the path (a URL is also accepted)`);
        }
    }
    return checks;
}
/** Failing checks for the `maintenance` section, with `now` the injected clock. */
function maintenanceChecks(ctx, data, now) {
    const maintenance = isMapping(data.maintenance) ? data.maintenance : {};
    const { checks, fail } = (0,messages/* failures */.e9)(ctx);
    const retraining = isMapping(maintenance.retraining) ? maintenance.retraining : {};
    const said = ['schedule', 'trigger'].some((key) => filled(retraining[key]) || ctx.reported(`maintenance.retraining.${key}`));
    if (!said) {
        fail('maintenance.retraining', '`maintenance.retraining` has neither a `schedule` nor a `trigger`: say when the model is retrained.', `add ${fieldExample('maintenance.retraining.schedule')} or ${fieldExample('maintenance.retraining.trigger')}`);
    }
    if (!filled(valueAt(maintenance, 'monitoring.drift_metrics'))) {
        fail('maintenance.monitoring.drift_metrics', '`maintenance.monitoring.drift_metrics` is missing or empty: list the metrics watched for drift.', `add ${fieldExample('maintenance.monitoring.drift_metrics')}`);
    }
    if (!filled(valueAt(maintenance, 'monitoring.alert_channel'))) {
        fail('maintenance.monitoring.alert_channel', '`maintenance.monitoring.alert_channel` is missing: say where drift and failure alerts go.', `add ${fieldExample('maintenance.monitoring.alert_channel')}`);
    }
    const lastTrained = typeof retraining.last_trained === 'string' ? (0,iso/* parseIsoDate */.jT)(retraining.last_trained) : undefined;
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    if (lastTrained && lastTrained > tomorrow) {
        fail('maintenance.retraining.last_trained', `\`maintenance.retraining.last_trained\` is ${(0,iso/* formatIsoDate */.d$)(lastTrained)}, which is in the future (today is ${(0,iso/* formatIsoDate */.d$)(now)}).`, `write the date the model was last trained, e.g. ${fieldExample('maintenance.retraining.last_trained', (0,iso/* formatIsoDate */.d$)(now))}`);
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/declarations/codeowners.ts
/**
 * CODEOWNERS, read the way GitHub reads it: one rule per line (`pattern owner owner ...`), `#`
 * comments (whole lines, or after whitespace), blank lines ignored, gitignore-style patterns, and
 * the LAST matching rule wins (a matching rule without owners leaves the path unowned).
 *
 * Patterns: `*` matches within one path segment, `?` one character, `**` any number of segments;
 * a leading `/` or a `/` in the middle anchors the pattern at the repository root, otherwise it
 * matches at any depth; a trailing `/` matches only what is inside that directory. A pattern that
 * names a directory covers everything below it, except that a final lone `*` (`docs/*`) covers
 * only the files directly inside, as GitHub documents. `!` negation and `[ ]` ranges do not
 * exist in CODEOWNERS: such lines are skipped, as GitHub skips them.
 */
/** Where GitHub looks for CODEOWNERS, in its order of preference. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?|[^\s@]+@[^\s@]+\.[^\s@]+)$/;
/** The rules of a CODEOWNERS file in file order; comments, blank and unusable lines are left out. */
function parseCodeowners(text, file) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const content = stripComment(raw).trim();
        if (content === '')
            return;
        const [pattern = '', ...tokens] = content.split(/\s+/);
        if (!isUsablePattern(pattern))
            return;
        rules.push({ pattern, owners: tokens.filter((token) => OWNER.test(token)), line: i + 1, file });
    });
    return rules;
}
/** The rule that decides the owners of `path`: the last one whose pattern matches it. */
function ruleFor(rules, path) {
    const target = normalisePath(path);
    for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i];
        if (patternMatches(rule.pattern, target))
            return rule;
    }
    return undefined;
}
/** The owners of a repository-relative `path` (last matching rule wins); empty when nobody owns it. */
function ownersFor(rules, path) {
    return ruleFor(rules, path)?.owners ?? [];
}
/** True when a gitignore-style CODEOWNERS pattern matches the repository-relative file `path`. */
function patternMatches(pattern, path) {
    const target = normalisePath(path).split('/');
    return matchSegments(compile(pattern), target);
}
/** A line's text without its comment: a line starting with `#`, or a `#` after whitespace. */
function stripComment(line) {
    if (line.trimStart().startsWith('#'))
        return '';
    const at = line.search(/\s#/);
    return at < 0 ? line : line.slice(0, at);
}
function isUsablePattern(pattern) {
    return pattern !== '' && !pattern.startsWith('!') && !/(^|[^\\])\[/.test(pattern) && !pattern.includes('***');
}
function normalisePath(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .replace(/^\/+/, '');
}
function compile(pattern) {
    const dirOnly = pattern.endsWith('/');
    const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
    if (body === '')
        return [{ kind: 'glob', regex: /(?!)/ }];
    const anchored = pattern.startsWith('/') || body.includes('/');
    const parts = body.split('/');
    const segments = anchored || parts[0] === '**' ? [] : [{ kind: 'any' }];
    parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (part === '**')
            segments.push(last ? { kind: 'some' } : { kind: 'any' });
        else
            segments.push({ kind: 'glob', regex: globRegex(part) });
    });
    const lastPart = parts[parts.length - 1];
    if (dirOnly && lastPart !== '**')
        segments.push({ kind: 'some' });
    else if (!dirOnly && lastPart !== '**' && lastPart !== '*')
        segments.push({ kind: 'any' });
    return segments;
}
/** One path segment's glob (`*`, `?`, `\x` escapes) as an anchored regular expression. */
function globRegex(glob) {
    let source = '';
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '\\' && i + 1 < glob.length)
            source += escapeRegex(glob[++i]);
        else if (ch === '*')
            source += '[^/]*';
        else if (ch === '?')
            source += '[^/]';
        else
            source += escapeRegex(ch);
    }
    return new RegExp(`^${source}$`);
}
function escapeRegex(ch) {
    return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** Segment matching with memoisation, so several `**` cannot make it exponential. */
function matchSegments(pattern, path) {
    const memo = new Map();
    const match = (p, s) => {
        const key = p * (path.length + 1) + s;
        const known = memo.get(key);
        if (known !== undefined)
            return known;
        let result;
        const segment = pattern[p];
        if (!segment)
            result = s === path.length;
        else if (segment.kind === 'any')
            result = match(p + 1, s) || (s < path.length && match(p, s + 1));
        else if (segment.kind === 'some')
            result = s < path.length && (match(p + 1, s + 1) || match(p, s + 1));
        else
            result = s < path.length && segment.regex.test(path[s]) && match(p + 1, s + 1);
        memo.set(key, result);
        return result;
    };
    return match(0, 0);
}

;// CONCATENATED MODULE: ./src/declarations/ownership.ts






const MAX_LOGIN_LENGTH = 39;
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*$/;
const TEAM_SLUG = /^[A-Za-z0-9_.-]+$/;
const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/;
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** `scheme://...`: text that is meant as a URL rather than a rotation name such as `payments:primary`. */
const URL_WITH_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const DAY_MS = 86_400_000;
/**
 * The ownership section's problems (failing first), one Check per field. Returns nothing when the
 * document has no `ownership` mapping: whether the section is required is decided elsewhere.
 * `now` is the injected clock; "today" is its UTC date.
 */
function ownershipChecks(doc, data, settings, now, codeowners) {
    const section = (0,mapping/* isMapping */.pi)(data) ? (0,mapping/* getOwn */.Ng)(data, 'ownership') : undefined;
    if (!(0,mapping/* isMapping */.pi)(section))
        return [];
    return (0,messages/* failuresFirst */.Cq)([
        ...ownersChecks(doc, section),
        ...(settings.codeowners ? codeownersChecks(doc, ownerHandles(section), codeowners) : []),
        ...contactPointChecks(doc, section),
        ...reviewChecks(doc, section, settings, today(now)),
    ]);
}
/**
 * Why `handle` is not a valid `@user` or `@org/team` GitHub handle, or undefined when it is.
 * Users and organisations: letters, digits and single hyphens, not at either end, at most 39
 * characters. Team slugs: letters, digits, `-`, `_` and `.`.
 */
function handleProblem(handle) {
    const text = handle.trim();
    if (!text.startsWith('@')) {
        return EMAIL.test(text) ? 'is an email address, not a GitHub handle' : 'must start with `@` (`@user` or `@org/team`)';
    }
    const parts = text.slice(1).split('/');
    if (parts.length > 2)
        return 'has more than one `/`: a team handle is `@org/team`';
    const [login = '', team] = parts;
    const kind = team === undefined ? 'user name' : 'organisation name';
    if (login === '')
        return `has no ${kind} after the \`@\``;
    if (login.length > MAX_LOGIN_LENGTH)
        return `has a ${kind} of ${login.length} characters; GitHub allows at most ${MAX_LOGIN_LENGTH}`;
    if (!LOGIN.test(login))
        return `has an invalid ${kind}: GitHub allows letters, digits and single hyphens, not at the start or end`;
    if (team !== undefined && !TEAM_SLUG.test(team))
        return 'has an invalid team name: GitHub team slugs use letters, digits, `-`, `_` and `.`';
    return undefined;
}
/** Today's date at UTC midnight, in whole days since the epoch. */
function today(now) {
    return Math.floor(now.getTime() / DAY_MS);
}
/** The owners' handles that are filled-in strings, with their paths (an owner may be written as just a handle). */
function ownerHandles(section) {
    const owners = (0,mapping/* getOwn */.Ng)(section, 'owners');
    if (!Array.isArray(owners))
        return [];
    return owners.flatMap((owner, i) => {
        const path = (0,mapping/* isMapping */.pi)(owner) ? `ownership.owners.${i}.handle` : `ownership.owners.${i}`;
        const handle = (0,mapping/* isMapping */.pi)(owner) ? (0,mapping/* getOwn */.Ng)(owner, 'handle') : owner;
        if (typeof handle !== 'string' || placeholderReason(handle) !== undefined)
            return [];
        return [{ path, handle: handle.trim(), valid: handleProblem(handle) === undefined }];
    });
}
function ownersChecks(doc, section) {
    const owners = (0,mapping/* getOwn */.Ng)(section, 'owners');
    if (owners === undefined || owners === null || (Array.isArray(owners) && owners.length === 0)) {
        const example = "`ownership.owners: [{name: Your Name, handle: '@your-handle', role: model owner, contact: you@your-company.com}]`";
        return [
            fail(doc, 'ownership.owners', `\`ownership.owners\` ${owners === undefined ? 'is missing' : 'is empty'}: the model needs at least one named owner.`, `add ${example}.`),
        ];
    }
    return Array.isArray(owners) ? owners.flatMap((owner, i) => ownerChecks(doc, owner, i)) : [];
}
function ownerChecks(doc, owner, i) {
    const base = `ownership.owners.${i}`;
    if (owner !== null && typeof owner !== 'string' && !(0,mapping/* isMapping */.pi)(owner))
        return [];
    const checks = [];
    const path = (0,mapping/* isMapping */.pi)(owner) ? `${base}.handle` : base;
    const handle = (0,mapping/* isMapping */.pi)(owner) ? (0,mapping/* getOwn */.Ng)(owner, 'handle') : owner;
    if (handle === undefined || handle === null || typeof handle === 'string') {
        const missing = handle === undefined ? 'is missing' : placeholderReason(handle);
        const problem = missing ?? handleProblem(handle);
        if (problem) {
            const shown = missing ? '' : ` (\`${handle.trim()}\`)`;
            const example = missing ? '@your-handle' : suggestHandle(handle);
            checks.push(fail(doc, path, `\`${path}\`${shown} ${problem}: each owner needs the GitHub user or team that answers for the model.`, `write a GitHub handle, e.g. \`${path}: '${example}'\` (a user) or \`'@your-org/your-team'\` (a team).`));
        }
    }
    if (!(0,mapping/* isMapping */.pi)(owner))
        return checks;
    const contact = (0,mapping/* getOwn */.Ng)(owner, 'contact');
    if (contact === null || typeof contact === 'string') {
        const problem = contactProblem(contact);
        if (problem)
            checks.push(fail(doc, `${base}.contact`, `\`${base}.contact\` ${problem}.`, `write an address people can reach, e.g. \`${base}.contact: you@your-company.com\` or a team page URL, or remove the key.`));
    }
    for (const key of ['name', 'role']) {
        const value = (0,mapping/* getOwn */.Ng)(owner, key);
        const reason = typeof value === 'string' ? placeholderReason(value) : undefined;
        if (reason)
            checks.push(warn(doc, `${base}.${key}`, `\`${base}.${key}\` ${reason}.`, `fill it in (e.g. \`${base}.${key}: ${key === 'name' ? 'Priya Raman' : 'model owner'}\`) or remove the key.`));
    }
    return checks;
}
/** An email address, or an http(s)/mailto URL, that is not a placeholder. */
function contactProblem(contact) {
    const reason = placeholderReason(contact);
    if (reason)
        return reason;
    const text = contact.trim();
    if (URL_SCHEME.test(text))
        return urlProblem(text, ['http:', 'https:', 'mailto:']);
    return EMAIL.test(text) ? undefined : `(\`${text}\`) is neither an email address nor a URL`;
}
function urlProblem(text, protocols) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return `(\`${text}\`) is not a valid URL`;
    }
    if (!protocols.includes(url.protocol))
        return `(\`${text}\`) is a \`${url.protocol}\` URL; use ${protocols.map((p) => `\`${p}\``).join(', ')}`;
    if (url.protocol === 'mailto:' && !EMAIL.test(decodeURIComponent(url.pathname)))
        return `(\`${text}\`) is not a valid mailto address`;
    return undefined;
}
/** `@handle` → `@handle` made valid where that is obvious (a missing `@`), else an example. */
function suggestHandle(handle) {
    const bare = handle.replace(/^@/, '');
    const candidate = `@${bare}`;
    return handleProblem(candidate) === undefined ? candidate : '@your-handle';
}
function codeownersChecks(doc, handles, codeowners) {
    const card = doc.file.replace(/^(?:\.\/)+/, '');
    const exampleLine = `/${card} ${handles
        .filter((h) => h.valid)
        .map((h) => h.handle)
        .join(' ') || '@your-handle @your-org/your-team'}`;
    if (!codeowners) {
        return [
            fail(doc, 'ownership.owners', `\`ownership.owners\` cannot be checked against CODEOWNERS: \`declarations.codeowners\` is on, but the base commit has no CODEOWNERS file (GitHub looks in ${CODEOWNERS_LOCATIONS.map((l) => `\`${l}\``).join(', ')}; model-gate reads it at the base commit, so a CODEOWNERS added by this pull request counts only once merged).`, `add \`.github/CODEOWNERS\` with a line such as \`${exampleLine}\` in a separate pull request and merge it first, or set \`declarations.codeowners: false\` in the policy.`, 'declaration:ownership.owners:codeowners'),
        ];
    }
    const rule = ruleFor(parseCodeowners(codeowners.text, codeowners.file), card);
    const owners = new Set((rule?.owners ?? []).map((o) => o.toLowerCase()));
    const decided = rule
        ? rule.owners.length > 0
            ? `the last matching rule in \`${codeowners.file}\` (line ${rule.line}, \`${rule.pattern}\`) names ${rule.owners.map((o) => `\`${o}\``).join(', ')}`
            : `the last matching rule in \`${codeowners.file}\` (line ${rule.line}, \`${rule.pattern}\`) names no owner`
        : `no rule in \`${codeowners.file}\` matches \`${card}\``;
    return handles
        .filter(({ valid, handle }) => valid && !owners.has(handle.toLowerCase()))
        .map(({ path, handle }) => fail(doc, path, `\`${path}\` (\`${handle}\`) is not a code owner of \`${card}\`: ${decided} (read at the base commit).`, `add \`${handle}\` to the owners of \`${card}\` in \`${codeowners.file}\` (e.g. a last line \`${exampleLine}\`) and merge that first, or list only code owners in \`ownership.owners\`.`, `declaration:${path}:codeowners`));
}
function contactPointChecks(doc, section) {
    const checks = [];
    const team = (0,mapping/* getOwn */.Ng)(section, 'team');
    if (team === undefined || team === null || typeof team === 'string') {
        const reason = team === undefined ? 'is missing' : placeholderReason(team);
        if (reason)
            checks.push(fail(doc, 'ownership.team', `\`ownership.team\` ${reason}: name the team that owns the model.`, 'add `ownership.team: Your Team Name`.'));
    }
    checks.push(...reachableCheck(doc, section, 'on_call', 'fail', 'who is paged when the model misbehaves in production', "'@your-org/oncall'"));
    checks.push(...reachableCheck(doc, section, 'escalation', 'warn', 'who decides when on-call cannot (recommended)', "'@your-org/leads'"));
    const level = (0,mapping/* getOwn */.Ng)(section, 'support_level');
    const reason = typeof level === 'string' ? placeholderReason(level) : undefined;
    if (reason)
        checks.push(warn(doc, 'ownership.support_level', `\`ownership.support_level\` ${reason}.`, 'write the support the model gets, e.g. `ownership.support_level: business-hours` (or `24x7`, `best-effort`), or remove the key.'));
    return checks;
}
/** on_call / escalation: a handle (valid syntax), an http(s) URL, or a rotation name; never a placeholder. */
function reachableCheck(doc, section, key, status, purpose, example) {
    const path = `ownership.${key}`;
    const value = (0,mapping/* getOwn */.Ng)(section, key);
    if (value !== undefined && value !== null && typeof value !== 'string')
        return [];
    const fix = `set \`${path}: ${example}\` (a GitHub handle), a rotation name such as \`team-primary\`, or the rotation's https URL.`;
    const make = status === 'fail' ? fail : warn;
    const reason = value === undefined ? 'is missing' : placeholderReason(value);
    if (reason)
        return [make(doc, path, `\`${path}\` ${reason}: it says ${purpose}.`, fix)];
    const text = value.trim();
    const problem = text.startsWith('@')
        ? handleProblem(text)
        : URL_WITH_AUTHORITY.test(text)
            ? urlProblem(text, ['http:', 'https:'])
            : undefined;
    return problem ? [make(doc, path, `\`${path}\` (\`${text}\`) ${problem}.`, fix)] : [];
}
function reviewChecks(doc, section, settings, todayDay) {
    const review = (0,mapping/* getOwn */.Ng)(section, 'review');
    if (review !== undefined && review !== null && !(0,mapping/* isMapping */.pi)(review))
        return [];
    const last = review ? readDate((0,mapping/* getOwn */.Ng)(review, 'last_reviewed')) : { kind: 'missing' };
    const next = review ? readDate((0,mapping/* getOwn */.Ng)(review, 'next_review_due')) : { kind: 'missing' };
    const maxAge = settings.maxReviewAgeDays;
    const todayText = formatDay(todayDay);
    const renewal = `set \`ownership.review.last_reviewed: ${todayText}\` and \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\``;
    const checks = [];
    if (maxAge !== undefined && last.kind === 'missing') {
        checks.push(fail(doc, 'ownership.review.last_reviewed', `\`ownership.review.last_reviewed\` ${last.reason ?? 'is missing'}: the policy allows at most ${maxAge} days since the last review (\`declarations.max_review_age_days\`), so the date of the last review is required.`, `review the card with its owners and add \`ownership.review.last_reviewed: ${todayText}\`.`));
    }
    else if (last.kind === 'missing' && last.reason) {
        checks.push(warn(doc, 'ownership.review.last_reviewed', `\`ownership.review.last_reviewed\` ${last.reason}.`, `write the date of the last review, e.g. \`ownership.review.last_reviewed: ${todayText}\`, or remove the key.`));
    }
    if (maxAge === undefined && next.kind === 'missing') {
        checks.push(fail(doc, 'ownership.review.next_review_due', `\`ownership.review.next_review_due\` ${next.reason ?? 'is missing'}: without a review due date the card can go stale unnoticed.`, `add \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\` (or set \`declarations.max_review_age_days\` in the policy).`));
    }
    else if (next.kind === 'missing' && next.reason) {
        checks.push(warn(doc, 'ownership.review.next_review_due', `\`ownership.review.next_review_due\` ${next.reason}.`, `write the date of the next review, e.g. \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\`, or remove the key.`));
    }
    if (last.kind === 'date' && last.day > todayDay) {
        checks.push(fail(doc, 'ownership.review.last_reviewed', `\`ownership.review.last_reviewed\` (${last.text}) is in the future (today is ${todayText} UTC): a review cannot have happened yet.`, `write the date the review took place, e.g. \`ownership.review.last_reviewed: ${todayText}\`.`));
    }
    else if (last.kind === 'date' && maxAge !== undefined && todayDay - last.day > maxAge) {
        const age = todayDay - last.day;
        checks.push(fail(doc, 'ownership.review.last_reviewed', `\`ownership.review.last_reviewed\` (${last.text}) is ${age} days ago; the policy allows at most ${maxAge} days (\`declarations.max_review_age_days\`), so the review is ${(0,words/* plural */.LS)(age - maxAge, 'day')} overdue.`, `review the card with its owners, then ${renewal}.`));
    }
    if (next.kind === 'date' && next.day < todayDay) {
        const overdue = todayDay - next.day;
        checks.push(fail(doc, 'ownership.review.next_review_due', `\`ownership.review.next_review_due\` (${next.text}) has passed: the review is ${(0,words/* plural */.LS)(overdue, 'day')} overdue (today is ${todayText} UTC).`, `review the card with its owners, then ${renewal}.`));
    }
    if (next.kind === 'date' && last.kind === 'date' && next.day < last.day) {
        checks.push(fail(doc, 'ownership.review.next_review_due', `\`ownership.review.next_review_due\` (${next.text}) is before \`ownership.review.last_reviewed\` (${last.text}).`, `set the next review after the last one, e.g. \`ownership.review.next_review_due: ${formatDay(addMonths(last.day, 6))}\`.`, 'declaration:ownership.review.next_review_due:order'));
    }
    return checks;
}
function readDate(value) {
    if (value === undefined)
        return { kind: 'missing' };
    const reason = placeholderReason(value);
    if (reason !== undefined && (value === null || typeof value === 'string'))
        return { kind: 'missing', reason };
    const date = typeof value === 'string' ? (0,iso/* parseIsoDate */.jT)(value.trim()) : undefined;
    return date ? { kind: 'date', day: Math.floor(date.getTime() / DAY_MS), text: value } : { kind: 'unusable' };
}
function formatDay(day) {
    return (0,iso/* formatIsoDate */.d$)(new Date(day * DAY_MS));
}
function addMonths(day, months) {
    const date = new Date(day * DAY_MS);
    return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS);
}
function fail(doc, field, message, fix, id) {
    return (0,messages/* declarationCheck */.N0)({ field, status: 'fail', message, fix, doc, id });
}
function warn(doc, field, message, fix) {
    return (0,messages/* declarationCheck */.N0)({ field, status: 'warn', severity: 'warn', message, fix, doc });
}

;// CONCATENATED MODULE: ./src/declarations/check.ts
/**
 * Declaration checks: the model card's privacy, ownership, maintenance and governance sections,
 * validated against the built-in schema, scanned for placeholders, and checked for consistency;
 * plus the card's published metrics against the candidate's, and the repository's own schema.
 * Sections the policy requires block; problems in other sections present are advisory warnings.
 */









/** Paths the card names whose existence the caller must check in the PR head (explainability artefacts, fairness report). */
function artefactPaths(doc) {
    if (!doc)
        return [];
    const paths = governanceArtefacts(doc.data).flatMap((ref) => (ref.kind === 'path' && ref.path !== undefined ? [ref.path] : []));
    return [...new Set(paths)];
}
/**
 * Every declaration check, failing ones first: one check per problem (field), and one passing
 * check per required section that is sound. Also the declarations at a glance, when the file exists.
 */
function checkDeclarations(ctx) {
    const { doc, settings } = ctx;
    const required = [...new Set(settings.require)];
    if (!doc)
        return { checks: required.map((section) => missingFileCheck(settings.file, section)) };
    if (!isMapping(doc.data))
        return { checks: required.map((section) => noDataCheck(doc, section)), summary: summarise(doc.file, {}) };
    const data = normaliseDeclarations(doc.data);
    const isRequired = (section) => required.includes(section);
    const active = SECTIONS.filter((s) => isRequired(s) || (data[s] !== undefined && data[s] !== null));
    const schema = schemaChecks(doc, data, (path) => placeholderReason(valueAt(data, path)) !== undefined);
    const covered = new Set(schema.covered);
    const placeholders = placeholderChecks(doc, data, active, (path) => isReported(covered, path));
    const reported = new Set([...covered, ...placeholders.map((c) => c.field ?? '')]);
    const rules = { doc, reported: (path) => isReported(reported, path) };
    const sectionChecks = [
        ...schema.checks,
        ...placeholders,
        ...active.flatMap((section) => sectionRules(section, ctx, doc, data, rules, schema.covered)),
    ];
    const checks = [
        ...requiredPathChecks(doc, data, required.filter((r) => !SECTIONS.includes(r))),
        ...sectionChecks.map((check) => isRequired(sectionOf(check)) || !SECTIONS.includes(sectionOf(check)) ? check : advisory(check)),
        ...cardMetricsChecks(doc, data, ctx.candidate, ctx.gatedMetrics ?? []),
        ...(ctx.extraSchema ? (0,custom_schema.customSchemaChecks)(doc, doc.data, ctx.extraSchema) : []),
    ];
    const unique = dedupe(checks);
    const summary = summarise(doc.file, data);
    const passes = SECTIONS.filter(isRequired)
        .filter((section) => !unique.some((c) => c.status === 'fail' && sectionOf(c) === section))
        .map((section) => sectionPass(doc, section, summary));
    const missing = SECTIONS.filter(isRequired)
        .filter((section) => (data[section] === undefined || data[section] === null) && !unique.some((c) => sectionOf(c) === section))
        .map((section) => noSectionCheck(doc, section));
    return { checks: sortChecks([...unique, ...missing, ...passes]), summary };
}
function sectionRules(section, ctx, doc, data, rules, schemaCovered) {
    if (schemaCovered.includes(section))
        return [];
    const withSection = isMapping(data[section])
        ? data
        : Object.assign(Object.create(null), data, { [section]: Object.create(null) });
    switch (section) {
        case 'privacy':
            return privacyChecks(rules, withSection);
        case 'ownership':
            return ownershipChecks(doc, withSection, ctx.settings, ctx.now, ctx.codeowners).filter((c) => !rules.reported(c.field ?? ''));
        case 'maintenance':
            return maintenanceChecks(rules, withSection, ctx.now);
        case 'governance':
            return governanceChecks(rules, withSection, ctx.existingFiles);
    }
}
/**
 * Placeholder values (TBD, `<owner>`, example.com, blank, ...) anywhere inside the active sections
 * (ownership checks its own). Empty lists and mappings are left to the rules: `[]` can mean "none".
 */
function placeholderChecks(doc, data, active, reported) {
    return active
        .filter((section) => section !== 'ownership' && isMapping(data[section]))
        .flatMap((section) => findPlaceholders(data[section], section))
        .filter((hit) => (hit.value === null || typeof hit.value !== 'object') && !reported(hit.path))
        .map((hit) => (0,messages/* declarationCheck */.N0)({
        field: hit.path,
        status: 'fail',
        message: `\`${hit.path}\` ${hit.reason}: a placeholder counts as missing.`,
        fix: `fill in the real value, e.g. ${fieldExample(listPath(hit.path))}, or remove the key`,
        doc,
    }));
}
/** `declarations.require` entries beyond the four sections (`license`, `ownership.on_call`): present and not placeholders. */
function requiredPathChecks(doc, data, paths) {
    return paths.map((path) => {
        const value = valueAt(data, path);
        const reason = value === undefined ? 'is missing' : placeholderReason(value);
        const rule = `\`${path}\` present (required by the policy)`;
        if (reason) {
            return (0,messages/* declarationCheck */.N0)({
                field: path,
                status: 'fail',
                rule,
                message: `\`${path}\` ${reason}; the policy requires it (\`declarations.require\`).`,
                fix: `add ${fieldExample(path)}`,
                doc,
            });
        }
        return (0,messages/* declarationCheck */.N0)({ field: path, status: 'pass', rule, message: `\`${path}\` is declared.`, doc });
    });
}
function missingFileCheck(file, section) {
    return {
        id: `declaration:${section}`,
        kind: 'declaration',
        status: 'fail',
        severity: 'block',
        rule: `\`${section}\` declared`,
        message: `${file} does not exist in the pull request's head, so \`${section}\` is not declared.`,
        fix: `create ${file} (start from templates/MODEL_CARD.md) with e.g. ${fieldExample(section)}`,
        field: section,
        location: { file },
    };
}
function noDataCheck(doc, section) {
    const dataFile = /\.(ya?ml|json)$/i.test(doc.file);
    const problem = doc.data === undefined
        ? 'has no YAML front matter'
        : doc.data === null
            ? `has empty ${dataFile ? 'content' : 'front matter'}`
            : `is not a mapping of keys (${Array.isArray(doc.data) ? 'a list' : 'a single value'})`;
    const fix = doc.data === undefined
        ? `add a \`---\` block at the top with e.g. ${fieldExample(section)} and close it with \`---\``
        : `write keys such as ${fieldExample(section)}`;
    return (0,messages/* declarationCheck */.N0)({
        field: section,
        status: 'fail',
        message: `${doc.file} ${problem}, so \`${section}\` is not declared.`,
        fix,
        doc,
    });
}
function noSectionCheck(doc, section) {
    return (0,messages/* declarationCheck */.N0)({
        field: section,
        status: 'fail',
        message: `\`${section}\` is missing: the policy requires this section.`,
        fix: `add e.g. ${fieldExample(section)}`,
        doc,
    });
}
function sectionPass(doc, section, summary) {
    const details = {
        privacy: [
            `personal data: ${summary.personalData ? 'yes' : 'no'}`,
            summary.regulations.length ? `regulations: ${summary.regulations.join(', ')}` : '',
            summary.legalBasis.length ? `legal basis: ${summary.legalBasis.join(', ')}` : '',
            summary.anonymisation ? `anonymisation: ${summary.anonymisation}` : '',
        ]
            .filter(Boolean)
            .join('; '),
        ownership: [
            summary.owners.length ? `owners: ${summary.owners.join(', ')}` : '',
            summary.onCall ? `on-call: ${summary.onCall}` : '',
            summary.nextReview ? `next review: ${summary.nextReview}` : '',
        ]
            .filter(Boolean)
            .join('; '),
        maintenance: 'retraining and monitoring declared',
        governance: 'use, limitations, fairness and explainability declared',
    };
    return (0,messages/* declarationCheck */.N0)({
        field: section,
        status: 'pass',
        rule: `\`${section}\` declared and consistent`,
        message: `\`${section}\` is complete and consistent (${details[section]}).`,
        doc,
    });
}
/** The declarations at a glance. */
function summarise(file, data) {
    const text = (path) => {
        const value = valueAt(data, path);
        return typeof value === 'string' && !placeholderReason(value) ? value.trim() : undefined;
    };
    const personalData = valueAt(data, 'privacy.personal_data');
    const method = text('privacy.anonymisation.method');
    const epsilon = valueAt(data, 'privacy.anonymisation.epsilon');
    const delta = valueAt(data, 'privacy.anonymisation.delta');
    const dp = method === 'differential_privacy' && typeof epsilon === 'number' && typeof delta === 'number' ? ` (ε ${epsilon}, δ ${delta})` : '';
    const owners = valueAt(data, 'ownership.owners');
    const ownerNames = (Array.isArray(owners) ? owners : []).flatMap((owner) => {
        const value = isMapping(owner) ? (valueAt(owner, 'handle') ?? valueAt(owner, 'name')) : owner;
        return typeof value === 'string' && !placeholderReason(value) ? [value.trim()] : [];
    });
    return {
        file,
        personalData: typeof personalData === 'boolean' ? personalData : undefined,
        regulations: strings(valueAt(data, 'privacy.regulations')),
        legalBasis: strings(valueAt(data, 'privacy.legal_basis')),
        anonymisation: method ? `${method}${dp}` : undefined,
        specialCategories: strings(valueAt(data, 'privacy.special_categories')),
        owners: ownerNames,
        team: text('ownership.team'),
        onCall: text('ownership.on_call'),
        lastReviewed: text('ownership.review.last_reviewed'),
        nextReview: text('ownership.review.next_review_due'),
    };
}
/** A check of a section the policy does not require: shown as advisory, never blocking. */
function advisory(check) {
    if (check.status !== 'fail')
        return check;
    const section = sectionOf(check);
    return { ...check, status: 'warn', severity: 'warn', note: `(Advisory: the policy does not require \`${section}\`.)` };
}
function sectionOf(check) {
    return (0,metric_path/* splitPath */.Uf)(check.field ?? '')[0] ?? '';
}
/** Reported already: the path itself, a parent of it, or one of its list items. */
function isReported(paths, path) {
    if (paths.has(path))
        return true;
    const segments = (0,metric_path/* splitPath */.Uf)(path);
    for (let n = segments.length - 1; n > 0; n--)
        if (paths.has((0,metric_path/* joinPath */.uJ)(segments.slice(0, n))))
            return true;
    const prefix = `${path}.`;
    for (const p of paths)
        if (p.startsWith(prefix) && /^\d+(\.|$)/.test(p.slice(prefix.length)))
            return true;
    return false;
}
/** `privacy.regulations.1` → `privacy.regulations` (examples are per list). */
function listPath(path) {
    return path.replace(/(\.\d+)+$/, '');
}
/** The first check per id: the schema's explanation of a field beats a later rule's. */
function dedupe(checks) {
    const seen = new Set();
    return checks.filter((check) => (seen.has(check.id) ? false : (seen.add(check.id), true)));
}
/** Failing checks first, then warnings, then passes; each group in file order. */
function sortChecks(checks) {
    return (0,messages/* failuresFirst */.Cq)([...checks].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0)));
}


/***/ }),

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
