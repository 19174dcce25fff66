export const id = 824;
export const ids = [824];
export const modules = {

/***/ 1824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentFromReport: () => (/* binding */ commentFromReport),
  workflowRunOf: () => (/* binding */ workflowRunOf)
});

// EXTERNAL MODULE: ./src/action/runner.ts + 1 modules
var runner = __webpack_require__(9053);
// EXTERNAL MODULE: ./src/gate/links.ts
var links = __webpack_require__(7198);
// EXTERNAL MODULE: ./src/gate/log-text.ts
var log_text = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/github/client.ts + 20 modules
var github_client = __webpack_require__(3693);
// EXTERNAL MODULE: ./src/github/comments.ts
var comments = __webpack_require__(6645);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
// EXTERNAL MODULE: ./src/github/http-error.ts
var http_error = __webpack_require__(232);
// EXTERNAL MODULE: ./src/github/identity.ts
var identity = __webpack_require__(7369);
// EXTERNAL MODULE: ./src/github/pulls.ts
var pulls = __webpack_require__(4487);
// EXTERNAL MODULE: ./src/render/comment.ts + 10 modules
var comment = __webpack_require__(542);
// EXTERNAL MODULE: ./src/render/format.ts
var format = __webpack_require__(1509);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/core/verdict.ts
var core_verdict = __webpack_require__(9478);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./schema/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"model-gate report","description":"The JSON report model-gate writes for each run (output `report`, CLI `--report`). Version 1.","type":"object","additionalProperties":false,"required":["version","verdict","mode","failed","model","head","base","policy","baseline","candidate","models","checks","problems","policyChanges"],"properties":{"version":{"const":1,"description":"Report format version."},"verdict":{"$ref":"#/$defs/verdict"},"mode":{"enum":["enforce","advisory"]},"failed":{"type":"integer","minimum":0,"description":"Number of failed blocking checks over all models."},"model":{"type":"string","description":"The model key of the run: a model name, `default`, or `all`."},"head":{"$ref":"#/$defs/nullableString","description":"The commit that was gated."},"base":{"$ref":"#/$defs/nullableString","description":"The base commit policy and baseline were read at."},"policy":{"$ref":"#/$defs/source"},"baseline":{"$ref":"#/$defs/source"},"candidate":{"$ref":"#/$defs/source"},"models":{"type":"array","description":"One entry per evaluated model.","items":{"type":"object","additionalProperties":false,"required":["model","verdict","failed","policy","baseline","candidate","declarations"],"properties":{"model":{"type":"string"},"verdict":{"$ref":"#/$defs/verdict"},"failed":{"type":"integer","minimum":0},"policy":{"$ref":"#/$defs/source"},"baseline":{"$ref":"#/$defs/source"},"candidate":{"$ref":"#/$defs/source"},"declarations":{"description":"The declarations at a glance (privacy, ownership); null when the policy has no `declarations` section or the file could not be read.","oneOf":[{"type":"null"},{"$ref":"#/$defs/declarations"}]},"predictions":{"description":"Metrics computed from per-example predictions (`predictions:` of the policy), the flips and the paired comparisons; null when the policy has no `predictions` section or the files could not be read. Absent in reports written before predictions existed.","oneOf":[{"type":"null"},{"$ref":"#/$defs/predictions"}]}}}},"checks":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","kind","metric","status","severity","candidate","baseline","rule","message","gate","location","ruleKey","limit","worsening","fix","note","field","model"],"properties":{"id":{"type":"string","description":"Stable identifier, e.g. `threshold:accuracy:min`, `baseline:accuracy:max_regression`, `declaration:ownership`."},"kind":{"enum":["threshold","baseline","declaration","policy","kpi","fairness"]},"metric":{"$ref":"#/$defs/nullableString"},"status":{"enum":["pass","fail","warn","skip","not_evaluated","inconclusive"]},"severity":{"enum":["block","warn"]},"candidate":{"$ref":"#/$defs/nullableNumber"},"baseline":{"$ref":"#/$defs/nullableNumber"},"ruleKey":{"$ref":"#/$defs/nullableString","description":"The rule\'s policy key (`min`, `max_regression`, ...), `present` for a presence check; null for declarations and policy checks."},"rule":{"type":"string","description":"The rule in words, e.g. `at least 0.9`."},"limit":{"$ref":"#/$defs/nullableNumber","description":"The value in the metric\'s unit the candidate was held to: the floor, the ceiling, or the baseline moved by the allowed change."},"worsening":{"$ref":"#/$defs/nullableNumber","description":"For baseline rules: how much worse the candidate is than the baseline (negative: better)."},"message":{"type":"string","description":"What happened, in words (without the location and the fix, which have their own fields)."},"fix":{"$ref":"#/$defs/nullableString","description":"How to fix it, in words, when known."},"note":{"$ref":"#/$defs/nullableString","description":"A remark after the fix, e.g. that a section is advisory."},"field":{"$ref":"#/$defs/nullableString","description":"For a declaration check: the field\'s dot path or section (`ownership.on_call`)."},"gate":{"$ref":"#/$defs/nullableString","description":"The policy gate (pattern) the check came from."},"location":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/location"}]},"model":{"type":"string"},"better":{"enum":["higher","lower"],"description":"Present only when the direction came from the metrics file (the gate has no `better:`, e.g. lm-eval\'s `higher_is_better`): the direction used."},"betterFrom":{"const":"metrics file","description":"Where `better` came from; present with `better`."},"statistics":{"description":"For a statistical baseline rule: the interval for the worsening w (in the metric\'s unit) it decided on; null otherwise. Absent in reports of earlier releases.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["method","confidence","interval","p_value","note"],"properties":{"method":{"type":"string","description":"newcombe, normal, delta (a KPI), or a paired method."},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"interval":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2,"description":"[lo, hi] for w."},"p_value":{"$ref":"#/$defs/nullableNumber","description":"Two-sided p-value of w = 0 where a test was used."},"note":{"$ref":"#/$defs/nullableString"}}}]},"unit":{"$ref":"#/$defs/nullableString","description":"For a KPI check: the KPI\'s unit as written (USD, percent, ms, a word)."},"description":{"$ref":"#/$defs/nullableString","description":"For a KPI check: what the KPI means."},"fairness":{"description":"For a fairness check: the slices compared, the best and the worst, the gap and ratio, the slices left out; null otherwise.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["slices","best","worst","gap","ratio","skipped","baselineGap"],"properties":{"slices":{"type":"array","items":{"$ref":"#/$defs/fairnessSlice"}},"best":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/fairnessSlice"}]},"worst":{"oneOf":[{"type":"null"},{"$ref":"#/$defs/fairnessSlice"}]},"gap":{"$ref":"#/$defs/nullableNumber"},"ratio":{"$ref":"#/$defs/nullableNumber"},"skipped":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["slice","metric","n","note"],"properties":{"slice":{"type":"string"},"metric":{"type":"string"},"n":{"$ref":"#/$defs/nullableNumber"},"note":{"type":"string"}}}},"baselineGap":{"$ref":"#/$defs/nullableNumber"}}}]}}}},"problems":{"type":"array","description":"Why the verdict is `error`; empty otherwise.","items":{"type":"object","additionalProperties":false,"required":["file","line","column","message","fix","model"],"properties":{"file":{"type":"string"},"line":{"$ref":"#/$defs/nullablePosition"},"column":{"$ref":"#/$defs/nullablePosition"},"message":{"type":"string"},"fix":{"$ref":"#/$defs/nullableString"},"model":{"type":"string"}}}},"policyChanges":{"type":"array","description":"Rules the pull request\'s copy of the policy changes; they apply after merge.","items":{"type":"object","additionalProperties":false,"required":["target","field","from","to","effect","words","description","model"],"properties":{"target":{"type":"string"},"field":{"type":"string"},"from":{},"to":{},"effect":{"enum":["loosens","tightens","changes"]},"words":{"type":"string","description":"The change in words, without the target: `min lowered from 0.9 to 0.8`."},"description":{"type":"string"},"model":{"type":"string"}}}},"override":{"description":"The override (docs/oversight.md): null when the pull request does not carry the policy\'s override label or the policy has no `override:`.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["state","overridden","explanation","record","newFailures"],"properties":{"state":{"enum":["refused","granted","exceeded"],"description":"refused: the label does not count; granted: it covers every failure; exceeded: failures it does not cover block."},"overridden":{"type":"boolean","description":"True when the override turned `blocked` into `approved`."},"explanation":{"type":"string","description":"Who applied the label and why it counts or not, in words."},"record":{"oneOf":[{"type":"null"},{"type":"object","description":"The audit record of the override.","additionalProperties":false,"required":["by","at","authority","reason","reasonCommentId","waived","headSha"],"properties":{"by":{"type":"string","description":"Who applied the override label (the latest `labeled` event)."},"at":{"type":"string","description":"When the label was applied, ISO 8601."},"authority":{"type":"string","description":"Why that person may override, e.g. `member of @acme/ml-leads`."},"reason":{"$ref":"#/$defs/nullableString","description":"The reason from their `/model-gate override` comment."},"reasonCommentId":{"type":["integer","null"],"description":"The comment that gave the reason."},"waived":{"type":"array","items":{"type":"object","description":"A failing check the override waives, with its value when the override was given.","additionalProperties":false,"required":["model","id","metric","value"],"properties":{"model":{"type":"string"},"id":{"type":"string"},"metric":{"$ref":"#/$defs/nullableString"},"value":{"$ref":"#/$defs/nullableNumber"}}},"description":"The failing checks when the override was given."},"headSha":{"type":"string","description":"The head commit the override was given for."}}}]},"newFailures":{"type":"array","items":{"type":"object","description":"A failure the override does not cover: new since it was given, or a waived metric that got worse.","additionalProperties":false,"required":["model","id","metric","value","why","waivedValue"],"properties":{"model":{"type":"string"},"id":{"type":"string"},"metric":{"$ref":"#/$defs/nullableString"},"value":{"$ref":"#/$defs/nullableNumber"},"why":{"enum":["new","worse"]},"waivedValue":{"$ref":"#/$defs/nullableNumber"}}}}}}]},"skipped":{"type":"array","description":"Models `changed_only: true` did not gate, with the reason; present only when some were skipped.","items":{"type":"object","additionalProperties":false,"required":["model","reason"],"properties":{"model":{"type":"string"},"reason":{"type":"string"}}}},"notes":{"type":"array","description":"Remarks on the run as a whole (e.g. that `changed_only` could not list the pull request\'s files and gated every model); present only when there are some.","items":{"type":"string"}}},"$defs":{"verdict":{"enum":["approved","blocked","error"]},"nullableString":{"type":["string","null"]},"nullableNumber":{"type":["number","null"]},"nullablePosition":{"type":["integer","null"],"minimum":1},"source":{"type":"object","description":"Where an input was read: `base` (the PR\'s base commit), `workspace`, `ref` (a git ref, CLI) or `none`.","additionalProperties":false,"required":["source","sha","path","note"],"properties":{"source":{"enum":["base","workspace","ref","none"]},"sha":{"$ref":"#/$defs/nullableString"},"path":{"$ref":"#/$defs/nullableString"},"note":{"$ref":"#/$defs/nullableString"}}},"stringList":{"type":"array","items":{"type":"string"}},"declarations":{"type":"object","additionalProperties":false,"required":["file","personalData","regulations","legalBasis","anonymisation","specialCategories","owners","team","onCall","lastReviewed","nextReview"],"properties":{"file":{"type":"string","description":"The declarations file (model card) they were read from."},"personalData":{"type":["boolean","null"]},"regulations":{"$ref":"#/$defs/stringList"},"legalBasis":{"$ref":"#/$defs/stringList"},"anonymisation":{"$ref":"#/$defs/nullableString"},"specialCategories":{"$ref":"#/$defs/stringList"},"owners":{"$ref":"#/$defs/stringList"},"team":{"$ref":"#/$defs/nullableString"},"onCall":{"$ref":"#/$defs/nullableString"},"lastReviewed":{"$ref":"#/$defs/nullableString"},"nextReview":{"$ref":"#/$defs/nullableString"}}},"location":{"type":"object","additionalProperties":false,"required":["file","line","column"],"properties":{"file":{"type":"string"},"line":{"$ref":"#/$defs/nullablePosition"},"column":{"$ref":"#/$defs/nullablePosition"}}},"predictions":{"type":"object","additionalProperties":false,"required":["task","file","baselineFile","rows","threshold","candidate","baseline","flips","comparisons","note"],"properties":{"task":{"enum":["binary","regression"]},"file":{"type":"string","description":"The candidate\'s predictions file (workspace)."},"baselineFile":{"type":["string","null"],"description":"The baseline\'s predictions file (base commit); null when not paired."},"rows":{"type":"integer","minimum":0,"description":"Examples compared."},"threshold":{"type":["number","null"],"description":"Binary: score >= threshold is positive; null for regression."},"candidate":{"type":"object","description":"Computed metric name → value.","additionalProperties":{"type":"number"}},"baseline":{"oneOf":[{"type":"null"},{"type":"object","description":"Computed metric name → value.","additionalProperties":{"type":"number"}}]},"flips":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["fixed","broken","total","brokenIds"],"properties":{"fixed":{"type":"integer","minimum":0,"description":"Examples the baseline got wrong and the candidate gets right."},"broken":{"type":"integer","minimum":0,"description":"Examples the baseline got right and the candidate gets wrong."},"total":{"type":"integer","minimum":0},"brokenIds":{"type":"array","items":{"type":"string"},"description":"The first broken ids, in the candidate file\'s order."}}}]},"comparisons":{"type":"object","description":"Metric name → paired comparison, candidate − baseline.","additionalProperties":{"type":"object","additionalProperties":false,"required":["method","confidence","estimate","interval","p_value"],"properties":{"method":{"enum":["delong","bootstrap","normal"]},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"estimate":{"type":"number"},"interval":{"type":"array","items":{"type":"number"},"minItems":2,"maxItems":2},"p_value":{"type":["number","null"]}}}},"note":{"type":["string","null"],"description":"Why the predictions were not paired, when they were not."}}},"fairnessSlice":{"type":"object","additionalProperties":false,"required":["slice","metric","value","n"],"properties":{"slice":{"type":"string"},"metric":{"type":"string"},"value":{"type":"number"},"n":{"$ref":"#/$defs/nullableNumber"}}}}}');
;// CONCATENATED MODULE: ./src/generated/report-validator.ts

const reportValidator = (() => {
    const schema31 = report_schema_namespaceObject;
    const schema32 = report_schema_namespaceObject.$defs.verdict;
    const schema33 = report_schema_namespaceObject.$defs.nullableString;
    const schema50 = report_schema_namespaceObject.$defs.predictions;
    const schema52 = report_schema_namespaceObject.$defs.nullableNumber;
    const schema62 = report_schema_namespaceObject.$defs.nullablePosition;
    const func0 = Object.prototype.hasOwnProperty;
    const schema35 = report_schema_namespaceObject.$defs.source;
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate21.evaluated;
        if (evaluated0.dynamicProps) {
            evaluated0.props = undefined;
        }
        if (evaluated0.dynamicItems) {
            evaluated0.items = undefined;
        }
        if (errors === 0) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing0;
                if ((((((data.source === undefined) || (!(func0.call(data, "source")))) && (missing0 = "source")) || (((data.sha === undefined) || (!(func0.call(data, "sha")))) && (missing0 = "sha"))) || (((data.path === undefined) || (!(func0.call(data, "path")))) && (missing0 = "path"))) || (((data.note === undefined) || (!(func0.call(data, "note")))) && (missing0 = "note"))) {
                    validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                }
                else {
                    const _errs1 = errors;
                    for (const key0 of Object.keys(data)) {
                        if (!((((key0 === "source") || (key0 === "sha")) || (key0 === "path")) || (key0 === "note"))) {
                            validate21.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                        }
                    }
                    if (_errs1 === errors) {
                        if (data.source !== undefined && func0.call(data, "source")) {
                            let data0 = data.source;
                            const _errs2 = errors;
                            if (!((((data0 === "base") || (data0 === "workspace")) || (data0 === "ref")) || (data0 === "none"))) {
                                validate21.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema35.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                            }
                            var valid0 = _errs2 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.sha !== undefined && func0.call(data, "sha")) {
                                let data1 = data.sha;
                                const _errs3 = errors;
                                if ((typeof data1 !== "string") && (data1 !== null)) {
                                    validate21.errors = [{ instancePath: instancePath + "/sha", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                    return false;
                                }
                                var valid0 = _errs3 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.path !== undefined && func0.call(data, "path")) {
                                    let data2 = data.path;
                                    const _errs6 = errors;
                                    if ((typeof data2 !== "string") && (data2 !== null)) {
                                        validate21.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                        return false;
                                    }
                                    var valid0 = _errs6 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.note !== undefined && func0.call(data, "note")) {
                                        let data3 = data.note;
                                        const _errs9 = errors;
                                        if ((typeof data3 !== "string") && (data3 !== null)) {
                                            validate21.errors = [{ instancePath: instancePath + "/note", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                            return false;
                                        }
                                        var valid0 = _errs9 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            else {
                validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
            }
        }
        validate21.errors = vErrors;
        return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    const schema40 = report_schema_namespaceObject.$defs.declarations;
    const schema41 = report_schema_namespaceObject.$defs.stringList;
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate28.evaluated;
        if (evaluated0.dynamicProps) {
            evaluated0.props = undefined;
        }
        if (evaluated0.dynamicItems) {
            evaluated0.items = undefined;
        }
        if (errors === 0) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing0;
                if (((((((((((((data.file === undefined) || (!(func0.call(data, "file")))) && (missing0 = "file")) || (((data.personalData === undefined) || (!(func0.call(data, "personalData")))) && (missing0 = "personalData"))) || (((data.regulations === undefined) || (!(func0.call(data, "regulations")))) && (missing0 = "regulations"))) || (((data.legalBasis === undefined) || (!(func0.call(data, "legalBasis")))) && (missing0 = "legalBasis"))) || (((data.anonymisation === undefined) || (!(func0.call(data, "anonymisation")))) && (missing0 = "anonymisation"))) || (((data.specialCategories === undefined) || (!(func0.call(data, "specialCategories")))) && (missing0 = "specialCategories"))) || (((data.owners === undefined) || (!(func0.call(data, "owners")))) && (missing0 = "owners"))) || (((data.team === undefined) || (!(func0.call(data, "team")))) && (missing0 = "team"))) || (((data.onCall === undefined) || (!(func0.call(data, "onCall")))) && (missing0 = "onCall"))) || (((data.lastReviewed === undefined) || (!(func0.call(data, "lastReviewed")))) && (missing0 = "lastReviewed"))) || (((data.nextReview === undefined) || (!(func0.call(data, "nextReview")))) && (missing0 = "nextReview"))) {
                    validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                }
                else {
                    const _errs1 = errors;
                    for (const key0 of Object.keys(data)) {
                        if (!(func0.call(schema40.properties, key0))) {
                            validate28.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                        }
                    }
                    if (_errs1 === errors) {
                        if (data.file !== undefined && func0.call(data, "file")) {
                            const _errs2 = errors;
                            if (typeof data.file !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs2 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.personalData !== undefined && func0.call(data, "personalData")) {
                                let data1 = data.personalData;
                                const _errs4 = errors;
                                if ((typeof data1 !== "boolean") && (data1 !== null)) {
                                    validate28.errors = [{ instancePath: instancePath + "/personalData", schemaPath: "#/properties/personalData/type", keyword: "type", params: { type: schema40.properties.personalData.type }, message: "must be boolean,null" }];
                                    return false;
                                }
                                var valid0 = _errs4 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.regulations !== undefined && func0.call(data, "regulations")) {
                                    let data2 = data.regulations;
                                    const _errs6 = errors;
                                    const _errs7 = errors;
                                    if (errors === _errs7) {
                                        if (Array.isArray(data2)) {
                                            var valid2 = true;
                                            const len0 = data2.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                const _errs9 = errors;
                                                if (typeof data2[i0] !== "string") {
                                                    validate28.errors = [{ instancePath: instancePath + "/regulations/" + i0, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs9 === errors;
                                                if (!valid2) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate28.errors = [{ instancePath: instancePath + "/regulations", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs6 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.legalBasis !== undefined && func0.call(data, "legalBasis")) {
                                        let data4 = data.legalBasis;
                                        const _errs11 = errors;
                                        const _errs12 = errors;
                                        if (errors === _errs12) {
                                            if (Array.isArray(data4)) {
                                                var valid4 = true;
                                                const len1 = data4.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                    const _errs14 = errors;
                                                    if (typeof data4[i1] !== "string") {
                                                        validate28.errors = [{ instancePath: instancePath + "/legalBasis/" + i1, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid4 = _errs14 === errors;
                                                    if (!valid4) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate28.errors = [{ instancePath: instancePath + "/legalBasis", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs11 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.anonymisation !== undefined && func0.call(data, "anonymisation")) {
                                            let data6 = data.anonymisation;
                                            const _errs16 = errors;
                                            if ((typeof data6 !== "string") && (data6 !== null)) {
                                                validate28.errors = [{ instancePath: instancePath + "/anonymisation", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                return false;
                                            }
                                            var valid0 = _errs16 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.specialCategories !== undefined && func0.call(data, "specialCategories")) {
                                                let data7 = data.specialCategories;
                                                const _errs19 = errors;
                                                const _errs20 = errors;
                                                if (errors === _errs20) {
                                                    if (Array.isArray(data7)) {
                                                        var valid7 = true;
                                                        const len2 = data7.length;
                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                            const _errs22 = errors;
                                                            if (typeof data7[i2] !== "string") {
                                                                validate28.errors = [{ instancePath: instancePath + "/specialCategories/" + i2, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid7 = _errs22 === errors;
                                                            if (!valid7) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate28.errors = [{ instancePath: instancePath + "/specialCategories", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs19 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.owners !== undefined && func0.call(data, "owners")) {
                                                    let data9 = data.owners;
                                                    const _errs24 = errors;
                                                    const _errs25 = errors;
                                                    if (errors === _errs25) {
                                                        if (Array.isArray(data9)) {
                                                            var valid9 = true;
                                                            const len3 = data9.length;
                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                                const _errs27 = errors;
                                                                if (typeof data9[i3] !== "string") {
                                                                    validate28.errors = [{ instancePath: instancePath + "/owners/" + i3, schemaPath: "#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                var valid9 = _errs27 === errors;
                                                                if (!valid9) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate28.errors = [{ instancePath: instancePath + "/owners", schemaPath: "#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs24 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.team !== undefined && func0.call(data, "team")) {
                                                        let data11 = data.team;
                                                        const _errs29 = errors;
                                                        if ((typeof data11 !== "string") && (data11 !== null)) {
                                                            validate28.errors = [{ instancePath: instancePath + "/team", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                            return false;
                                                        }
                                                        var valid0 = _errs29 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.onCall !== undefined && func0.call(data, "onCall")) {
                                                            let data12 = data.onCall;
                                                            const _errs32 = errors;
                                                            if ((typeof data12 !== "string") && (data12 !== null)) {
                                                                validate28.errors = [{ instancePath: instancePath + "/onCall", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs32 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.lastReviewed !== undefined && func0.call(data, "lastReviewed")) {
                                                                let data13 = data.lastReviewed;
                                                                const _errs35 = errors;
                                                                if ((typeof data13 !== "string") && (data13 !== null)) {
                                                                    validate28.errors = [{ instancePath: instancePath + "/lastReviewed", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                    return false;
                                                                }
                                                                var valid0 = _errs35 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.nextReview !== undefined && func0.call(data, "nextReview")) {
                                                                    let data14 = data.nextReview;
                                                                    const _errs38 = errors;
                                                                    if ((typeof data14 !== "string") && (data14 !== null)) {
                                                                        validate28.errors = [{ instancePath: instancePath + "/nextReview", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                        return false;
                                                                    }
                                                                    var valid0 = _errs38 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            else {
                validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
            }
        }
        validate28.errors = vErrors;
        return errors === 0;
    }
    validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    const schema61 = report_schema_namespaceObject.$defs.location;
    function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate30.evaluated;
        if (evaluated0.dynamicProps) {
            evaluated0.props = undefined;
        }
        if (evaluated0.dynamicItems) {
            evaluated0.items = undefined;
        }
        if (errors === 0) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing0;
                if (((((data.file === undefined) || (!(func0.call(data, "file")))) && (missing0 = "file")) || (((data.line === undefined) || (!(func0.call(data, "line")))) && (missing0 = "line"))) || (((data.column === undefined) || (!(func0.call(data, "column")))) && (missing0 = "column"))) {
                    validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                }
                else {
                    const _errs1 = errors;
                    for (const key0 of Object.keys(data)) {
                        if (!(((key0 === "file") || (key0 === "line")) || (key0 === "column"))) {
                            validate30.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                        }
                    }
                    if (_errs1 === errors) {
                        if (data.file !== undefined && func0.call(data, "file")) {
                            const _errs2 = errors;
                            if (typeof data.file !== "string") {
                                validate30.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs2 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.line !== undefined && func0.call(data, "line")) {
                                let data1 = data.line;
                                const _errs4 = errors;
                                const _errs5 = errors;
                                if ((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (data1 !== null)) {
                                    validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/$defs/nullablePosition/type", keyword: "type", params: { type: schema62.type }, message: "must be integer,null" }];
                                    return false;
                                }
                                if (errors === _errs5) {
                                    if ((typeof data1 == "number") && (isFinite(data1))) {
                                        if (data1 < 1 || isNaN(data1)) {
                                            validate30.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/$defs/nullablePosition/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                        }
                                    }
                                }
                                var valid0 = _errs4 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.column !== undefined && func0.call(data, "column")) {
                                    let data2 = data.column;
                                    const _errs7 = errors;
                                    const _errs8 = errors;
                                    if ((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)) {
                                        validate30.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/$defs/nullablePosition/type", keyword: "type", params: { type: schema62.type }, message: "must be integer,null" }];
                                        return false;
                                    }
                                    if (errors === _errs8) {
                                        if ((typeof data2 == "number") && (isFinite(data2))) {
                                            if (data2 < 1 || isNaN(data2)) {
                                                validate30.errors = [{ instancePath: instancePath + "/column", schemaPath: "#/$defs/nullablePosition/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                return false;
                                            }
                                        }
                                    }
                                    var valid0 = _errs7 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
            else {
                validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
            }
        }
        validate30.errors = vErrors;
        return errors === 0;
    }
    validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    const schema68 = report_schema_namespaceObject.$defs.fairnessSlice;
    function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate32.evaluated;
        if (evaluated0.dynamicProps) {
            evaluated0.props = undefined;
        }
        if (evaluated0.dynamicItems) {
            evaluated0.items = undefined;
        }
        if (errors === 0) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing0;
                if ((((((data.slice === undefined) || (!(func0.call(data, "slice")))) && (missing0 = "slice")) || (((data.metric === undefined) || (!(func0.call(data, "metric")))) && (missing0 = "metric"))) || (((data.value === undefined) || (!(func0.call(data, "value")))) && (missing0 = "value"))) || (((data.n === undefined) || (!(func0.call(data, "n")))) && (missing0 = "n"))) {
                    validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                }
                else {
                    const _errs1 = errors;
                    for (const key0 of Object.keys(data)) {
                        if (!((((key0 === "slice") || (key0 === "metric")) || (key0 === "value")) || (key0 === "n"))) {
                            validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                        }
                    }
                    if (_errs1 === errors) {
                        if (data.slice !== undefined && func0.call(data, "slice")) {
                            const _errs2 = errors;
                            if (typeof data.slice !== "string") {
                                validate32.errors = [{ instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs2 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.metric !== undefined && func0.call(data, "metric")) {
                                const _errs4 = errors;
                                if (typeof data.metric !== "string") {
                                    validate32.errors = [{ instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs4 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.value !== undefined && func0.call(data, "value")) {
                                    let data2 = data.value;
                                    const _errs6 = errors;
                                    if (!((typeof data2 == "number") && (isFinite(data2)))) {
                                        validate32.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                    }
                                    var valid0 = _errs6 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.n !== undefined && func0.call(data, "n")) {
                                        let data3 = data.n;
                                        const _errs8 = errors;
                                        if ((!((typeof data3 == "number") && (isFinite(data3)))) && (data3 !== null)) {
                                            validate32.errors = [{ instancePath: instancePath + "/n", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" }];
                                            return false;
                                        }
                                        var valid0 = _errs8 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            else {
                validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
            }
        }
        validate32.errors = vErrors;
        return errors === 0;
    }
    validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
        let vErrors = null;
        let errors = 0;
        const evaluated0 = validate20.evaluated;
        if (evaluated0.dynamicProps) {
            evaluated0.props = undefined;
        }
        if (evaluated0.dynamicItems) {
            evaluated0.items = undefined;
        }
        if (errors === 0) {
            if (data && typeof data == "object" && !Array.isArray(data)) {
                let missing0;
                if ((((((((((((((((data.version === undefined) || (!(func0.call(data, "version")))) && (missing0 = "version")) || (((data.verdict === undefined) || (!(func0.call(data, "verdict")))) && (missing0 = "verdict"))) || (((data.mode === undefined) || (!(func0.call(data, "mode")))) && (missing0 = "mode"))) || (((data.failed === undefined) || (!(func0.call(data, "failed")))) && (missing0 = "failed"))) || (((data.model === undefined) || (!(func0.call(data, "model")))) && (missing0 = "model"))) || (((data.head === undefined) || (!(func0.call(data, "head")))) && (missing0 = "head"))) || (((data.base === undefined) || (!(func0.call(data, "base")))) && (missing0 = "base"))) || (((data.policy === undefined) || (!(func0.call(data, "policy")))) && (missing0 = "policy"))) || (((data.baseline === undefined) || (!(func0.call(data, "baseline")))) && (missing0 = "baseline"))) || (((data.candidate === undefined) || (!(func0.call(data, "candidate")))) && (missing0 = "candidate"))) || (((data.models === undefined) || (!(func0.call(data, "models")))) && (missing0 = "models"))) || (((data.checks === undefined) || (!(func0.call(data, "checks")))) && (missing0 = "checks"))) || (((data.problems === undefined) || (!(func0.call(data, "problems")))) && (missing0 = "problems"))) || (((data.policyChanges === undefined) || (!(func0.call(data, "policyChanges")))) && (missing0 = "policyChanges"))) {
                    validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                    return false;
                }
                else {
                    const _errs1 = errors;
                    for (const key0 of Object.keys(data)) {
                        if (!(func0.call(schema31.properties, key0))) {
                            validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                        }
                    }
                    if (_errs1 === errors) {
                        if (data.version !== undefined && func0.call(data, "version")) {
                            const _errs2 = errors;
                            if (1 !== data.version) {
                                validate20.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
                                return false;
                            }
                            var valid0 = _errs2 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.verdict !== undefined && func0.call(data, "verdict")) {
                                let data1 = data.verdict;
                                const _errs3 = errors;
                                if (!(((data1 === "approved") || (data1 === "blocked")) || (data1 === "error"))) {
                                    validate20.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/$defs/verdict/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                }
                                var valid0 = _errs3 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.mode !== undefined && func0.call(data, "mode")) {
                                    let data2 = data.mode;
                                    const _errs5 = errors;
                                    if (!((data2 === "enforce") || (data2 === "advisory"))) {
                                        validate20.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                    }
                                    var valid0 = _errs5 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.failed !== undefined && func0.call(data, "failed")) {
                                        let data3 = data.failed;
                                        const _errs6 = errors;
                                        if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                                            validate20.errors = [{ instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs6) {
                                            if ((typeof data3 == "number") && (isFinite(data3))) {
                                                if (data3 < 0 || isNaN(data3)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/failed", schemaPath: "#/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                }
                                            }
                                        }
                                        var valid0 = _errs6 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.model !== undefined && func0.call(data, "model")) {
                                            const _errs8 = errors;
                                            if (typeof data.model !== "string") {
                                                validate20.errors = [{ instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs8 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.head !== undefined && func0.call(data, "head")) {
                                                let data5 = data.head;
                                                const _errs10 = errors;
                                                if ((typeof data5 !== "string") && (data5 !== null)) {
                                                    validate20.errors = [{ instancePath: instancePath + "/head", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                    return false;
                                                }
                                                var valid0 = _errs10 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.base !== undefined && func0.call(data, "base")) {
                                                    let data6 = data.base;
                                                    const _errs13 = errors;
                                                    if ((typeof data6 !== "string") && (data6 !== null)) {
                                                        validate20.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                        return false;
                                                    }
                                                    var valid0 = _errs13 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.policy !== undefined && func0.call(data, "policy")) {
                                                        const _errs16 = errors;
                                                        if (!(validate21(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                                                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                            errors = vErrors.length;
                                                        }
                                                        var valid0 = _errs16 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.baseline !== undefined && func0.call(data, "baseline")) {
                                                            const _errs17 = errors;
                                                            if (!(validate21(data.baseline, { instancePath: instancePath + "/baseline", parentData: data, parentDataProperty: "baseline", rootData, dynamicAnchors }))) {
                                                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                errors = vErrors.length;
                                                            }
                                                            var valid0 = _errs17 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.candidate !== undefined && func0.call(data, "candidate")) {
                                                                const _errs18 = errors;
                                                                if (!(validate21(data.candidate, { instancePath: instancePath + "/candidate", parentData: data, parentDataProperty: "candidate", rootData, dynamicAnchors }))) {
                                                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                    errors = vErrors.length;
                                                                }
                                                                var valid0 = _errs18 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.models !== undefined && func0.call(data, "models")) {
                                                                    let data10 = data.models;
                                                                    const _errs19 = errors;
                                                                    if (errors === _errs19) {
                                                                        if (Array.isArray(data10)) {
                                                                            var valid4 = true;
                                                                            const len0 = data10.length;
                                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                                let data11 = data10[i0];
                                                                                const _errs21 = errors;
                                                                                if (errors === _errs21) {
                                                                                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                                                        let missing1;
                                                                                        if (((((((((data11.model === undefined) || (!(func0.call(data11, "model")))) && (missing1 = "model")) || (((data11.verdict === undefined) || (!(func0.call(data11, "verdict")))) && (missing1 = "verdict"))) || (((data11.failed === undefined) || (!(func0.call(data11, "failed")))) && (missing1 = "failed"))) || (((data11.policy === undefined) || (!(func0.call(data11, "policy")))) && (missing1 = "policy"))) || (((data11.baseline === undefined) || (!(func0.call(data11, "baseline")))) && (missing1 = "baseline"))) || (((data11.candidate === undefined) || (!(func0.call(data11, "candidate")))) && (missing1 = "candidate"))) || (((data11.declarations === undefined) || (!(func0.call(data11, "declarations")))) && (missing1 = "declarations"))) {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/models/" + i0, schemaPath: "#/properties/models/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            const _errs23 = errors;
                                                                                            for (const key1 of Object.keys(data11)) {
                                                                                                if (!((((((((key1 === "model") || (key1 === "verdict")) || (key1 === "failed")) || (key1 === "policy")) || (key1 === "baseline")) || (key1 === "candidate")) || (key1 === "declarations")) || (key1 === "predictions"))) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/models/" + i0, schemaPath: "#/properties/models/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                                                    return false;
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                            if (_errs23 === errors) {
                                                                                                if (data11.model !== undefined && func0.call(data11, "model")) {
                                                                                                    const _errs24 = errors;
                                                                                                    if (typeof data11.model !== "string") {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/models/" + i0 + "/model", schemaPath: "#/properties/models/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid5 = _errs24 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid5 = true;
                                                                                                }
                                                                                                if (valid5) {
                                                                                                    if (data11.verdict !== undefined && func0.call(data11, "verdict")) {
                                                                                                        let data13 = data11.verdict;
                                                                                                        const _errs26 = errors;
                                                                                                        if (!(((data13 === "approved") || (data13 === "blocked")) || (data13 === "error"))) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/models/" + i0 + "/verdict", schemaPath: "#/$defs/verdict/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid5 = _errs26 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid5 = true;
                                                                                                    }
                                                                                                    if (valid5) {
                                                                                                        if (data11.failed !== undefined && func0.call(data11, "failed")) {
                                                                                                            let data14 = data11.failed;
                                                                                                            const _errs28 = errors;
                                                                                                            if (!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/models/" + i0 + "/failed", schemaPath: "#/properties/models/items/properties/failed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            if (errors === _errs28) {
                                                                                                                if ((typeof data14 == "number") && (isFinite(data14))) {
                                                                                                                    if (data14 < 0 || isNaN(data14)) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/models/" + i0 + "/failed", schemaPath: "#/properties/models/items/properties/failed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            var valid5 = _errs28 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid5 = true;
                                                                                                        }
                                                                                                        if (valid5) {
                                                                                                            if (data11.policy !== undefined && func0.call(data11, "policy")) {
                                                                                                                const _errs30 = errors;
                                                                                                                if (!(validate21(data11.policy, { instancePath: instancePath + "/models/" + i0 + "/policy", parentData: data11, parentDataProperty: "policy", rootData, dynamicAnchors }))) {
                                                                                                                    vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                                                                    errors = vErrors.length;
                                                                                                                }
                                                                                                                var valid5 = _errs30 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid5 = true;
                                                                                                            }
                                                                                                            if (valid5) {
                                                                                                                if (data11.baseline !== undefined && func0.call(data11, "baseline")) {
                                                                                                                    const _errs31 = errors;
                                                                                                                    if (!(validate21(data11.baseline, { instancePath: instancePath + "/models/" + i0 + "/baseline", parentData: data11, parentDataProperty: "baseline", rootData, dynamicAnchors }))) {
                                                                                                                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                                                                        errors = vErrors.length;
                                                                                                                    }
                                                                                                                    var valid5 = _errs31 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid5 = true;
                                                                                                                }
                                                                                                                if (valid5) {
                                                                                                                    if (data11.candidate !== undefined && func0.call(data11, "candidate")) {
                                                                                                                        const _errs32 = errors;
                                                                                                                        if (!(validate21(data11.candidate, { instancePath: instancePath + "/models/" + i0 + "/candidate", parentData: data11, parentDataProperty: "candidate", rootData, dynamicAnchors }))) {
                                                                                                                            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                                                                                                            errors = vErrors.length;
                                                                                                                        }
                                                                                                                        var valid5 = _errs32 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid5 = true;
                                                                                                                    }
                                                                                                                    if (valid5) {
                                                                                                                        if (data11.declarations !== undefined && func0.call(data11, "declarations")) {
                                                                                                                            let data18 = data11.declarations;
                                                                                                                            const _errs33 = errors;
                                                                                                                            const _errs34 = errors;
                                                                                                                            let valid7 = false;
                                                                                                                            let passing0 = null;
                                                                                                                            const _errs35 = errors;
                                                                                                                            if (data18 !== null) {
                                                                                                                                const err0 = { instancePath: instancePath + "/models/" + i0 + "/declarations", schemaPath: "#/properties/models/items/properties/declarations/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                if (vErrors === null) {
                                                                                                                                    vErrors = [err0];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    vErrors.push(err0);
                                                                                                                                }
                                                                                                                                errors++;
                                                                                                                            }
                                                                                                                            var _valid0 = _errs35 === errors;
                                                                                                                            if (_valid0) {
                                                                                                                                valid7 = true;
                                                                                                                                passing0 = 0;
                                                                                                                            }
                                                                                                                            const _errs37 = errors;
                                                                                                                            if (!(validate28(data18, { instancePath: instancePath + "/models/" + i0 + "/declarations", parentData: data11, parentDataProperty: "declarations", rootData, dynamicAnchors }))) {
                                                                                                                                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                                                                                                                errors = vErrors.length;
                                                                                                                            }
                                                                                                                            var _valid0 = _errs37 === errors;
                                                                                                                            if (_valid0 && valid7) {
                                                                                                                                valid7 = false;
                                                                                                                                passing0 = [passing0, 1];
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                if (_valid0) {
                                                                                                                                    valid7 = true;
                                                                                                                                    passing0 = 1;
                                                                                                                                }
                                                                                                                            }
                                                                                                                            if (!valid7) {
                                                                                                                                const err1 = { instancePath: instancePath + "/models/" + i0 + "/declarations", schemaPath: "#/properties/models/items/properties/declarations/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                if (vErrors === null) {
                                                                                                                                    vErrors = [err1];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    vErrors.push(err1);
                                                                                                                                }
                                                                                                                                errors++;
                                                                                                                                validate20.errors = vErrors;
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                errors = _errs34;
                                                                                                                                if (vErrors !== null) {
                                                                                                                                    if (_errs34) {
                                                                                                                                        vErrors.length = _errs34;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        vErrors = null;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                            var valid5 = _errs33 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid5 = true;
                                                                                                                        }
                                                                                                                        if (valid5) {
                                                                                                                            if (data11.predictions !== undefined && func0.call(data11, "predictions")) {
                                                                                                                                let data19 = data11.predictions;
                                                                                                                                const _errs38 = errors;
                                                                                                                                const _errs39 = errors;
                                                                                                                                let valid8 = false;
                                                                                                                                let passing1 = null;
                                                                                                                                const _errs40 = errors;
                                                                                                                                if (data19 !== null) {
                                                                                                                                    const err2 = { instancePath: instancePath + "/models/" + i0 + "/predictions", schemaPath: "#/properties/models/items/properties/predictions/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                    if (vErrors === null) {
                                                                                                                                        vErrors = [err2];
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        vErrors.push(err2);
                                                                                                                                    }
                                                                                                                                    errors++;
                                                                                                                                }
                                                                                                                                var _valid1 = _errs40 === errors;
                                                                                                                                if (_valid1) {
                                                                                                                                    valid8 = true;
                                                                                                                                    passing1 = 0;
                                                                                                                                }
                                                                                                                                const _errs42 = errors;
                                                                                                                                const _errs43 = errors;
                                                                                                                                if (errors === _errs43) {
                                                                                                                                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                                                                                                                                        let missing2;
                                                                                                                                        if ((((((((((((data19.task === undefined) || (!(func0.call(data19, "task")))) && (missing2 = "task")) || (((data19.file === undefined) || (!(func0.call(data19, "file")))) && (missing2 = "file"))) || (((data19.baselineFile === undefined) || (!(func0.call(data19, "baselineFile")))) && (missing2 = "baselineFile"))) || (((data19.rows === undefined) || (!(func0.call(data19, "rows")))) && (missing2 = "rows"))) || (((data19.threshold === undefined) || (!(func0.call(data19, "threshold")))) && (missing2 = "threshold"))) || (((data19.candidate === undefined) || (!(func0.call(data19, "candidate")))) && (missing2 = "candidate"))) || (((data19.baseline === undefined) || (!(func0.call(data19, "baseline")))) && (missing2 = "baseline"))) || (((data19.flips === undefined) || (!(func0.call(data19, "flips")))) && (missing2 = "flips"))) || (((data19.comparisons === undefined) || (!(func0.call(data19, "comparisons")))) && (missing2 = "comparisons"))) || (((data19.note === undefined) || (!(func0.call(data19, "note")))) && (missing2 = "note"))) {
                                                                                                                                            const err3 = { instancePath: instancePath + "/models/" + i0 + "/predictions", schemaPath: "#/$defs/predictions/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" };
                                                                                                                                            if (vErrors === null) {
                                                                                                                                                vErrors = [err3];
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                vErrors.push(err3);
                                                                                                                                            }
                                                                                                                                            errors++;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            const _errs45 = errors;
                                                                                                                                            for (const key2 of Object.keys(data19)) {
                                                                                                                                                if (!(func0.call(schema50.properties, key2))) {
                                                                                                                                                    const err4 = { instancePath: instancePath + "/models/" + i0 + "/predictions", schemaPath: "#/$defs/predictions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err4];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err4);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                    break;
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                            if (_errs45 === errors) {
                                                                                                                                                if (data19.task !== undefined && func0.call(data19, "task")) {
                                                                                                                                                    let data20 = data19.task;
                                                                                                                                                    const _errs46 = errors;
                                                                                                                                                    if (!((data20 === "binary") || (data20 === "regression"))) {
                                                                                                                                                        const err5 = { instancePath: instancePath + "/models/" + i0 + "/predictions/task", schemaPath: "#/$defs/predictions/properties/task/enum", keyword: "enum", params: { allowedValues: schema50.properties.task.enum }, message: "must be equal to one of the allowed values" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err5];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err5);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    var valid10 = _errs46 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid10 = true;
                                                                                                                                                }
                                                                                                                                                if (valid10) {
                                                                                                                                                    if (data19.file !== undefined && func0.call(data19, "file")) {
                                                                                                                                                        const _errs47 = errors;
                                                                                                                                                        if (typeof data19.file !== "string") {
                                                                                                                                                            const err6 = { instancePath: instancePath + "/models/" + i0 + "/predictions/file", schemaPath: "#/$defs/predictions/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err6];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err6);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                        var valid10 = _errs47 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid10 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid10) {
                                                                                                                                                        if (data19.baselineFile !== undefined && func0.call(data19, "baselineFile")) {
                                                                                                                                                            let data22 = data19.baselineFile;
                                                                                                                                                            const _errs49 = errors;
                                                                                                                                                            if ((typeof data22 !== "string") && (data22 !== null)) {
                                                                                                                                                                const err7 = { instancePath: instancePath + "/models/" + i0 + "/predictions/baselineFile", schemaPath: "#/$defs/predictions/properties/baselineFile/type", keyword: "type", params: { type: schema50.properties.baselineFile.type }, message: "must be string,null" };
                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                    vErrors = [err7];
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    vErrors.push(err7);
                                                                                                                                                                }
                                                                                                                                                                errors++;
                                                                                                                                                            }
                                                                                                                                                            var valid10 = _errs49 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid10 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid10) {
                                                                                                                                                            if (data19.rows !== undefined && func0.call(data19, "rows")) {
                                                                                                                                                                let data23 = data19.rows;
                                                                                                                                                                const _errs51 = errors;
                                                                                                                                                                if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                                                                                                                                                    const err8 = { instancePath: instancePath + "/models/" + i0 + "/predictions/rows", schemaPath: "#/$defs/predictions/properties/rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err8];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err8);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                                if (errors === _errs51) {
                                                                                                                                                                    if ((typeof data23 == "number") && (isFinite(data23))) {
                                                                                                                                                                        if (data23 < 0 || isNaN(data23)) {
                                                                                                                                                                            const err9 = { instancePath: instancePath + "/models/" + i0 + "/predictions/rows", schemaPath: "#/$defs/predictions/properties/rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                                                                                                                                                                var valid10 = _errs51 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid10 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid10) {
                                                                                                                                                                if (data19.threshold !== undefined && func0.call(data19, "threshold")) {
                                                                                                                                                                    let data24 = data19.threshold;
                                                                                                                                                                    const _errs53 = errors;
                                                                                                                                                                    if ((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)) {
                                                                                                                                                                        const err10 = { instancePath: instancePath + "/models/" + i0 + "/predictions/threshold", schemaPath: "#/$defs/predictions/properties/threshold/type", keyword: "type", params: { type: schema50.properties.threshold.type }, message: "must be number,null" };
                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                            vErrors = [err10];
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            vErrors.push(err10);
                                                                                                                                                                        }
                                                                                                                                                                        errors++;
                                                                                                                                                                    }
                                                                                                                                                                    var valid10 = _errs53 === errors;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid10 = true;
                                                                                                                                                                }
                                                                                                                                                                if (valid10) {
                                                                                                                                                                    if (data19.candidate !== undefined && func0.call(data19, "candidate")) {
                                                                                                                                                                        let data25 = data19.candidate;
                                                                                                                                                                        const _errs55 = errors;
                                                                                                                                                                        if (errors === _errs55) {
                                                                                                                                                                            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                                                                                                                                                                                for (const key3 of Object.keys(data25)) {
                                                                                                                                                                                    let data26 = data25[key3];
                                                                                                                                                                                    const _errs58 = errors;
                                                                                                                                                                                    if (!((typeof data26 == "number") && (isFinite(data26)))) {
                                                                                                                                                                                        const err11 = { instancePath: instancePath + "/models/" + i0 + "/predictions/candidate/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/predictions/properties/candidate/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                            vErrors = [err11];
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            vErrors.push(err11);
                                                                                                                                                                                        }
                                                                                                                                                                                        errors++;
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid11 = _errs58 === errors;
                                                                                                                                                                                    if (!valid11) {
                                                                                                                                                                                        break;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                const err12 = { instancePath: instancePath + "/models/" + i0 + "/predictions/candidate", schemaPath: "#/$defs/predictions/properties/candidate/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err12];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err12);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        var valid10 = _errs55 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid10 = true;
                                                                                                                                                                    }
                                                                                                                                                                    if (valid10) {
                                                                                                                                                                        if (data19.baseline !== undefined && func0.call(data19, "baseline")) {
                                                                                                                                                                            let data27 = data19.baseline;
                                                                                                                                                                            const _errs60 = errors;
                                                                                                                                                                            const _errs61 = errors;
                                                                                                                                                                            let valid12 = false;
                                                                                                                                                                            let passing2 = null;
                                                                                                                                                                            const _errs62 = errors;
                                                                                                                                                                            if (data27 !== null) {
                                                                                                                                                                                const err13 = { instancePath: instancePath + "/models/" + i0 + "/predictions/baseline", schemaPath: "#/$defs/predictions/properties/baseline/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err13];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err13);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                            var _valid2 = _errs62 === errors;
                                                                                                                                                                            if (_valid2) {
                                                                                                                                                                                valid12 = true;
                                                                                                                                                                                passing2 = 0;
                                                                                                                                                                            }
                                                                                                                                                                            const _errs64 = errors;
                                                                                                                                                                            if (errors === _errs64) {
                                                                                                                                                                                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                                                                                                                                                                                    for (const key4 of Object.keys(data27)) {
                                                                                                                                                                                        let data28 = data27[key4];
                                                                                                                                                                                        const _errs67 = errors;
                                                                                                                                                                                        if (!((typeof data28 == "number") && (isFinite(data28)))) {
                                                                                                                                                                                            const err14 = { instancePath: instancePath + "/models/" + i0 + "/predictions/baseline/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/predictions/properties/baseline/oneOf/1/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err14];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err14);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid13 = _errs67 === errors;
                                                                                                                                                                                        if (!valid13) {
                                                                                                                                                                                            break;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    const err15 = { instancePath: instancePath + "/models/" + i0 + "/predictions/baseline", schemaPath: "#/$defs/predictions/properties/baseline/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err15];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err15);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var _valid2 = _errs64 === errors;
                                                                                                                                                                            if (_valid2 && valid12) {
                                                                                                                                                                                valid12 = false;
                                                                                                                                                                                passing2 = [passing2, 1];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                if (_valid2) {
                                                                                                                                                                                    valid12 = true;
                                                                                                                                                                                    passing2 = 1;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            if (!valid12) {
                                                                                                                                                                                const err16 = { instancePath: instancePath + "/models/" + i0 + "/predictions/baseline", schemaPath: "#/$defs/predictions/properties/baseline/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err16];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err16);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                errors = _errs61;
                                                                                                                                                                                if (vErrors !== null) {
                                                                                                                                                                                    if (_errs61) {
                                                                                                                                                                                        vErrors.length = _errs61;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors = null;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            var valid10 = _errs60 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid10 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid10) {
                                                                                                                                                                            if (data19.flips !== undefined && func0.call(data19, "flips")) {
                                                                                                                                                                                let data29 = data19.flips;
                                                                                                                                                                                const _errs69 = errors;
                                                                                                                                                                                const _errs70 = errors;
                                                                                                                                                                                let valid14 = false;
                                                                                                                                                                                let passing3 = null;
                                                                                                                                                                                const _errs71 = errors;
                                                                                                                                                                                if (data29 !== null) {
                                                                                                                                                                                    const err17 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips", schemaPath: "#/$defs/predictions/properties/flips/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err17];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err17);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                                var _valid3 = _errs71 === errors;
                                                                                                                                                                                if (_valid3) {
                                                                                                                                                                                    valid14 = true;
                                                                                                                                                                                    passing3 = 0;
                                                                                                                                                                                }
                                                                                                                                                                                const _errs73 = errors;
                                                                                                                                                                                if (errors === _errs73) {
                                                                                                                                                                                    if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                                                                                                                                                        let missing3;
                                                                                                                                                                                        if ((((((data29.fixed === undefined) || (!(func0.call(data29, "fixed")))) && (missing3 = "fixed")) || (((data29.broken === undefined) || (!(func0.call(data29, "broken")))) && (missing3 = "broken"))) || (((data29.total === undefined) || (!(func0.call(data29, "total")))) && (missing3 = "total"))) || (((data29.brokenIds === undefined) || (!(func0.call(data29, "brokenIds")))) && (missing3 = "brokenIds"))) {
                                                                                                                                                                                            const err18 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err18];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err18);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            const _errs75 = errors;
                                                                                                                                                                                            for (const key5 of Object.keys(data29)) {
                                                                                                                                                                                                if (!((((key5 === "fixed") || (key5 === "broken")) || (key5 === "total")) || (key5 === "brokenIds"))) {
                                                                                                                                                                                                    const err19 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                        vErrors = [err19];
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        vErrors.push(err19);
                                                                                                                                                                                                    }
                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                    break;
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                            if (_errs75 === errors) {
                                                                                                                                                                                                if (data29.fixed !== undefined && func0.call(data29, "fixed")) {
                                                                                                                                                                                                    let data30 = data29.fixed;
                                                                                                                                                                                                    const _errs76 = errors;
                                                                                                                                                                                                    if (!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))) {
                                                                                                                                                                                                        const err20 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/fixed", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/fixed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                            vErrors = [err20];
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            vErrors.push(err20);
                                                                                                                                                                                                        }
                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (errors === _errs76) {
                                                                                                                                                                                                        if ((typeof data30 == "number") && (isFinite(data30))) {
                                                                                                                                                                                                            if (data30 < 0 || isNaN(data30)) {
                                                                                                                                                                                                                const err21 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/fixed", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/fixed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                    vErrors = [err21];
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    vErrors.push(err21);
                                                                                                                                                                                                                }
                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var valid15 = _errs76 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid15 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                                if (valid15) {
                                                                                                                                                                                                    if (data29.broken !== undefined && func0.call(data29, "broken")) {
                                                                                                                                                                                                        let data31 = data29.broken;
                                                                                                                                                                                                        const _errs78 = errors;
                                                                                                                                                                                                        if (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))) {
                                                                                                                                                                                                            const err22 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/broken", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/broken/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                vErrors = [err22];
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors.push(err22);
                                                                                                                                                                                                            }
                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (errors === _errs78) {
                                                                                                                                                                                                            if ((typeof data31 == "number") && (isFinite(data31))) {
                                                                                                                                                                                                                if (data31 < 0 || isNaN(data31)) {
                                                                                                                                                                                                                    const err23 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/broken", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/broken/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                        vErrors = [err23];
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        vErrors.push(err23);
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                        var valid15 = _errs78 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid15 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (valid15) {
                                                                                                                                                                                                        if (data29.total !== undefined && func0.call(data29, "total")) {
                                                                                                                                                                                                            let data32 = data29.total;
                                                                                                                                                                                                            const _errs80 = errors;
                                                                                                                                                                                                            if (!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))) {
                                                                                                                                                                                                                const err24 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/total", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                    vErrors = [err24];
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    vErrors.push(err24);
                                                                                                                                                                                                                }
                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (errors === _errs80) {
                                                                                                                                                                                                                if ((typeof data32 == "number") && (isFinite(data32))) {
                                                                                                                                                                                                                    if (data32 < 0 || isNaN(data32)) {
                                                                                                                                                                                                                        const err25 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/total", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                                                                                                                                                                                                            var valid15 = _errs80 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid15 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid15) {
                                                                                                                                                                                                            if (data29.brokenIds !== undefined && func0.call(data29, "brokenIds")) {
                                                                                                                                                                                                                let data33 = data29.brokenIds;
                                                                                                                                                                                                                const _errs82 = errors;
                                                                                                                                                                                                                if (errors === _errs82) {
                                                                                                                                                                                                                    if (Array.isArray(data33)) {
                                                                                                                                                                                                                        var valid16 = true;
                                                                                                                                                                                                                        const len1 = data33.length;
                                                                                                                                                                                                                        for (let i1 = 0; i1 < len1; i1++) {
                                                                                                                                                                                                                            const _errs84 = errors;
                                                                                                                                                                                                                            if (typeof data33[i1] !== "string") {
                                                                                                                                                                                                                                const err26 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/brokenIds/" + i1, schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/brokenIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err26];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err26);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var valid16 = _errs84 === errors;
                                                                                                                                                                                                                            if (!valid16) {
                                                                                                                                                                                                                                break;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        const err27 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips/brokenIds", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/properties/brokenIds/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                            vErrors = [err27];
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            vErrors.push(err27);
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                                var valid15 = _errs82 === errors;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                var valid15 = true;
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        const err28 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips", schemaPath: "#/$defs/predictions/properties/flips/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                            vErrors = [err28];
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            vErrors.push(err28);
                                                                                                                                                                                        }
                                                                                                                                                                                        errors++;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                var _valid3 = _errs73 === errors;
                                                                                                                                                                                if (_valid3 && valid14) {
                                                                                                                                                                                    valid14 = false;
                                                                                                                                                                                    passing3 = [passing3, 1];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    if (_valid3) {
                                                                                                                                                                                        valid14 = true;
                                                                                                                                                                                        passing3 = 1;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                if (!valid14) {
                                                                                                                                                                                    const err29 = { instancePath: instancePath + "/models/" + i0 + "/predictions/flips", schemaPath: "#/$defs/predictions/properties/flips/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err29];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err29);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    errors = _errs70;
                                                                                                                                                                                    if (vErrors !== null) {
                                                                                                                                                                                        if (_errs70) {
                                                                                                                                                                                            vErrors.length = _errs70;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            vErrors = null;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                                var valid10 = _errs69 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid10 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid10) {
                                                                                                                                                                                if (data19.comparisons !== undefined && func0.call(data19, "comparisons")) {
                                                                                                                                                                                    let data35 = data19.comparisons;
                                                                                                                                                                                    const _errs86 = errors;
                                                                                                                                                                                    if (errors === _errs86) {
                                                                                                                                                                                        if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                                                                                                                                                                            for (const key6 of Object.keys(data35)) {
                                                                                                                                                                                                let data36 = data35[key6];
                                                                                                                                                                                                const _errs89 = errors;
                                                                                                                                                                                                if (errors === _errs89) {
                                                                                                                                                                                                    if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                                                                                                                                                                                        let missing4;
                                                                                                                                                                                                        if (((((((data36.method === undefined) || (!(func0.call(data36, "method")))) && (missing4 = "method")) || (((data36.confidence === undefined) || (!(func0.call(data36, "confidence")))) && (missing4 = "confidence"))) || (((data36.estimate === undefined) || (!(func0.call(data36, "estimate")))) && (missing4 = "estimate"))) || (((data36.interval === undefined) || (!(func0.call(data36, "interval")))) && (missing4 = "interval"))) || (((data36.p_value === undefined) || (!(func0.call(data36, "p_value")))) && (missing4 = "p_value"))) {
                                                                                                                                                                                                            const err30 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" };
                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                vErrors = [err30];
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors.push(err30);
                                                                                                                                                                                                            }
                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            const _errs91 = errors;
                                                                                                                                                                                                            for (const key7 of Object.keys(data36)) {
                                                                                                                                                                                                                if (!(((((key7 === "method") || (key7 === "confidence")) || (key7 === "estimate")) || (key7 === "interval")) || (key7 === "p_value"))) {
                                                                                                                                                                                                                    const err31 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                        vErrors = [err31];
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        vErrors.push(err31);
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                    break;
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (_errs91 === errors) {
                                                                                                                                                                                                                if (data36.method !== undefined && func0.call(data36, "method")) {
                                                                                                                                                                                                                    let data37 = data36.method;
                                                                                                                                                                                                                    const _errs92 = errors;
                                                                                                                                                                                                                    if (!(((data37 === "delong") || (data37 === "bootstrap")) || (data37 === "normal"))) {
                                                                                                                                                                                                                        const err32 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/method", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/method/enum", keyword: "enum", params: { allowedValues: schema50.properties.comparisons.additionalProperties.properties.method.enum }, message: "must be equal to one of the allowed values" };
                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                            vErrors = [err32];
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            vErrors.push(err32);
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    var valid18 = _errs92 === errors;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    var valid18 = true;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                if (valid18) {
                                                                                                                                                                                                                    if (data36.confidence !== undefined && func0.call(data36, "confidence")) {
                                                                                                                                                                                                                        let data38 = data36.confidence;
                                                                                                                                                                                                                        const _errs93 = errors;
                                                                                                                                                                                                                        if (errors === _errs93) {
                                                                                                                                                                                                                            if ((typeof data38 == "number") && (isFinite(data38))) {
                                                                                                                                                                                                                                if (data38 >= 1 || isNaN(data38)) {
                                                                                                                                                                                                                                    const err33 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                        vErrors = [err33];
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        vErrors.push(err33);
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    if (data38 <= 0 || isNaN(data38)) {
                                                                                                                                                                                                                                        const err34 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                            vErrors = [err34];
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            vErrors.push(err34);
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                const err35 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/confidence", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err35];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err35);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        var valid18 = _errs93 === errors;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        var valid18 = true;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    if (valid18) {
                                                                                                                                                                                                                        if (data36.estimate !== undefined && func0.call(data36, "estimate")) {
                                                                                                                                                                                                                            let data39 = data36.estimate;
                                                                                                                                                                                                                            const _errs95 = errors;
                                                                                                                                                                                                                            if (!((typeof data39 == "number") && (isFinite(data39)))) {
                                                                                                                                                                                                                                const err36 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/estimate", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/estimate/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err36];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err36);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var valid18 = _errs95 === errors;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            var valid18 = true;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        if (valid18) {
                                                                                                                                                                                                                            if (data36.interval !== undefined && func0.call(data36, "interval")) {
                                                                                                                                                                                                                                let data40 = data36.interval;
                                                                                                                                                                                                                                const _errs97 = errors;
                                                                                                                                                                                                                                if (errors === _errs97) {
                                                                                                                                                                                                                                    if (Array.isArray(data40)) {
                                                                                                                                                                                                                                        if (data40.length > 2) {
                                                                                                                                                                                                                                            const err37 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/interval", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                                vErrors = [err37];
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                vErrors.push(err37);
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            if (data40.length < 2) {
                                                                                                                                                                                                                                                const err38 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/interval", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                                    vErrors = [err38];
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                    vErrors.push(err38);
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                var valid19 = true;
                                                                                                                                                                                                                                                const len2 = data40.length;
                                                                                                                                                                                                                                                for (let i2 = 0; i2 < len2; i2++) {
                                                                                                                                                                                                                                                    let data41 = data40[i2];
                                                                                                                                                                                                                                                    const _errs99 = errors;
                                                                                                                                                                                                                                                    if (!((typeof data41 == "number") && (isFinite(data41)))) {
                                                                                                                                                                                                                                                        const err39 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/interval/" + i2, schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                                            vErrors = [err39];
                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                                            vErrors.push(err39);
                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                    var valid19 = _errs99 === errors;
                                                                                                                                                                                                                                                    if (!valid19) {
                                                                                                                                                                                                                                                        break;
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        const err40 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/interval", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                            vErrors = [err40];
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            vErrors.push(err40);
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                var valid18 = _errs97 === errors;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                var valid18 = true;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            if (valid18) {
                                                                                                                                                                                                                                if (data36.p_value !== undefined && func0.call(data36, "p_value")) {
                                                                                                                                                                                                                                    let data42 = data36.p_value;
                                                                                                                                                                                                                                    const _errs101 = errors;
                                                                                                                                                                                                                                    if ((!((typeof data42 == "number") && (isFinite(data42)))) && (data42 !== null)) {
                                                                                                                                                                                                                                        const err41 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/p_value", schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/properties/p_value/type", keyword: "type", params: { type: schema50.properties.comparisons.additionalProperties.properties.p_value.type }, message: "must be number,null" };
                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                            vErrors = [err41];
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            vErrors.push(err41);
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    var valid18 = _errs101 === errors;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    var valid18 = true;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        const err42 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/predictions/properties/comparisons/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                            vErrors = [err42];
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            vErrors.push(err42);
                                                                                                                                                                                                        }
                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                                var valid17 = _errs89 === errors;
                                                                                                                                                                                                if (!valid17) {
                                                                                                                                                                                                    break;
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            const err43 = { instancePath: instancePath + "/models/" + i0 + "/predictions/comparisons", schemaPath: "#/$defs/predictions/properties/comparisons/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err43];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err43);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid10 = _errs86 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid10 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid10) {
                                                                                                                                                                                    if (data19.note !== undefined && func0.call(data19, "note")) {
                                                                                                                                                                                        let data43 = data19.note;
                                                                                                                                                                                        const _errs103 = errors;
                                                                                                                                                                                        if ((typeof data43 !== "string") && (data43 !== null)) {
                                                                                                                                                                                            const err44 = { instancePath: instancePath + "/models/" + i0 + "/predictions/note", schemaPath: "#/$defs/predictions/properties/note/type", keyword: "type", params: { type: schema50.properties.note.type }, message: "must be string,null" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err44];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err44);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid10 = _errs103 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid10 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        const err45 = { instancePath: instancePath + "/models/" + i0 + "/predictions", schemaPath: "#/$defs/predictions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                        if (vErrors === null) {
                                                                                                                                            vErrors = [err45];
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            vErrors.push(err45);
                                                                                                                                        }
                                                                                                                                        errors++;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var _valid1 = _errs42 === errors;
                                                                                                                                if (_valid1 && valid8) {
                                                                                                                                    valid8 = false;
                                                                                                                                    passing1 = [passing1, 1];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    if (_valid1) {
                                                                                                                                        valid8 = true;
                                                                                                                                        passing1 = 1;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                if (!valid8) {
                                                                                                                                    const err46 = { instancePath: instancePath + "/models/" + i0 + "/predictions", schemaPath: "#/properties/models/items/properties/predictions/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                    if (vErrors === null) {
                                                                                                                                        vErrors = [err46];
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        vErrors.push(err46);
                                                                                                                                    }
                                                                                                                                    errors++;
                                                                                                                                    validate20.errors = vErrors;
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    errors = _errs39;
                                                                                                                                    if (vErrors !== null) {
                                                                                                                                        if (_errs39) {
                                                                                                                                            vErrors.length = _errs39;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            vErrors = null;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                var valid5 = _errs38 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid5 = true;
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/models/" + i0, schemaPath: "#/properties/models/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid4 = _errs21 === errors;
                                                                                if (!valid4) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate20.errors = [{ instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs19 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.checks !== undefined && func0.call(data, "checks")) {
                                                                        let data44 = data.checks;
                                                                        const _errs105 = errors;
                                                                        if (errors === _errs105) {
                                                                            if (Array.isArray(data44)) {
                                                                                var valid20 = true;
                                                                                const len3 = data44.length;
                                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                                    let data45 = data44[i3];
                                                                                    const _errs107 = errors;
                                                                                    if (errors === _errs107) {
                                                                                        if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                                                                            let missing5;
                                                                                            if ((((((((((((((((((((data45.id === undefined) || (!(func0.call(data45, "id")))) && (missing5 = "id")) || (((data45.kind === undefined) || (!(func0.call(data45, "kind")))) && (missing5 = "kind"))) || (((data45.metric === undefined) || (!(func0.call(data45, "metric")))) && (missing5 = "metric"))) || (((data45.status === undefined) || (!(func0.call(data45, "status")))) && (missing5 = "status"))) || (((data45.severity === undefined) || (!(func0.call(data45, "severity")))) && (missing5 = "severity"))) || (((data45.candidate === undefined) || (!(func0.call(data45, "candidate")))) && (missing5 = "candidate"))) || (((data45.baseline === undefined) || (!(func0.call(data45, "baseline")))) && (missing5 = "baseline"))) || (((data45.rule === undefined) || (!(func0.call(data45, "rule")))) && (missing5 = "rule"))) || (((data45.message === undefined) || (!(func0.call(data45, "message")))) && (missing5 = "message"))) || (((data45.gate === undefined) || (!(func0.call(data45, "gate")))) && (missing5 = "gate"))) || (((data45.location === undefined) || (!(func0.call(data45, "location")))) && (missing5 = "location"))) || (((data45.ruleKey === undefined) || (!(func0.call(data45, "ruleKey")))) && (missing5 = "ruleKey"))) || (((data45.limit === undefined) || (!(func0.call(data45, "limit")))) && (missing5 = "limit"))) || (((data45.worsening === undefined) || (!(func0.call(data45, "worsening")))) && (missing5 = "worsening"))) || (((data45.fix === undefined) || (!(func0.call(data45, "fix")))) && (missing5 = "fix"))) || (((data45.note === undefined) || (!(func0.call(data45, "note")))) && (missing5 = "note"))) || (((data45.field === undefined) || (!(func0.call(data45, "field")))) && (missing5 = "field"))) || (((data45.model === undefined) || (!(func0.call(data45, "model")))) && (missing5 = "model"))) {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                return false;
                                                                                            }
                                                                                            else {
                                                                                                const _errs109 = errors;
                                                                                                for (const key8 of Object.keys(data45)) {
                                                                                                    if (!(func0.call(schema31.properties.checks.items.properties, key8))) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3, schemaPath: "#/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" }];
                                                                                                        return false;
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                if (_errs109 === errors) {
                                                                                                    if (data45.id !== undefined && func0.call(data45, "id")) {
                                                                                                        const _errs110 = errors;
                                                                                                        if (typeof data45.id !== "string") {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/id", schemaPath: "#/properties/checks/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid21 = _errs110 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid21 = true;
                                                                                                    }
                                                                                                    if (valid21) {
                                                                                                        if (data45.kind !== undefined && func0.call(data45, "kind")) {
                                                                                                            let data47 = data45.kind;
                                                                                                            const _errs112 = errors;
                                                                                                            if (!((((((data47 === "threshold") || (data47 === "baseline")) || (data47 === "declaration")) || (data47 === "policy")) || (data47 === "kpi")) || (data47 === "fairness"))) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/kind", schemaPath: "#/properties/checks/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.checks.items.properties.kind.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid21 = _errs112 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid21 = true;
                                                                                                        }
                                                                                                        if (valid21) {
                                                                                                            if (data45.metric !== undefined && func0.call(data45, "metric")) {
                                                                                                                let data48 = data45.metric;
                                                                                                                const _errs113 = errors;
                                                                                                                if ((typeof data48 !== "string") && (data48 !== null)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/metric", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid21 = _errs113 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid21 = true;
                                                                                                            }
                                                                                                            if (valid21) {
                                                                                                                if (data45.status !== undefined && func0.call(data45, "status")) {
                                                                                                                    let data49 = data45.status;
                                                                                                                    const _errs116 = errors;
                                                                                                                    if (!((((((data49 === "pass") || (data49 === "fail")) || (data49 === "warn")) || (data49 === "skip")) || (data49 === "not_evaluated")) || (data49 === "inconclusive"))) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/status", schemaPath: "#/properties/checks/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.checks.items.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid21 = _errs116 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid21 = true;
                                                                                                                }
                                                                                                                if (valid21) {
                                                                                                                    if (data45.severity !== undefined && func0.call(data45, "severity")) {
                                                                                                                        let data50 = data45.severity;
                                                                                                                        const _errs117 = errors;
                                                                                                                        if (!((data50 === "block") || (data50 === "warn"))) {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/severity", schemaPath: "#/properties/checks/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema31.properties.checks.items.properties.severity.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid21 = _errs117 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid21 = true;
                                                                                                                    }
                                                                                                                    if (valid21) {
                                                                                                                        if (data45.candidate !== undefined && func0.call(data45, "candidate")) {
                                                                                                                            let data51 = data45.candidate;
                                                                                                                            const _errs118 = errors;
                                                                                                                            if ((!((typeof data51 == "number") && (isFinite(data51)))) && (data51 !== null)) {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/candidate", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid21 = _errs118 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid21 = true;
                                                                                                                        }
                                                                                                                        if (valid21) {
                                                                                                                            if (data45.baseline !== undefined && func0.call(data45, "baseline")) {
                                                                                                                                let data52 = data45.baseline;
                                                                                                                                const _errs121 = errors;
                                                                                                                                if ((!((typeof data52 == "number") && (isFinite(data52)))) && (data52 !== null)) {
                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/baseline", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                var valid21 = _errs121 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid21 = true;
                                                                                                                            }
                                                                                                                            if (valid21) {
                                                                                                                                if (data45.ruleKey !== undefined && func0.call(data45, "ruleKey")) {
                                                                                                                                    let data53 = data45.ruleKey;
                                                                                                                                    const _errs124 = errors;
                                                                                                                                    if ((typeof data53 !== "string") && (data53 !== null)) {
                                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/ruleKey", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid21 = _errs124 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid21 = true;
                                                                                                                                }
                                                                                                                                if (valid21) {
                                                                                                                                    if (data45.rule !== undefined && func0.call(data45, "rule")) {
                                                                                                                                        const _errs127 = errors;
                                                                                                                                        if (typeof data45.rule !== "string") {
                                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/rule", schemaPath: "#/properties/checks/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                            return false;
                                                                                                                                        }
                                                                                                                                        var valid21 = _errs127 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid21 = true;
                                                                                                                                    }
                                                                                                                                    if (valid21) {
                                                                                                                                        if (data45.limit !== undefined && func0.call(data45, "limit")) {
                                                                                                                                            let data55 = data45.limit;
                                                                                                                                            const _errs129 = errors;
                                                                                                                                            if ((!((typeof data55 == "number") && (isFinite(data55)))) && (data55 !== null)) {
                                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/limit", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" }];
                                                                                                                                                return false;
                                                                                                                                            }
                                                                                                                                            var valid21 = _errs129 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid21 = true;
                                                                                                                                        }
                                                                                                                                        if (valid21) {
                                                                                                                                            if (data45.worsening !== undefined && func0.call(data45, "worsening")) {
                                                                                                                                                let data56 = data45.worsening;
                                                                                                                                                const _errs132 = errors;
                                                                                                                                                if ((!((typeof data56 == "number") && (isFinite(data56)))) && (data56 !== null)) {
                                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/worsening", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" }];
                                                                                                                                                    return false;
                                                                                                                                                }
                                                                                                                                                var valid21 = _errs132 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid21 = true;
                                                                                                                                            }
                                                                                                                                            if (valid21) {
                                                                                                                                                if (data45.message !== undefined && func0.call(data45, "message")) {
                                                                                                                                                    const _errs135 = errors;
                                                                                                                                                    if (typeof data45.message !== "string") {
                                                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/message", schemaPath: "#/properties/checks/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                        return false;
                                                                                                                                                    }
                                                                                                                                                    var valid21 = _errs135 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid21 = true;
                                                                                                                                                }
                                                                                                                                                if (valid21) {
                                                                                                                                                    if (data45.fix !== undefined && func0.call(data45, "fix")) {
                                                                                                                                                        let data58 = data45.fix;
                                                                                                                                                        const _errs137 = errors;
                                                                                                                                                        if ((typeof data58 !== "string") && (data58 !== null)) {
                                                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/fix", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                            return false;
                                                                                                                                                        }
                                                                                                                                                        var valid21 = _errs137 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid21 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid21) {
                                                                                                                                                        if (data45.note !== undefined && func0.call(data45, "note")) {
                                                                                                                                                            let data59 = data45.note;
                                                                                                                                                            const _errs140 = errors;
                                                                                                                                                            if ((typeof data59 !== "string") && (data59 !== null)) {
                                                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/note", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                                return false;
                                                                                                                                                            }
                                                                                                                                                            var valid21 = _errs140 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid21 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid21) {
                                                                                                                                                            if (data45.field !== undefined && func0.call(data45, "field")) {
                                                                                                                                                                let data60 = data45.field;
                                                                                                                                                                const _errs143 = errors;
                                                                                                                                                                if ((typeof data60 !== "string") && (data60 !== null)) {
                                                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/field", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                                    return false;
                                                                                                                                                                }
                                                                                                                                                                var valid21 = _errs143 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid21 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid21) {
                                                                                                                                                                if (data45.gate !== undefined && func0.call(data45, "gate")) {
                                                                                                                                                                    let data61 = data45.gate;
                                                                                                                                                                    const _errs146 = errors;
                                                                                                                                                                    if ((typeof data61 !== "string") && (data61 !== null)) {
                                                                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/gate", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                                        return false;
                                                                                                                                                                    }
                                                                                                                                                                    var valid21 = _errs146 === errors;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid21 = true;
                                                                                                                                                                }
                                                                                                                                                                if (valid21) {
                                                                                                                                                                    if (data45.location !== undefined && func0.call(data45, "location")) {
                                                                                                                                                                        let data62 = data45.location;
                                                                                                                                                                        const _errs149 = errors;
                                                                                                                                                                        const _errs150 = errors;
                                                                                                                                                                        let valid32 = false;
                                                                                                                                                                        let passing4 = null;
                                                                                                                                                                        const _errs151 = errors;
                                                                                                                                                                        if (data62 !== null) {
                                                                                                                                                                            const err47 = { instancePath: instancePath + "/checks/" + i3 + "/location", schemaPath: "#/properties/checks/items/properties/location/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                vErrors = [err47];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                vErrors.push(err47);
                                                                                                                                                                            }
                                                                                                                                                                            errors++;
                                                                                                                                                                        }
                                                                                                                                                                        var _valid4 = _errs151 === errors;
                                                                                                                                                                        if (_valid4) {
                                                                                                                                                                            valid32 = true;
                                                                                                                                                                            passing4 = 0;
                                                                                                                                                                        }
                                                                                                                                                                        const _errs153 = errors;
                                                                                                                                                                        if (!(validate30(data62, { instancePath: instancePath + "/checks/" + i3 + "/location", parentData: data45, parentDataProperty: "location", rootData, dynamicAnchors }))) {
                                                                                                                                                                            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                                                                                                                                                            errors = vErrors.length;
                                                                                                                                                                        }
                                                                                                                                                                        var _valid4 = _errs153 === errors;
                                                                                                                                                                        if (_valid4 && valid32) {
                                                                                                                                                                            valid32 = false;
                                                                                                                                                                            passing4 = [passing4, 1];
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            if (_valid4) {
                                                                                                                                                                                valid32 = true;
                                                                                                                                                                                passing4 = 1;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        if (!valid32) {
                                                                                                                                                                            const err48 = { instancePath: instancePath + "/checks/" + i3 + "/location", schemaPath: "#/properties/checks/items/properties/location/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                vErrors = [err48];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                vErrors.push(err48);
                                                                                                                                                                            }
                                                                                                                                                                            errors++;
                                                                                                                                                                            validate20.errors = vErrors;
                                                                                                                                                                            return false;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            errors = _errs150;
                                                                                                                                                                            if (vErrors !== null) {
                                                                                                                                                                                if (_errs150) {
                                                                                                                                                                                    vErrors.length = _errs150;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors = null;
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        var valid21 = _errs149 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid21 = true;
                                                                                                                                                                    }
                                                                                                                                                                    if (valid21) {
                                                                                                                                                                        if (data45.model !== undefined && func0.call(data45, "model")) {
                                                                                                                                                                            const _errs154 = errors;
                                                                                                                                                                            if (typeof data45.model !== "string") {
                                                                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/model", schemaPath: "#/properties/checks/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                                                                return false;
                                                                                                                                                                            }
                                                                                                                                                                            var valid21 = _errs154 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid21 = true;
                                                                                                                                                                        }
                                                                                                                                                                        if (valid21) {
                                                                                                                                                                            if (data45.better !== undefined && func0.call(data45, "better")) {
                                                                                                                                                                                let data64 = data45.better;
                                                                                                                                                                                const _errs156 = errors;
                                                                                                                                                                                if (!((data64 === "higher") || (data64 === "lower"))) {
                                                                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/better", schemaPath: "#/properties/checks/items/properties/better/enum", keyword: "enum", params: { allowedValues: schema31.properties.checks.items.properties.better.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                                                                                    return false;
                                                                                                                                                                                }
                                                                                                                                                                                var valid21 = _errs156 === errors;
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                var valid21 = true;
                                                                                                                                                                            }
                                                                                                                                                                            if (valid21) {
                                                                                                                                                                                if (data45.betterFrom !== undefined && func0.call(data45, "betterFrom")) {
                                                                                                                                                                                    const _errs157 = errors;
                                                                                                                                                                                    if ("metrics file" !== data45.betterFrom) {
                                                                                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/betterFrom", schemaPath: "#/properties/checks/items/properties/betterFrom/const", keyword: "const", params: { allowedValue: "metrics file" }, message: "must be equal to constant" }];
                                                                                                                                                                                        return false;
                                                                                                                                                                                    }
                                                                                                                                                                                    var valid21 = _errs157 === errors;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    var valid21 = true;
                                                                                                                                                                                }
                                                                                                                                                                                if (valid21) {
                                                                                                                                                                                    if (data45.statistics !== undefined && func0.call(data45, "statistics")) {
                                                                                                                                                                                        let data66 = data45.statistics;
                                                                                                                                                                                        const _errs158 = errors;
                                                                                                                                                                                        const _errs159 = errors;
                                                                                                                                                                                        let valid33 = false;
                                                                                                                                                                                        let passing5 = null;
                                                                                                                                                                                        const _errs160 = errors;
                                                                                                                                                                                        if (data66 !== null) {
                                                                                                                                                                                            const err49 = { instancePath: instancePath + "/checks/" + i3 + "/statistics", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err49];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err49);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                        }
                                                                                                                                                                                        var _valid5 = _errs160 === errors;
                                                                                                                                                                                        if (_valid5) {
                                                                                                                                                                                            valid33 = true;
                                                                                                                                                                                            passing5 = 0;
                                                                                                                                                                                        }
                                                                                                                                                                                        const _errs162 = errors;
                                                                                                                                                                                        if (errors === _errs162) {
                                                                                                                                                                                            if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
                                                                                                                                                                                                let missing6;
                                                                                                                                                                                                if (((((((data66.method === undefined) || (!(func0.call(data66, "method")))) && (missing6 = "method")) || (((data66.confidence === undefined) || (!(func0.call(data66, "confidence")))) && (missing6 = "confidence"))) || (((data66.interval === undefined) || (!(func0.call(data66, "interval")))) && (missing6 = "interval"))) || (((data66.p_value === undefined) || (!(func0.call(data66, "p_value")))) && (missing6 = "p_value"))) || (((data66.note === undefined) || (!(func0.call(data66, "note")))) && (missing6 = "note"))) {
                                                                                                                                                                                                    const err50 = { instancePath: instancePath + "/checks/" + i3 + "/statistics", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" };
                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                        vErrors = [err50];
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        vErrors.push(err50);
                                                                                                                                                                                                    }
                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    const _errs164 = errors;
                                                                                                                                                                                                    for (const key9 of Object.keys(data66)) {
                                                                                                                                                                                                        if (!(((((key9 === "method") || (key9 === "confidence")) || (key9 === "interval")) || (key9 === "p_value")) || (key9 === "note"))) {
                                                                                                                                                                                                            const err51 = { instancePath: instancePath + "/checks/" + i3 + "/statistics", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                vErrors = [err51];
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors.push(err51);
                                                                                                                                                                                                            }
                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                            break;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (_errs164 === errors) {
                                                                                                                                                                                                        if (data66.method !== undefined && func0.call(data66, "method")) {
                                                                                                                                                                                                            const _errs165 = errors;
                                                                                                                                                                                                            if (typeof data66.method !== "string") {
                                                                                                                                                                                                                const err52 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/method", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                    vErrors = [err52];
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    vErrors.push(err52);
                                                                                                                                                                                                                }
                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            var valid34 = _errs165 === errors;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            var valid34 = true;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        if (valid34) {
                                                                                                                                                                                                            if (data66.confidence !== undefined && func0.call(data66, "confidence")) {
                                                                                                                                                                                                                let data68 = data66.confidence;
                                                                                                                                                                                                                const _errs167 = errors;
                                                                                                                                                                                                                if (errors === _errs167) {
                                                                                                                                                                                                                    if ((typeof data68 == "number") && (isFinite(data68))) {
                                                                                                                                                                                                                        if (data68 >= 1 || isNaN(data68)) {
                                                                                                                                                                                                                            const err53 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/confidence", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                vErrors = [err53];
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                vErrors.push(err53);
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            if (data68 <= 0 || isNaN(data68)) {
                                                                                                                                                                                                                                const err54 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/confidence", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err54];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err54);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        const err55 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/confidence", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                            vErrors = [err55];
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            vErrors.push(err55);
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                                var valid34 = _errs167 === errors;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                var valid34 = true;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            if (valid34) {
                                                                                                                                                                                                                if (data66.interval !== undefined && func0.call(data66, "interval")) {
                                                                                                                                                                                                                    let data69 = data66.interval;
                                                                                                                                                                                                                    const _errs169 = errors;
                                                                                                                                                                                                                    if (errors === _errs169) {
                                                                                                                                                                                                                        if (Array.isArray(data69)) {
                                                                                                                                                                                                                            if (data69.length > 2) {
                                                                                                                                                                                                                                const err56 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/interval", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err56];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err56);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                if (data69.length < 2) {
                                                                                                                                                                                                                                    const err57 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/interval", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                        vErrors = [err57];
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        vErrors.push(err57);
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    var valid35 = true;
                                                                                                                                                                                                                                    const len4 = data69.length;
                                                                                                                                                                                                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                                                                                                                                                                                                        let data70 = data69[i4];
                                                                                                                                                                                                                                        const _errs171 = errors;
                                                                                                                                                                                                                                        if (!((typeof data70 == "number") && (isFinite(data70)))) {
                                                                                                                                                                                                                                            const err58 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/interval/" + i4, schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                                vErrors = [err58];
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                vErrors.push(err58);
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        var valid35 = _errs171 === errors;
                                                                                                                                                                                                                                        if (!valid35) {
                                                                                                                                                                                                                                            break;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            const err59 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/interval", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                vErrors = [err59];
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                vErrors.push(err59);
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    var valid34 = _errs169 === errors;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    var valid34 = true;
                                                                                                                                                                                                                }
                                                                                                                                                                                                                if (valid34) {
                                                                                                                                                                                                                    if (data66.p_value !== undefined && func0.call(data66, "p_value")) {
                                                                                                                                                                                                                        let data71 = data66.p_value;
                                                                                                                                                                                                                        const _errs173 = errors;
                                                                                                                                                                                                                        if ((!((typeof data71 == "number") && (isFinite(data71)))) && (data71 !== null)) {
                                                                                                                                                                                                                            const err60 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/p_value", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                vErrors = [err60];
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                vErrors.push(err60);
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        var valid34 = _errs173 === errors;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        var valid34 = true;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    if (valid34) {
                                                                                                                                                                                                                        if (data66.note !== undefined && func0.call(data66, "note")) {
                                                                                                                                                                                                                            let data72 = data66.note;
                                                                                                                                                                                                                            const _errs176 = errors;
                                                                                                                                                                                                                            if ((typeof data72 !== "string") && (data72 !== null)) {
                                                                                                                                                                                                                                const err61 = { instancePath: instancePath + "/checks/" + i3 + "/statistics/note", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err61];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err61);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var valid34 = _errs176 === errors;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            var valid34 = true;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                const err62 = { instancePath: instancePath + "/checks/" + i3 + "/statistics", schemaPath: "#/properties/checks/items/properties/statistics/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                    vErrors = [err62];
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    vErrors.push(err62);
                                                                                                                                                                                                }
                                                                                                                                                                                                errors++;
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        var _valid5 = _errs162 === errors;
                                                                                                                                                                                        if (_valid5 && valid33) {
                                                                                                                                                                                            valid33 = false;
                                                                                                                                                                                            passing5 = [passing5, 1];
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            if (_valid5) {
                                                                                                                                                                                                valid33 = true;
                                                                                                                                                                                                passing5 = 1;
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        if (!valid33) {
                                                                                                                                                                                            const err63 = { instancePath: instancePath + "/checks/" + i3 + "/statistics", schemaPath: "#/properties/checks/items/properties/statistics/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err63];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err63);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                            validate20.errors = vErrors;
                                                                                                                                                                                            return false;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            errors = _errs159;
                                                                                                                                                                                            if (vErrors !== null) {
                                                                                                                                                                                                if (_errs159) {
                                                                                                                                                                                                    vErrors.length = _errs159;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    vErrors = null;
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                        var valid21 = _errs158 === errors;
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        var valid21 = true;
                                                                                                                                                                                    }
                                                                                                                                                                                    if (valid21) {
                                                                                                                                                                                        if (data45.unit !== undefined && func0.call(data45, "unit")) {
                                                                                                                                                                                            let data73 = data45.unit;
                                                                                                                                                                                            const _errs179 = errors;
                                                                                                                                                                                            if ((typeof data73 !== "string") && (data73 !== null)) {
                                                                                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/unit", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                                                                return false;
                                                                                                                                                                                            }
                                                                                                                                                                                            var valid21 = _errs179 === errors;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            var valid21 = true;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (valid21) {
                                                                                                                                                                                            if (data45.description !== undefined && func0.call(data45, "description")) {
                                                                                                                                                                                                let data74 = data45.description;
                                                                                                                                                                                                const _errs182 = errors;
                                                                                                                                                                                                if ((typeof data74 !== "string") && (data74 !== null)) {
                                                                                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/checks/" + i3 + "/description", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                                                                                    return false;
                                                                                                                                                                                                }
                                                                                                                                                                                                var valid21 = _errs182 === errors;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                var valid21 = true;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (valid21) {
                                                                                                                                                                                                if (data45.fairness !== undefined && func0.call(data45, "fairness")) {
                                                                                                                                                                                                    let data75 = data45.fairness;
                                                                                                                                                                                                    const _errs185 = errors;
                                                                                                                                                                                                    const _errs186 = errors;
                                                                                                                                                                                                    let valid40 = false;
                                                                                                                                                                                                    let passing6 = null;
                                                                                                                                                                                                    const _errs187 = errors;
                                                                                                                                                                                                    if (data75 !== null) {
                                                                                                                                                                                                        const err64 = { instancePath: instancePath + "/checks/" + i3 + "/fairness", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                            vErrors = [err64];
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            vErrors.push(err64);
                                                                                                                                                                                                        }
                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var _valid6 = _errs187 === errors;
                                                                                                                                                                                                    if (_valid6) {
                                                                                                                                                                                                        valid40 = true;
                                                                                                                                                                                                        passing6 = 0;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    const _errs189 = errors;
                                                                                                                                                                                                    if (errors === _errs189) {
                                                                                                                                                                                                        if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                                                                                                                                                                                                            let missing7;
                                                                                                                                                                                                            if (((((((((data75.slices === undefined) || (!(func0.call(data75, "slices")))) && (missing7 = "slices")) || (((data75.best === undefined) || (!(func0.call(data75, "best")))) && (missing7 = "best"))) || (((data75.worst === undefined) || (!(func0.call(data75, "worst")))) && (missing7 = "worst"))) || (((data75.gap === undefined) || (!(func0.call(data75, "gap")))) && (missing7 = "gap"))) || (((data75.ratio === undefined) || (!(func0.call(data75, "ratio")))) && (missing7 = "ratio"))) || (((data75.skipped === undefined) || (!(func0.call(data75, "skipped")))) && (missing7 = "skipped"))) || (((data75.baselineGap === undefined) || (!(func0.call(data75, "baselineGap")))) && (missing7 = "baselineGap"))) {
                                                                                                                                                                                                                const err65 = { instancePath: instancePath + "/checks/" + i3 + "/fairness", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" };
                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                    vErrors = [err65];
                                                                                                                                                                                                                }
                                                                                                                                                                                                                else {
                                                                                                                                                                                                                    vErrors.push(err65);
                                                                                                                                                                                                                }
                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                const _errs191 = errors;
                                                                                                                                                                                                                for (const key10 of Object.keys(data75)) {
                                                                                                                                                                                                                    if (!(((((((key10 === "slices") || (key10 === "best")) || (key10 === "worst")) || (key10 === "gap")) || (key10 === "ratio")) || (key10 === "skipped")) || (key10 === "baselineGap"))) {
                                                                                                                                                                                                                        const err66 = { instancePath: instancePath + "/checks/" + i3 + "/fairness", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                            vErrors = [err66];
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            vErrors.push(err66);
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                        break;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                                if (_errs191 === errors) {
                                                                                                                                                                                                                    if (data75.slices !== undefined && func0.call(data75, "slices")) {
                                                                                                                                                                                                                        let data76 = data75.slices;
                                                                                                                                                                                                                        const _errs192 = errors;
                                                                                                                                                                                                                        if (errors === _errs192) {
                                                                                                                                                                                                                            if (Array.isArray(data76)) {
                                                                                                                                                                                                                                var valid42 = true;
                                                                                                                                                                                                                                const len5 = data76.length;
                                                                                                                                                                                                                                for (let i5 = 0; i5 < len5; i5++) {
                                                                                                                                                                                                                                    const _errs194 = errors;
                                                                                                                                                                                                                                    if (!(validate32(data76[i5], { instancePath: instancePath + "/checks/" + i3 + "/fairness/slices/" + i5, parentData: data76, parentDataProperty: i5, rootData, dynamicAnchors }))) {
                                                                                                                                                                                                                                        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                                                                                                                                                                                                        errors = vErrors.length;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    var valid42 = _errs194 === errors;
                                                                                                                                                                                                                                    if (!valid42) {
                                                                                                                                                                                                                                        break;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                const err67 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/slices", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/slices/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err67];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err67);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        var valid41 = _errs192 === errors;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                        var valid41 = true;
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                    if (valid41) {
                                                                                                                                                                                                                        if (data75.best !== undefined && func0.call(data75, "best")) {
                                                                                                                                                                                                                            let data78 = data75.best;
                                                                                                                                                                                                                            const _errs195 = errors;
                                                                                                                                                                                                                            const _errs196 = errors;
                                                                                                                                                                                                                            let valid43 = false;
                                                                                                                                                                                                                            let passing7 = null;
                                                                                                                                                                                                                            const _errs197 = errors;
                                                                                                                                                                                                                            if (data78 !== null) {
                                                                                                                                                                                                                                const err68 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/best", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/best/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err68];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err68);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var _valid7 = _errs197 === errors;
                                                                                                                                                                                                                            if (_valid7) {
                                                                                                                                                                                                                                valid43 = true;
                                                                                                                                                                                                                                passing7 = 0;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            const _errs199 = errors;
                                                                                                                                                                                                                            if (!(validate32(data78, { instancePath: instancePath + "/checks/" + i3 + "/fairness/best", parentData: data75, parentDataProperty: "best", rootData, dynamicAnchors }))) {
                                                                                                                                                                                                                                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                                                                                                                                                                                                errors = vErrors.length;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var _valid7 = _errs199 === errors;
                                                                                                                                                                                                                            if (_valid7 && valid43) {
                                                                                                                                                                                                                                valid43 = false;
                                                                                                                                                                                                                                passing7 = [passing7, 1];
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                if (_valid7) {
                                                                                                                                                                                                                                    valid43 = true;
                                                                                                                                                                                                                                    passing7 = 1;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            if (!valid43) {
                                                                                                                                                                                                                                const err69 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/best", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/best/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                    vErrors = [err69];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    vErrors.push(err69);
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                errors = _errs196;
                                                                                                                                                                                                                                if (vErrors !== null) {
                                                                                                                                                                                                                                    if (_errs196) {
                                                                                                                                                                                                                                        vErrors.length = _errs196;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        vErrors = null;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            var valid41 = _errs195 === errors;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                            var valid41 = true;
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                        if (valid41) {
                                                                                                                                                                                                                            if (data75.worst !== undefined && func0.call(data75, "worst")) {
                                                                                                                                                                                                                                let data79 = data75.worst;
                                                                                                                                                                                                                                const _errs200 = errors;
                                                                                                                                                                                                                                const _errs201 = errors;
                                                                                                                                                                                                                                let valid44 = false;
                                                                                                                                                                                                                                let passing8 = null;
                                                                                                                                                                                                                                const _errs202 = errors;
                                                                                                                                                                                                                                if (data79 !== null) {
                                                                                                                                                                                                                                    const err70 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/worst", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/worst/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                        vErrors = [err70];
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        vErrors.push(err70);
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                var _valid8 = _errs202 === errors;
                                                                                                                                                                                                                                if (_valid8) {
                                                                                                                                                                                                                                    valid44 = true;
                                                                                                                                                                                                                                    passing8 = 0;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                const _errs204 = errors;
                                                                                                                                                                                                                                if (!(validate32(data79, { instancePath: instancePath + "/checks/" + i3 + "/fairness/worst", parentData: data75, parentDataProperty: "worst", rootData, dynamicAnchors }))) {
                                                                                                                                                                                                                                    vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                                                                                                                                                                                                                                    errors = vErrors.length;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                var _valid8 = _errs204 === errors;
                                                                                                                                                                                                                                if (_valid8 && valid44) {
                                                                                                                                                                                                                                    valid44 = false;
                                                                                                                                                                                                                                    passing8 = [passing8, 1];
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    if (_valid8) {
                                                                                                                                                                                                                                        valid44 = true;
                                                                                                                                                                                                                                        passing8 = 1;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                if (!valid44) {
                                                                                                                                                                                                                                    const err71 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/worst", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/worst/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                        vErrors = [err71];
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        vErrors.push(err71);
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    errors = _errs201;
                                                                                                                                                                                                                                    if (vErrors !== null) {
                                                                                                                                                                                                                                        if (_errs201) {
                                                                                                                                                                                                                                            vErrors.length = _errs201;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            vErrors = null;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                var valid41 = _errs200 === errors;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                var valid41 = true;
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                            if (valid41) {
                                                                                                                                                                                                                                if (data75.gap !== undefined && func0.call(data75, "gap")) {
                                                                                                                                                                                                                                    let data80 = data75.gap;
                                                                                                                                                                                                                                    const _errs205 = errors;
                                                                                                                                                                                                                                    if ((!((typeof data80 == "number") && (isFinite(data80)))) && (data80 !== null)) {
                                                                                                                                                                                                                                        const err72 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/gap", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                            vErrors = [err72];
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            vErrors.push(err72);
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    var valid41 = _errs205 === errors;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                    var valid41 = true;
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                if (valid41) {
                                                                                                                                                                                                                                    if (data75.ratio !== undefined && func0.call(data75, "ratio")) {
                                                                                                                                                                                                                                        let data81 = data75.ratio;
                                                                                                                                                                                                                                        const _errs208 = errors;
                                                                                                                                                                                                                                        if ((!((typeof data81 == "number") && (isFinite(data81)))) && (data81 !== null)) {
                                                                                                                                                                                                                                            const err73 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/ratio", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                                vErrors = [err73];
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                vErrors.push(err73);
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        var valid41 = _errs208 === errors;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                        var valid41 = true;
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                    if (valid41) {
                                                                                                                                                                                                                                        if (data75.skipped !== undefined && func0.call(data75, "skipped")) {
                                                                                                                                                                                                                                            let data82 = data75.skipped;
                                                                                                                                                                                                                                            const _errs211 = errors;
                                                                                                                                                                                                                                            if (errors === _errs211) {
                                                                                                                                                                                                                                                if (Array.isArray(data82)) {
                                                                                                                                                                                                                                                    var valid47 = true;
                                                                                                                                                                                                                                                    const len6 = data82.length;
                                                                                                                                                                                                                                                    for (let i6 = 0; i6 < len6; i6++) {
                                                                                                                                                                                                                                                        let data83 = data82[i6];
                                                                                                                                                                                                                                                        const _errs213 = errors;
                                                                                                                                                                                                                                                        if (errors === _errs213) {
                                                                                                                                                                                                                                                            if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                                                                                                                                                                                                                                                                let missing8;
                                                                                                                                                                                                                                                                if ((((((data83.slice === undefined) || (!(func0.call(data83, "slice")))) && (missing8 = "slice")) || (((data83.metric === undefined) || (!(func0.call(data83, "metric")))) && (missing8 = "metric"))) || (((data83.n === undefined) || (!(func0.call(data83, "n")))) && (missing8 = "n"))) || (((data83.note === undefined) || (!(func0.call(data83, "note")))) && (missing8 = "note"))) {
                                                                                                                                                                                                                                                                    const err74 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6, schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" };
                                                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                                                        vErrors = [err74];
                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                                                        vErrors.push(err74);
                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                                    const _errs215 = errors;
                                                                                                                                                                                                                                                                    for (const key11 of Object.keys(data83)) {
                                                                                                                                                                                                                                                                        if (!((((key11 === "slice") || (key11 === "metric")) || (key11 === "n")) || (key11 === "note"))) {
                                                                                                                                                                                                                                                                            const err75 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6, schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                                                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                                                                vErrors = [err75];
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                                                vErrors.push(err75);
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                                                                            break;
                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                    if (_errs215 === errors) {
                                                                                                                                                                                                                                                                        if (data83.slice !== undefined && func0.call(data83, "slice")) {
                                                                                                                                                                                                                                                                            const _errs216 = errors;
                                                                                                                                                                                                                                                                            if (typeof data83.slice !== "string") {
                                                                                                                                                                                                                                                                                const err76 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6 + "/slice", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                                                                    vErrors = [err76];
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                                                    vErrors.push(err76);
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                            var valid48 = _errs216 === errors;
                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                                                            var valid48 = true;
                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                        if (valid48) {
                                                                                                                                                                                                                                                                            if (data83.metric !== undefined && func0.call(data83, "metric")) {
                                                                                                                                                                                                                                                                                const _errs218 = errors;
                                                                                                                                                                                                                                                                                if (typeof data83.metric !== "string") {
                                                                                                                                                                                                                                                                                    const err77 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6 + "/metric", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                                                                        vErrors = [err77];
                                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                                                                        vErrors.push(err77);
                                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                                var valid48 = _errs218 === errors;
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                                                var valid48 = true;
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                            if (valid48) {
                                                                                                                                                                                                                                                                                if (data83.n !== undefined && func0.call(data83, "n")) {
                                                                                                                                                                                                                                                                                    let data86 = data83.n;
                                                                                                                                                                                                                                                                                    const _errs220 = errors;
                                                                                                                                                                                                                                                                                    if ((!((typeof data86 == "number") && (isFinite(data86)))) && (data86 !== null)) {
                                                                                                                                                                                                                                                                                        const err78 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6 + "/n", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                                                                                                            vErrors = [err78];
                                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                                                                            vErrors.push(err78);
                                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                                    var valid48 = _errs220 === errors;
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                                                    var valid48 = true;
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                                if (valid48) {
                                                                                                                                                                                                                                                                                    if (data83.note !== undefined && func0.call(data83, "note")) {
                                                                                                                                                                                                                                                                                        const _errs223 = errors;
                                                                                                                                                                                                                                                                                        if (typeof data83.note !== "string") {
                                                                                                                                                                                                                                                                                            const err79 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6 + "/note", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                                                                                                vErrors = [err79];
                                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                                                                vErrors.push(err79);
                                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                                        var valid48 = _errs223 === errors;
                                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                                                                        var valid48 = true;
                                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                                const err80 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped/" + i6, schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                                                                                    vErrors = [err80];
                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                                    vErrors.push(err80);
                                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                                errors++;
                                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                        var valid47 = _errs213 === errors;
                                                                                                                                                                                                                                                        if (!valid47) {
                                                                                                                                                                                                                                                            break;
                                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                else {
                                                                                                                                                                                                                                                    const err81 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/skipped", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/properties/skipped/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                                        vErrors = [err81];
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                                        vErrors.push(err81);
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            var valid41 = _errs211 === errors;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        else {
                                                                                                                                                                                                                                            var valid41 = true;
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                        if (valid41) {
                                                                                                                                                                                                                                            if (data75.baselineGap !== undefined && func0.call(data75, "baselineGap")) {
                                                                                                                                                                                                                                                let data88 = data75.baselineGap;
                                                                                                                                                                                                                                                const _errs225 = errors;
                                                                                                                                                                                                                                                if ((!((typeof data88 == "number") && (isFinite(data88)))) && (data88 !== null)) {
                                                                                                                                                                                                                                                    const err82 = { instancePath: instancePath + "/checks/" + i3 + "/fairness/baselineGap", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                                                                        vErrors = [err82];
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                    else {
                                                                                                                                                                                                                                                        vErrors.push(err82);
                                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                                                                }
                                                                                                                                                                                                                                                var valid41 = _errs225 === errors;
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                            else {
                                                                                                                                                                                                                                                var valid41 = true;
                                                                                                                                                                                                                                            }
                                                                                                                                                                                                                                        }
                                                                                                                                                                                                                                    }
                                                                                                                                                                                                                                }
                                                                                                                                                                                                                            }
                                                                                                                                                                                                                        }
                                                                                                                                                                                                                    }
                                                                                                                                                                                                                }
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            const err83 = { instancePath: instancePath + "/checks/" + i3 + "/fairness", schemaPath: "#/properties/checks/items/properties/fairness/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                vErrors = [err83];
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors.push(err83);
                                                                                                                                                                                                            }
                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var _valid6 = _errs189 === errors;
                                                                                                                                                                                                    if (_valid6 && valid40) {
                                                                                                                                                                                                        valid40 = false;
                                                                                                                                                                                                        passing6 = [passing6, 1];
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        if (_valid6) {
                                                                                                                                                                                                            valid40 = true;
                                                                                                                                                                                                            passing6 = 1;
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    if (!valid40) {
                                                                                                                                                                                                        const err84 = { instancePath: instancePath + "/checks/" + i3 + "/fairness", schemaPath: "#/properties/checks/items/properties/fairness/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                            vErrors = [err84];
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            vErrors.push(err84);
                                                                                                                                                                                                        }
                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                        validate20.errors = vErrors;
                                                                                                                                                                                                        return false;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        errors = _errs186;
                                                                                                                                                                                                        if (vErrors !== null) {
                                                                                                                                                                                                            if (_errs186) {
                                                                                                                                                                                                                vErrors.length = _errs186;
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors = null;
                                                                                                                                                                                                            }
                                                                                                                                                                                                        }
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var valid21 = _errs185 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid21 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            validate20.errors = [{ instancePath: instancePath + "/checks/" + i3, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                    var valid20 = _errs107 === errors;
                                                                                    if (!valid20) {
                                                                                        break;
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate20.errors = [{ instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid0 = _errs105 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.problems !== undefined && func0.call(data, "problems")) {
                                                                            let data89 = data.problems;
                                                                            const _errs228 = errors;
                                                                            if (errors === _errs228) {
                                                                                if (Array.isArray(data89)) {
                                                                                    var valid51 = true;
                                                                                    const len7 = data89.length;
                                                                                    for (let i7 = 0; i7 < len7; i7++) {
                                                                                        let data90 = data89[i7];
                                                                                        const _errs230 = errors;
                                                                                        if (errors === _errs230) {
                                                                                            if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                                                                                                let missing9;
                                                                                                if ((((((((data90.file === undefined) || (!(func0.call(data90, "file")))) && (missing9 = "file")) || (((data90.line === undefined) || (!(func0.call(data90, "line")))) && (missing9 = "line"))) || (((data90.column === undefined) || (!(func0.call(data90, "column")))) && (missing9 = "column"))) || (((data90.message === undefined) || (!(func0.call(data90, "message")))) && (missing9 = "message"))) || (((data90.fix === undefined) || (!(func0.call(data90, "fix")))) && (missing9 = "fix"))) || (((data90.model === undefined) || (!(func0.call(data90, "model")))) && (missing9 = "model"))) {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/problems/" + i7, schemaPath: "#/properties/problems/items/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    const _errs232 = errors;
                                                                                                    for (const key12 of Object.keys(data90)) {
                                                                                                        if (!((((((key12 === "file") || (key12 === "line")) || (key12 === "column")) || (key12 === "message")) || (key12 === "fix")) || (key12 === "model"))) {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/problems/" + i7, schemaPath: "#/properties/problems/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" }];
                                                                                                            return false;
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    if (_errs232 === errors) {
                                                                                                        if (data90.file !== undefined && func0.call(data90, "file")) {
                                                                                                            const _errs233 = errors;
                                                                                                            if (typeof data90.file !== "string") {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/file", schemaPath: "#/properties/problems/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid52 = _errs233 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid52 = true;
                                                                                                        }
                                                                                                        if (valid52) {
                                                                                                            if (data90.line !== undefined && func0.call(data90, "line")) {
                                                                                                                let data92 = data90.line;
                                                                                                                const _errs235 = errors;
                                                                                                                const _errs236 = errors;
                                                                                                                if ((!(((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92))) && (isFinite(data92)))) && (data92 !== null)) {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/line", schemaPath: "#/$defs/nullablePosition/type", keyword: "type", params: { type: schema62.type }, message: "must be integer,null" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (errors === _errs236) {
                                                                                                                    if ((typeof data92 == "number") && (isFinite(data92))) {
                                                                                                                        if (data92 < 1 || isNaN(data92)) {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/line", schemaPath: "#/$defs/nullablePosition/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                                var valid52 = _errs235 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid52 = true;
                                                                                                            }
                                                                                                            if (valid52) {
                                                                                                                if (data90.column !== undefined && func0.call(data90, "column")) {
                                                                                                                    let data93 = data90.column;
                                                                                                                    const _errs238 = errors;
                                                                                                                    const _errs239 = errors;
                                                                                                                    if ((!(((typeof data93 == "number") && (!(data93 % 1) && !isNaN(data93))) && (isFinite(data93)))) && (data93 !== null)) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/column", schemaPath: "#/$defs/nullablePosition/type", keyword: "type", params: { type: schema62.type }, message: "must be integer,null" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    if (errors === _errs239) {
                                                                                                                        if ((typeof data93 == "number") && (isFinite(data93))) {
                                                                                                                            if (data93 < 1 || isNaN(data93)) {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/column", schemaPath: "#/$defs/nullablePosition/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid52 = _errs238 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid52 = true;
                                                                                                                }
                                                                                                                if (valid52) {
                                                                                                                    if (data90.message !== undefined && func0.call(data90, "message")) {
                                                                                                                        const _errs241 = errors;
                                                                                                                        if (typeof data90.message !== "string") {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/message", schemaPath: "#/properties/problems/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid52 = _errs241 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid52 = true;
                                                                                                                    }
                                                                                                                    if (valid52) {
                                                                                                                        if (data90.fix !== undefined && func0.call(data90, "fix")) {
                                                                                                                            let data95 = data90.fix;
                                                                                                                            const _errs243 = errors;
                                                                                                                            if ((typeof data95 !== "string") && (data95 !== null)) {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/fix", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid52 = _errs243 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid52 = true;
                                                                                                                        }
                                                                                                                        if (valid52) {
                                                                                                                            if (data90.model !== undefined && func0.call(data90, "model")) {
                                                                                                                                const _errs246 = errors;
                                                                                                                                if (typeof data90.model !== "string") {
                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/problems/" + i7 + "/model", schemaPath: "#/properties/problems/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                var valid52 = _errs246 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid52 = true;
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/problems/" + i7, schemaPath: "#/properties/problems/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid51 = _errs230 === errors;
                                                                                        if (!valid51) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate20.errors = [{ instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid0 = _errs228 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.policyChanges !== undefined && func0.call(data, "policyChanges")) {
                                                                                let data97 = data.policyChanges;
                                                                                const _errs248 = errors;
                                                                                if (errors === _errs248) {
                                                                                    if (Array.isArray(data97)) {
                                                                                        var valid56 = true;
                                                                                        const len8 = data97.length;
                                                                                        for (let i8 = 0; i8 < len8; i8++) {
                                                                                            let data98 = data97[i8];
                                                                                            const _errs250 = errors;
                                                                                            if (errors === _errs250) {
                                                                                                if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
                                                                                                    let missing10;
                                                                                                    if ((((((((((data98.target === undefined) || (!(func0.call(data98, "target")))) && (missing10 = "target")) || (((data98.field === undefined) || (!(func0.call(data98, "field")))) && (missing10 = "field"))) || (((data98.from === undefined) || (!(func0.call(data98, "from")))) && (missing10 = "from"))) || (((data98.to === undefined) || (!(func0.call(data98, "to")))) && (missing10 = "to"))) || (((data98.effect === undefined) || (!(func0.call(data98, "effect")))) && (missing10 = "effect"))) || (((data98.words === undefined) || (!(func0.call(data98, "words")))) && (missing10 = "words"))) || (((data98.description === undefined) || (!(func0.call(data98, "description")))) && (missing10 = "description"))) || (((data98.model === undefined) || (!(func0.call(data98, "model")))) && (missing10 = "model"))) {
                                                                                                        validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8, schemaPath: "#/properties/policyChanges/items/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        const _errs252 = errors;
                                                                                                        for (const key13 of Object.keys(data98)) {
                                                                                                            if (!((((((((key13 === "target") || (key13 === "field")) || (key13 === "from")) || (key13 === "to")) || (key13 === "effect")) || (key13 === "words")) || (key13 === "description")) || (key13 === "model"))) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8, schemaPath: "#/properties/policyChanges/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" }];
                                                                                                                return false;
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        if (_errs252 === errors) {
                                                                                                            if (data98.target !== undefined && func0.call(data98, "target")) {
                                                                                                                const _errs253 = errors;
                                                                                                                if (typeof data98.target !== "string") {
                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/target", schemaPath: "#/properties/policyChanges/items/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid57 = _errs253 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid57 = true;
                                                                                                            }
                                                                                                            if (valid57) {
                                                                                                                if (data98.field !== undefined && func0.call(data98, "field")) {
                                                                                                                    const _errs255 = errors;
                                                                                                                    if (typeof data98.field !== "string") {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/field", schemaPath: "#/properties/policyChanges/items/properties/field/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid57 = _errs255 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid57 = true;
                                                                                                                }
                                                                                                                if (valid57) {
                                                                                                                    if (data98.effect !== undefined && func0.call(data98, "effect")) {
                                                                                                                        let data101 = data98.effect;
                                                                                                                        const _errs257 = errors;
                                                                                                                        if (!(((data101 === "loosens") || (data101 === "tightens")) || (data101 === "changes"))) {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/effect", schemaPath: "#/properties/policyChanges/items/properties/effect/enum", keyword: "enum", params: { allowedValues: schema31.properties.policyChanges.items.properties.effect.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid57 = _errs257 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid57 = true;
                                                                                                                    }
                                                                                                                    if (valid57) {
                                                                                                                        if (data98.words !== undefined && func0.call(data98, "words")) {
                                                                                                                            const _errs258 = errors;
                                                                                                                            if (typeof data98.words !== "string") {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/words", schemaPath: "#/properties/policyChanges/items/properties/words/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid57 = _errs258 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid57 = true;
                                                                                                                        }
                                                                                                                        if (valid57) {
                                                                                                                            if (data98.description !== undefined && func0.call(data98, "description")) {
                                                                                                                                const _errs260 = errors;
                                                                                                                                if (typeof data98.description !== "string") {
                                                                                                                                    validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/description", schemaPath: "#/properties/policyChanges/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                    return false;
                                                                                                                                }
                                                                                                                                var valid57 = _errs260 === errors;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                var valid57 = true;
                                                                                                                            }
                                                                                                                            if (valid57) {
                                                                                                                                if (data98.model !== undefined && func0.call(data98, "model")) {
                                                                                                                                    const _errs262 = errors;
                                                                                                                                    if (typeof data98.model !== "string") {
                                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8 + "/model", schemaPath: "#/properties/policyChanges/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                        return false;
                                                                                                                                    }
                                                                                                                                    var valid57 = _errs262 === errors;
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    var valid57 = true;
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/policyChanges/" + i8, schemaPath: "#/properties/policyChanges/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid56 = _errs250 === errors;
                                                                                            if (!valid56) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate20.errors = [{ instancePath: instancePath + "/policyChanges", schemaPath: "#/properties/policyChanges/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs248 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.override !== undefined && func0.call(data, "override")) {
                                                                                    let data105 = data.override;
                                                                                    const _errs264 = errors;
                                                                                    const _errs265 = errors;
                                                                                    let valid58 = false;
                                                                                    let passing9 = null;
                                                                                    const _errs266 = errors;
                                                                                    if (data105 !== null) {
                                                                                        const err85 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err85];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err85);
                                                                                        }
                                                                                        errors++;
                                                                                    }
                                                                                    var _valid9 = _errs266 === errors;
                                                                                    if (_valid9) {
                                                                                        valid58 = true;
                                                                                        passing9 = 0;
                                                                                    }
                                                                                    const _errs268 = errors;
                                                                                    if (errors === _errs268) {
                                                                                        if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                                                                                            let missing11;
                                                                                            if (((((((data105.state === undefined) || (!(func0.call(data105, "state")))) && (missing11 = "state")) || (((data105.overridden === undefined) || (!(func0.call(data105, "overridden")))) && (missing11 = "overridden"))) || (((data105.explanation === undefined) || (!(func0.call(data105, "explanation")))) && (missing11 = "explanation"))) || (((data105.record === undefined) || (!(func0.call(data105, "record")))) && (missing11 = "record"))) || (((data105.newFailures === undefined) || (!(func0.call(data105, "newFailures")))) && (missing11 = "newFailures"))) {
                                                                                                const err86 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" };
                                                                                                if (vErrors === null) {
                                                                                                    vErrors = [err86];
                                                                                                }
                                                                                                else {
                                                                                                    vErrors.push(err86);
                                                                                                }
                                                                                                errors++;
                                                                                            }
                                                                                            else {
                                                                                                const _errs270 = errors;
                                                                                                for (const key14 of Object.keys(data105)) {
                                                                                                    if (!(((((key14 === "state") || (key14 === "overridden")) || (key14 === "explanation")) || (key14 === "record")) || (key14 === "newFailures"))) {
                                                                                                        const err87 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                                                                                        if (vErrors === null) {
                                                                                                            vErrors = [err87];
                                                                                                        }
                                                                                                        else {
                                                                                                            vErrors.push(err87);
                                                                                                        }
                                                                                                        errors++;
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                                if (_errs270 === errors) {
                                                                                                    if (data105.state !== undefined && func0.call(data105, "state")) {
                                                                                                        let data106 = data105.state;
                                                                                                        const _errs271 = errors;
                                                                                                        if (!(((data106 === "refused") || (data106 === "granted")) || (data106 === "exceeded"))) {
                                                                                                            const err88 = { instancePath: instancePath + "/override/state", schemaPath: "#/properties/override/oneOf/1/properties/state/enum", keyword: "enum", params: { allowedValues: schema31.properties.override.oneOf[1].properties.state.enum }, message: "must be equal to one of the allowed values" };
                                                                                                            if (vErrors === null) {
                                                                                                                vErrors = [err88];
                                                                                                            }
                                                                                                            else {
                                                                                                                vErrors.push(err88);
                                                                                                            }
                                                                                                            errors++;
                                                                                                        }
                                                                                                        var valid59 = _errs271 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid59 = true;
                                                                                                    }
                                                                                                    if (valid59) {
                                                                                                        if (data105.overridden !== undefined && func0.call(data105, "overridden")) {
                                                                                                            const _errs272 = errors;
                                                                                                            if (typeof data105.overridden !== "boolean") {
                                                                                                                const err89 = { instancePath: instancePath + "/override/overridden", schemaPath: "#/properties/override/oneOf/1/properties/overridden/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                                                                                                if (vErrors === null) {
                                                                                                                    vErrors = [err89];
                                                                                                                }
                                                                                                                else {
                                                                                                                    vErrors.push(err89);
                                                                                                                }
                                                                                                                errors++;
                                                                                                            }
                                                                                                            var valid59 = _errs272 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid59 = true;
                                                                                                        }
                                                                                                        if (valid59) {
                                                                                                            if (data105.explanation !== undefined && func0.call(data105, "explanation")) {
                                                                                                                const _errs274 = errors;
                                                                                                                if (typeof data105.explanation !== "string") {
                                                                                                                    const err90 = { instancePath: instancePath + "/override/explanation", schemaPath: "#/properties/override/oneOf/1/properties/explanation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                    if (vErrors === null) {
                                                                                                                        vErrors = [err90];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        vErrors.push(err90);
                                                                                                                    }
                                                                                                                    errors++;
                                                                                                                }
                                                                                                                var valid59 = _errs274 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid59 = true;
                                                                                                            }
                                                                                                            if (valid59) {
                                                                                                                if (data105.record !== undefined && func0.call(data105, "record")) {
                                                                                                                    let data109 = data105.record;
                                                                                                                    const _errs276 = errors;
                                                                                                                    const _errs277 = errors;
                                                                                                                    let valid60 = false;
                                                                                                                    let passing10 = null;
                                                                                                                    const _errs278 = errors;
                                                                                                                    if (data109 !== null) {
                                                                                                                        const err91 = { instancePath: instancePath + "/override/record", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                                                                                        if (vErrors === null) {
                                                                                                                            vErrors = [err91];
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors.push(err91);
                                                                                                                        }
                                                                                                                        errors++;
                                                                                                                    }
                                                                                                                    var _valid10 = _errs278 === errors;
                                                                                                                    if (_valid10) {
                                                                                                                        valid60 = true;
                                                                                                                        passing10 = 0;
                                                                                                                    }
                                                                                                                    const _errs280 = errors;
                                                                                                                    if (errors === _errs280) {
                                                                                                                        if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                                                                                                                            let missing12;
                                                                                                                            if (((((((((data109.by === undefined) || (!(func0.call(data109, "by")))) && (missing12 = "by")) || (((data109.at === undefined) || (!(func0.call(data109, "at")))) && (missing12 = "at"))) || (((data109.authority === undefined) || (!(func0.call(data109, "authority")))) && (missing12 = "authority"))) || (((data109.reason === undefined) || (!(func0.call(data109, "reason")))) && (missing12 = "reason"))) || (((data109.reasonCommentId === undefined) || (!(func0.call(data109, "reasonCommentId")))) && (missing12 = "reasonCommentId"))) || (((data109.waived === undefined) || (!(func0.call(data109, "waived")))) && (missing12 = "waived"))) || (((data109.headSha === undefined) || (!(func0.call(data109, "headSha")))) && (missing12 = "headSha"))) {
                                                                                                                                const err92 = { instancePath: instancePath + "/override/record", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/required", keyword: "required", params: { missingProperty: missing12 }, message: "must have required property '" + missing12 + "'" };
                                                                                                                                if (vErrors === null) {
                                                                                                                                    vErrors = [err92];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    vErrors.push(err92);
                                                                                                                                }
                                                                                                                                errors++;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                const _errs282 = errors;
                                                                                                                                for (const key15 of Object.keys(data109)) {
                                                                                                                                    if (!(((((((key15 === "by") || (key15 === "at")) || (key15 === "authority")) || (key15 === "reason")) || (key15 === "reasonCommentId")) || (key15 === "waived")) || (key15 === "headSha"))) {
                                                                                                                                        const err93 = { instancePath: instancePath + "/override/record", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                                                                                                                        if (vErrors === null) {
                                                                                                                                            vErrors = [err93];
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            vErrors.push(err93);
                                                                                                                                        }
                                                                                                                                        errors++;
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                                if (_errs282 === errors) {
                                                                                                                                    if (data109.by !== undefined && func0.call(data109, "by")) {
                                                                                                                                        const _errs283 = errors;
                                                                                                                                        if (typeof data109.by !== "string") {
                                                                                                                                            const err94 = { instancePath: instancePath + "/override/record/by", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                            if (vErrors === null) {
                                                                                                                                                vErrors = [err94];
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                vErrors.push(err94);
                                                                                                                                            }
                                                                                                                                            errors++;
                                                                                                                                        }
                                                                                                                                        var valid61 = _errs283 === errors;
                                                                                                                                    }
                                                                                                                                    else {
                                                                                                                                        var valid61 = true;
                                                                                                                                    }
                                                                                                                                    if (valid61) {
                                                                                                                                        if (data109.at !== undefined && func0.call(data109, "at")) {
                                                                                                                                            const _errs285 = errors;
                                                                                                                                            if (typeof data109.at !== "string") {
                                                                                                                                                const err95 = { instancePath: instancePath + "/override/record/at", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                if (vErrors === null) {
                                                                                                                                                    vErrors = [err95];
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    vErrors.push(err95);
                                                                                                                                                }
                                                                                                                                                errors++;
                                                                                                                                            }
                                                                                                                                            var valid61 = _errs285 === errors;
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            var valid61 = true;
                                                                                                                                        }
                                                                                                                                        if (valid61) {
                                                                                                                                            if (data109.authority !== undefined && func0.call(data109, "authority")) {
                                                                                                                                                const _errs287 = errors;
                                                                                                                                                if (typeof data109.authority !== "string") {
                                                                                                                                                    const err96 = { instancePath: instancePath + "/override/record/authority", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/authority/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                        vErrors = [err96];
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        vErrors.push(err96);
                                                                                                                                                    }
                                                                                                                                                    errors++;
                                                                                                                                                }
                                                                                                                                                var valid61 = _errs287 === errors;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                var valid61 = true;
                                                                                                                                            }
                                                                                                                                            if (valid61) {
                                                                                                                                                if (data109.reason !== undefined && func0.call(data109, "reason")) {
                                                                                                                                                    let data113 = data109.reason;
                                                                                                                                                    const _errs289 = errors;
                                                                                                                                                    if ((typeof data113 !== "string") && (data113 !== null)) {
                                                                                                                                                        const err97 = { instancePath: instancePath + "/override/record/reason", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err97];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err97);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                    }
                                                                                                                                                    var valid61 = _errs289 === errors;
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    var valid61 = true;
                                                                                                                                                }
                                                                                                                                                if (valid61) {
                                                                                                                                                    if (data109.reasonCommentId !== undefined && func0.call(data109, "reasonCommentId")) {
                                                                                                                                                        let data114 = data109.reasonCommentId;
                                                                                                                                                        const _errs292 = errors;
                                                                                                                                                        if ((!(((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114))) && (isFinite(data114)))) && (data114 !== null)) {
                                                                                                                                                            const err98 = { instancePath: instancePath + "/override/record/reasonCommentId", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/reasonCommentId/type", keyword: "type", params: { type: schema31.properties.override.oneOf[1].properties.record.oneOf[1].properties.reasonCommentId.type }, message: "must be integer,null" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err98];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err98);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                        var valid61 = _errs292 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid61 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid61) {
                                                                                                                                                        if (data109.waived !== undefined && func0.call(data109, "waived")) {
                                                                                                                                                            let data115 = data109.waived;
                                                                                                                                                            const _errs294 = errors;
                                                                                                                                                            if (errors === _errs294) {
                                                                                                                                                                if (Array.isArray(data115)) {
                                                                                                                                                                    var valid63 = true;
                                                                                                                                                                    const len9 = data115.length;
                                                                                                                                                                    for (let i9 = 0; i9 < len9; i9++) {
                                                                                                                                                                        let data116 = data115[i9];
                                                                                                                                                                        const _errs296 = errors;
                                                                                                                                                                        if (errors === _errs296) {
                                                                                                                                                                            if (data116 && typeof data116 == "object" && !Array.isArray(data116)) {
                                                                                                                                                                                let missing13;
                                                                                                                                                                                if ((((((data116.model === undefined) || (!(func0.call(data116, "model")))) && (missing13 = "model")) || (((data116.id === undefined) || (!(func0.call(data116, "id")))) && (missing13 = "id"))) || (((data116.metric === undefined) || (!(func0.call(data116, "metric")))) && (missing13 = "metric"))) || (((data116.value === undefined) || (!(func0.call(data116, "value")))) && (missing13 = "value"))) {
                                                                                                                                                                                    const err99 = { instancePath: instancePath + "/override/record/waived/" + i9, schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/items/required", keyword: "required", params: { missingProperty: missing13 }, message: "must have required property '" + missing13 + "'" };
                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                        vErrors = [err99];
                                                                                                                                                                                    }
                                                                                                                                                                                    else {
                                                                                                                                                                                        vErrors.push(err99);
                                                                                                                                                                                    }
                                                                                                                                                                                    errors++;
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    const _errs298 = errors;
                                                                                                                                                                                    for (const key16 of Object.keys(data116)) {
                                                                                                                                                                                        if (!((((key16 === "model") || (key16 === "id")) || (key16 === "metric")) || (key16 === "value"))) {
                                                                                                                                                                                            const err100 = { instancePath: instancePath + "/override/record/waived/" + i9, schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                vErrors = [err100];
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                vErrors.push(err100);
                                                                                                                                                                                            }
                                                                                                                                                                                            errors++;
                                                                                                                                                                                            break;
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                    if (_errs298 === errors) {
                                                                                                                                                                                        if (data116.model !== undefined && func0.call(data116, "model")) {
                                                                                                                                                                                            const _errs299 = errors;
                                                                                                                                                                                            if (typeof data116.model !== "string") {
                                                                                                                                                                                                const err101 = { instancePath: instancePath + "/override/record/waived/" + i9 + "/model", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                                    vErrors = [err101];
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    vErrors.push(err101);
                                                                                                                                                                                                }
                                                                                                                                                                                                errors++;
                                                                                                                                                                                            }
                                                                                                                                                                                            var valid64 = _errs299 === errors;
                                                                                                                                                                                        }
                                                                                                                                                                                        else {
                                                                                                                                                                                            var valid64 = true;
                                                                                                                                                                                        }
                                                                                                                                                                                        if (valid64) {
                                                                                                                                                                                            if (data116.id !== undefined && func0.call(data116, "id")) {
                                                                                                                                                                                                const _errs301 = errors;
                                                                                                                                                                                                if (typeof data116.id !== "string") {
                                                                                                                                                                                                    const err102 = { instancePath: instancePath + "/override/record/waived/" + i9 + "/id", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                                                        vErrors = [err102];
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        vErrors.push(err102);
                                                                                                                                                                                                    }
                                                                                                                                                                                                    errors++;
                                                                                                                                                                                                }
                                                                                                                                                                                                var valid64 = _errs301 === errors;
                                                                                                                                                                                            }
                                                                                                                                                                                            else {
                                                                                                                                                                                                var valid64 = true;
                                                                                                                                                                                            }
                                                                                                                                                                                            if (valid64) {
                                                                                                                                                                                                if (data116.metric !== undefined && func0.call(data116, "metric")) {
                                                                                                                                                                                                    let data119 = data116.metric;
                                                                                                                                                                                                    const _errs303 = errors;
                                                                                                                                                                                                    if ((typeof data119 !== "string") && (data119 !== null)) {
                                                                                                                                                                                                        const err103 = { instancePath: instancePath + "/override/record/waived/" + i9 + "/metric", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" };
                                                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                                                            vErrors = [err103];
                                                                                                                                                                                                        }
                                                                                                                                                                                                        else {
                                                                                                                                                                                                            vErrors.push(err103);
                                                                                                                                                                                                        }
                                                                                                                                                                                                        errors++;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    var valid64 = _errs303 === errors;
                                                                                                                                                                                                }
                                                                                                                                                                                                else {
                                                                                                                                                                                                    var valid64 = true;
                                                                                                                                                                                                }
                                                                                                                                                                                                if (valid64) {
                                                                                                                                                                                                    if (data116.value !== undefined && func0.call(data116, "value")) {
                                                                                                                                                                                                        let data120 = data116.value;
                                                                                                                                                                                                        const _errs306 = errors;
                                                                                                                                                                                                        if ((!((typeof data120 == "number") && (isFinite(data120)))) && (data120 !== null)) {
                                                                                                                                                                                                            const err104 = { instancePath: instancePath + "/override/record/waived/" + i9 + "/value", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                                                vErrors = [err104];
                                                                                                                                                                                                            }
                                                                                                                                                                                                            else {
                                                                                                                                                                                                                vErrors.push(err104);
                                                                                                                                                                                                            }
                                                                                                                                                                                                            errors++;
                                                                                                                                                                                                        }
                                                                                                                                                                                                        var valid64 = _errs306 === errors;
                                                                                                                                                                                                    }
                                                                                                                                                                                                    else {
                                                                                                                                                                                                        var valid64 = true;
                                                                                                                                                                                                    }
                                                                                                                                                                                                }
                                                                                                                                                                                            }
                                                                                                                                                                                        }
                                                                                                                                                                                    }
                                                                                                                                                                                }
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                const err105 = { instancePath: instancePath + "/override/record/waived/" + i9, schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err105];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err105);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                        }
                                                                                                                                                                        var valid63 = _errs296 === errors;
                                                                                                                                                                        if (!valid63) {
                                                                                                                                                                            break;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    const err106 = { instancePath: instancePath + "/override/record/waived", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/waived/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err106];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err106);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                            var valid61 = _errs294 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid61 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid61) {
                                                                                                                                                            if (data109.headSha !== undefined && func0.call(data109, "headSha")) {
                                                                                                                                                                const _errs309 = errors;
                                                                                                                                                                if (typeof data109.headSha !== "string") {
                                                                                                                                                                    const err107 = { instancePath: instancePath + "/override/record/headSha", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err107];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err107);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                                var valid61 = _errs309 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid61 = true;
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            const err108 = { instancePath: instancePath + "/override/record", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                            if (vErrors === null) {
                                                                                                                                vErrors = [err108];
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                vErrors.push(err108);
                                                                                                                            }
                                                                                                                            errors++;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var _valid10 = _errs280 === errors;
                                                                                                                    if (_valid10 && valid60) {
                                                                                                                        valid60 = false;
                                                                                                                        passing10 = [passing10, 1];
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        if (_valid10) {
                                                                                                                            valid60 = true;
                                                                                                                            passing10 = 1;
                                                                                                                        }
                                                                                                                    }
                                                                                                                    if (!valid60) {
                                                                                                                        const err109 = { instancePath: instancePath + "/override/record", schemaPath: "#/properties/override/oneOf/1/properties/record/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                                                                                                                        if (vErrors === null) {
                                                                                                                            vErrors = [err109];
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            vErrors.push(err109);
                                                                                                                        }
                                                                                                                        errors++;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        errors = _errs277;
                                                                                                                        if (vErrors !== null) {
                                                                                                                            if (_errs277) {
                                                                                                                                vErrors.length = _errs277;
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                vErrors = null;
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                    var valid59 = _errs276 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid59 = true;
                                                                                                                }
                                                                                                                if (valid59) {
                                                                                                                    if (data105.newFailures !== undefined && func0.call(data105, "newFailures")) {
                                                                                                                        let data122 = data105.newFailures;
                                                                                                                        const _errs311 = errors;
                                                                                                                        if (errors === _errs311) {
                                                                                                                            if (Array.isArray(data122)) {
                                                                                                                                var valid67 = true;
                                                                                                                                const len10 = data122.length;
                                                                                                                                for (let i10 = 0; i10 < len10; i10++) {
                                                                                                                                    let data123 = data122[i10];
                                                                                                                                    const _errs313 = errors;
                                                                                                                                    if (errors === _errs313) {
                                                                                                                                        if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                                                                                                                                            let missing14;
                                                                                                                                            if ((((((((data123.model === undefined) || (!(func0.call(data123, "model")))) && (missing14 = "model")) || (((data123.id === undefined) || (!(func0.call(data123, "id")))) && (missing14 = "id"))) || (((data123.metric === undefined) || (!(func0.call(data123, "metric")))) && (missing14 = "metric"))) || (((data123.value === undefined) || (!(func0.call(data123, "value")))) && (missing14 = "value"))) || (((data123.why === undefined) || (!(func0.call(data123, "why")))) && (missing14 = "why"))) || (((data123.waivedValue === undefined) || (!(func0.call(data123, "waivedValue")))) && (missing14 = "waivedValue"))) {
                                                                                                                                                const err110 = { instancePath: instancePath + "/override/newFailures/" + i10, schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/required", keyword: "required", params: { missingProperty: missing14 }, message: "must have required property '" + missing14 + "'" };
                                                                                                                                                if (vErrors === null) {
                                                                                                                                                    vErrors = [err110];
                                                                                                                                                }
                                                                                                                                                else {
                                                                                                                                                    vErrors.push(err110);
                                                                                                                                                }
                                                                                                                                                errors++;
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                const _errs315 = errors;
                                                                                                                                                for (const key17 of Object.keys(data123)) {
                                                                                                                                                    if (!((((((key17 === "model") || (key17 === "id")) || (key17 === "metric")) || (key17 === "value")) || (key17 === "why")) || (key17 === "waivedValue"))) {
                                                                                                                                                        const err111 = { instancePath: instancePath + "/override/newFailures/" + i10, schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                            vErrors = [err111];
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            vErrors.push(err111);
                                                                                                                                                        }
                                                                                                                                                        errors++;
                                                                                                                                                        break;
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                                if (_errs315 === errors) {
                                                                                                                                                    if (data123.model !== undefined && func0.call(data123, "model")) {
                                                                                                                                                        const _errs316 = errors;
                                                                                                                                                        if (typeof data123.model !== "string") {
                                                                                                                                                            const err112 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/model", schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                vErrors = [err112];
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                vErrors.push(err112);
                                                                                                                                                            }
                                                                                                                                                            errors++;
                                                                                                                                                        }
                                                                                                                                                        var valid68 = _errs316 === errors;
                                                                                                                                                    }
                                                                                                                                                    else {
                                                                                                                                                        var valid68 = true;
                                                                                                                                                    }
                                                                                                                                                    if (valid68) {
                                                                                                                                                        if (data123.id !== undefined && func0.call(data123, "id")) {
                                                                                                                                                            const _errs318 = errors;
                                                                                                                                                            if (typeof data123.id !== "string") {
                                                                                                                                                                const err113 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/id", schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                    vErrors = [err113];
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    vErrors.push(err113);
                                                                                                                                                                }
                                                                                                                                                                errors++;
                                                                                                                                                            }
                                                                                                                                                            var valid68 = _errs318 === errors;
                                                                                                                                                        }
                                                                                                                                                        else {
                                                                                                                                                            var valid68 = true;
                                                                                                                                                        }
                                                                                                                                                        if (valid68) {
                                                                                                                                                            if (data123.metric !== undefined && func0.call(data123, "metric")) {
                                                                                                                                                                let data126 = data123.metric;
                                                                                                                                                                const _errs320 = errors;
                                                                                                                                                                if ((typeof data126 !== "string") && (data126 !== null)) {
                                                                                                                                                                    const err114 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/metric", schemaPath: "#/$defs/nullableString/type", keyword: "type", params: { type: schema33.type }, message: "must be string,null" };
                                                                                                                                                                    if (vErrors === null) {
                                                                                                                                                                        vErrors = [err114];
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        vErrors.push(err114);
                                                                                                                                                                    }
                                                                                                                                                                    errors++;
                                                                                                                                                                }
                                                                                                                                                                var valid68 = _errs320 === errors;
                                                                                                                                                            }
                                                                                                                                                            else {
                                                                                                                                                                var valid68 = true;
                                                                                                                                                            }
                                                                                                                                                            if (valid68) {
                                                                                                                                                                if (data123.value !== undefined && func0.call(data123, "value")) {
                                                                                                                                                                    let data127 = data123.value;
                                                                                                                                                                    const _errs323 = errors;
                                                                                                                                                                    if ((!((typeof data127 == "number") && (isFinite(data127)))) && (data127 !== null)) {
                                                                                                                                                                        const err115 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/value", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                        if (vErrors === null) {
                                                                                                                                                                            vErrors = [err115];
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            vErrors.push(err115);
                                                                                                                                                                        }
                                                                                                                                                                        errors++;
                                                                                                                                                                    }
                                                                                                                                                                    var valid68 = _errs323 === errors;
                                                                                                                                                                }
                                                                                                                                                                else {
                                                                                                                                                                    var valid68 = true;
                                                                                                                                                                }
                                                                                                                                                                if (valid68) {
                                                                                                                                                                    if (data123.why !== undefined && func0.call(data123, "why")) {
                                                                                                                                                                        let data128 = data123.why;
                                                                                                                                                                        const _errs326 = errors;
                                                                                                                                                                        if (!((data128 === "new") || (data128 === "worse"))) {
                                                                                                                                                                            const err116 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/why", schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/properties/why/enum", keyword: "enum", params: { allowedValues: schema31.properties.override.oneOf[1].properties.newFailures.items.properties.why.enum }, message: "must be equal to one of the allowed values" };
                                                                                                                                                                            if (vErrors === null) {
                                                                                                                                                                                vErrors = [err116];
                                                                                                                                                                            }
                                                                                                                                                                            else {
                                                                                                                                                                                vErrors.push(err116);
                                                                                                                                                                            }
                                                                                                                                                                            errors++;
                                                                                                                                                                        }
                                                                                                                                                                        var valid68 = _errs326 === errors;
                                                                                                                                                                    }
                                                                                                                                                                    else {
                                                                                                                                                                        var valid68 = true;
                                                                                                                                                                    }
                                                                                                                                                                    if (valid68) {
                                                                                                                                                                        if (data123.waivedValue !== undefined && func0.call(data123, "waivedValue")) {
                                                                                                                                                                            let data129 = data123.waivedValue;
                                                                                                                                                                            const _errs327 = errors;
                                                                                                                                                                            if ((!((typeof data129 == "number") && (isFinite(data129)))) && (data129 !== null)) {
                                                                                                                                                                                const err117 = { instancePath: instancePath + "/override/newFailures/" + i10 + "/waivedValue", schemaPath: "#/$defs/nullableNumber/type", keyword: "type", params: { type: schema52.type }, message: "must be number,null" };
                                                                                                                                                                                if (vErrors === null) {
                                                                                                                                                                                    vErrors = [err117];
                                                                                                                                                                                }
                                                                                                                                                                                else {
                                                                                                                                                                                    vErrors.push(err117);
                                                                                                                                                                                }
                                                                                                                                                                                errors++;
                                                                                                                                                                            }
                                                                                                                                                                            var valid68 = _errs327 === errors;
                                                                                                                                                                        }
                                                                                                                                                                        else {
                                                                                                                                                                            var valid68 = true;
                                                                                                                                                                        }
                                                                                                                                                                    }
                                                                                                                                                                }
                                                                                                                                                            }
                                                                                                                                                        }
                                                                                                                                                    }
                                                                                                                                                }
                                                                                                                                            }
                                                                                                                                        }
                                                                                                                                        else {
                                                                                                                                            const err118 = { instancePath: instancePath + "/override/newFailures/" + i10, schemaPath: "#/properties/override/oneOf/1/properties/newFailures/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                                                                            if (vErrors === null) {
                                                                                                                                                vErrors = [err118];
                                                                                                                                            }
                                                                                                                                            else {
                                                                                                                                                vErrors.push(err118);
                                                                                                                                            }
                                                                                                                                            errors++;
                                                                                                                                        }
                                                                                                                                    }
                                                                                                                                    var valid67 = _errs313 === errors;
                                                                                                                                    if (!valid67) {
                                                                                                                                        break;
                                                                                                                                    }
                                                                                                                                }
                                                                                                                            }
                                                                                                                            else {
                                                                                                                                const err119 = { instancePath: instancePath + "/override/newFailures", schemaPath: "#/properties/override/oneOf/1/properties/newFailures/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                                                                if (vErrors === null) {
                                                                                                                                    vErrors = [err119];
                                                                                                                                }
                                                                                                                                else {
                                                                                                                                    vErrors.push(err119);
                                                                                                                                }
                                                                                                                                errors++;
                                                                                                                            }
                                                                                                                        }
                                                                                                                        var valid59 = _errs311 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid59 = true;
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                        else {
                                                                                            const err120 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                                                            if (vErrors === null) {
                                                                                                vErrors = [err120];
                                                                                            }
                                                                                            else {
                                                                                                vErrors.push(err120);
                                                                                            }
                                                                                            errors++;
                                                                                        }
                                                                                    }
                                                                                    var _valid9 = _errs268 === errors;
                                                                                    if (_valid9 && valid58) {
                                                                                        valid58 = false;
                                                                                        passing9 = [passing9, 1];
                                                                                    }
                                                                                    else {
                                                                                        if (_valid9) {
                                                                                            valid58 = true;
                                                                                            passing9 = 1;
                                                                                        }
                                                                                    }
                                                                                    if (!valid58) {
                                                                                        const err121 = { instancePath: instancePath + "/override", schemaPath: "#/properties/override/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                                                                                        if (vErrors === null) {
                                                                                            vErrors = [err121];
                                                                                        }
                                                                                        else {
                                                                                            vErrors.push(err121);
                                                                                        }
                                                                                        errors++;
                                                                                        validate20.errors = vErrors;
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        errors = _errs265;
                                                                                        if (vErrors !== null) {
                                                                                            if (_errs265) {
                                                                                                vErrors.length = _errs265;
                                                                                            }
                                                                                            else {
                                                                                                vErrors = null;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    var valid0 = _errs264 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data.skipped !== undefined && func0.call(data, "skipped")) {
                                                                                        let data130 = data.skipped;
                                                                                        const _errs330 = errors;
                                                                                        if (errors === _errs330) {
                                                                                            if (Array.isArray(data130)) {
                                                                                                var valid72 = true;
                                                                                                const len11 = data130.length;
                                                                                                for (let i11 = 0; i11 < len11; i11++) {
                                                                                                    let data131 = data130[i11];
                                                                                                    const _errs332 = errors;
                                                                                                    if (errors === _errs332) {
                                                                                                        if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
                                                                                                            let missing15;
                                                                                                            if ((((data131.model === undefined) || (!(func0.call(data131, "model")))) && (missing15 = "model")) || (((data131.reason === undefined) || (!(func0.call(data131, "reason")))) && (missing15 = "reason"))) {
                                                                                                                validate20.errors = [{ instancePath: instancePath + "/skipped/" + i11, schemaPath: "#/properties/skipped/items/required", keyword: "required", params: { missingProperty: missing15 }, message: "must have required property '" + missing15 + "'" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            else {
                                                                                                                const _errs334 = errors;
                                                                                                                for (const key18 of Object.keys(data131)) {
                                                                                                                    if (!((key18 === "model") || (key18 === "reason"))) {
                                                                                                                        validate20.errors = [{ instancePath: instancePath + "/skipped/" + i11, schemaPath: "#/properties/skipped/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" }];
                                                                                                                        return false;
                                                                                                                        break;
                                                                                                                    }
                                                                                                                }
                                                                                                                if (_errs334 === errors) {
                                                                                                                    if (data131.model !== undefined && func0.call(data131, "model")) {
                                                                                                                        const _errs335 = errors;
                                                                                                                        if (typeof data131.model !== "string") {
                                                                                                                            validate20.errors = [{ instancePath: instancePath + "/skipped/" + i11 + "/model", schemaPath: "#/properties/skipped/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid73 = _errs335 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid73 = true;
                                                                                                                    }
                                                                                                                    if (valid73) {
                                                                                                                        if (data131.reason !== undefined && func0.call(data131, "reason")) {
                                                                                                                            const _errs337 = errors;
                                                                                                                            if (typeof data131.reason !== "string") {
                                                                                                                                validate20.errors = [{ instancePath: instancePath + "/skipped/" + i11 + "/reason", schemaPath: "#/properties/skipped/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid73 = _errs337 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid73 = true;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                        else {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/skipped/" + i11, schemaPath: "#/properties/skipped/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                    }
                                                                                                    var valid72 = _errs332 === errors;
                                                                                                    if (!valid72) {
                                                                                                        break;
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate20.errors = [{ instancePath: instancePath + "/skipped", schemaPath: "#/properties/skipped/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid0 = _errs330 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.notes !== undefined && func0.call(data, "notes")) {
                                                                                            let data134 = data.notes;
                                                                                            const _errs339 = errors;
                                                                                            if (errors === _errs339) {
                                                                                                if (Array.isArray(data134)) {
                                                                                                    var valid74 = true;
                                                                                                    const len12 = data134.length;
                                                                                                    for (let i12 = 0; i12 < len12; i12++) {
                                                                                                        const _errs341 = errors;
                                                                                                        if (typeof data134[i12] !== "string") {
                                                                                                            validate20.errors = [{ instancePath: instancePath + "/notes/" + i12, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid74 = _errs341 === errors;
                                                                                                        if (!valid74) {
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate20.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs339 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            else {
                validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
            }
        }
        validate20.errors = vErrors;
        return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    return { validate: validate20, copies: [[schema31, ""], [schema32, "/$defs/verdict"], [schema33, "/$defs/nullableString"], [schema35, "/$defs/source"], [schema40, "/$defs/declarations"], [schema41, "/$defs/stringList"], [schema50, "/$defs/predictions"], [schema52, "/$defs/nullableNumber"], [schema61, "/$defs/location"], [schema62, "/$defs/nullablePosition"], [schema68, "/$defs/fairnessSlice"]] };
})();

// EXTERNAL MODULE: ./src/report/predictions.ts
var predictions = __webpack_require__(9628);
;// CONCATENATED MODULE: ./src/report/read.ts






/** The policy path the comment names when the report does not say. */
const DEFAULT_POLICY_PATH = '.github/model-gate.yml';
/** Largest report read; a real one is far smaller (a few hundred bytes per check). */
const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** The report cannot be used: unreadable, too large, not JSON, not the schema, or self-contradictory. */
class InvalidReport extends Error {
}
/** The report schema's validator, precompiled at build time (scripts/validators.mjs). */
function validateSchema() {
    return reportValidator.validate;
}
/** Report text quoted for a message: JSON-quoted and cut short (it is untrusted and may be huge). */
function quote(text) {
    return (0,words/* quote */.hD)(text, 80);
}
function schemaError(error) {
    if (!error)
        return 'it does not match schema/report.schema.json';
    const at = error.instancePath ? quote(error.instancePath) : 'the top level';
    const params = error.params;
    const detail = params.additionalProperty !== undefined
        ? `has an unknown field ${quote(params.additionalProperty)}`
        : params.allowedValues
            ? `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
            : (error.message ?? 'is not valid');
    return `${at} ${detail} (schema/report.schema.json)`;
}
/** Reads at most `maxBytes` of a regular file (no symlink) as UTF-8. */
async function readCapped(path, maxBytes) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    }
    catch (err) {
        const code = err.code;
        const why = code === 'ENOENT'
            ? 'there is no such file'
            : code === 'ELOOP'
                ? 'it is a symbolic link'
                : err instanceof Error
                    ? err.message
                    : String(err);
        throw new InvalidReport(`Cannot read the report ${path}: ${why}.`);
    }
    try {
        if (!(await handle.stat()).isFile())
            throw new InvalidReport(`The report ${path} is not a regular file.`);
        const chunks = [];
        let total = 0;
        for (;;) {
            const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(64 * 1024) });
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new InvalidReport(`The report ${path} is larger than ${maxBytes} bytes.`);
            chunks.push(buffer.subarray(0, bytesRead));
        }
        try {
            return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        }
        catch {
            throw new InvalidReport(`The report ${path} is not UTF-8 text.`);
        }
    }
    finally {
        await handle.close();
    }
}
/** A model's verdict as its checks and problems make it (as the evaluation computes it). */
function verdictOf(ev) {
    if (ev.problems.length > 0)
        return 'error';
    return ev.checks.some(core_verdict/* blocksMerge */.DH) ? 'blocked' : 'approved';
}
/** What contradicts itself in a schema-valid report, so the comment cannot claim what its checks do not. */
function contradictions(report) {
    const names = report.models.map((m) => m.model);
    if (new Set(names).size !== names.length)
        return ['a model is listed twice in `models`'];
    const known = new Set(names);
    const stray = [...report.checks, ...report.problems, ...report.policyChanges].find((item) => !known.has(item.model));
    if (stray)
        return [`an entry is for model ${quote(stray.model)}, which \`models\` does not list`];
    const found = [];
    const result = resultFromReport(report);
    result.evaluations.forEach((ev, i) => {
        const failed = ev.checks.filter(core_verdict/* blocksMerge */.DH).length;
        const said = report.models[i];
        if (said.failed !== failed)
            found.push(`model ${quote(ev.model)} says ${said.failed} failed checks, its checks have ${failed}`);
        const verdict = verdictOf(ev);
        if (ev.verdict !== verdict)
            found.push(`model ${quote(ev.model)} is \`${ev.verdict}\`, its checks and problems make it \`${verdict}\``);
    });
    const failed = (0,core_verdict/* failedCount */.dD)(result.evaluations);
    if (report.failed !== failed)
        found.push(`the report says ${report.failed} failed checks, its checks have ${failed}`);
    const combined = (0,core_verdict/* combine */.kg)(result.evaluations);
    const overridden = report.override?.overridden === true;
    if (overridden && combined !== 'blocked')
        found.push(`the report says an override approved it, but its models make it \`${combined}\`, not \`blocked\``);
    const verdict = overridden && combined === 'blocked' ? 'approved' : combined;
    if (report.verdict !== verdict)
        found.push(`the report is \`${report.verdict}\`, its ${overridden ? 'overridden ' : ''}models make it \`${verdict}\``);
    return found;
}
/** A report from its text: JSON, valid against schema/report.schema.json, consistent. Throws InvalidReport. */
function parseReport(text, label = 'the report') {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new InvalidReport(`${label} is not JSON: ${err instanceof Error ? err.message : String(err)}.`);
    }
    const validate = validateSchema();
    if (!validate(data))
        throw new InvalidReport(`${label} is not a model-gate report: ${schemaError(validate.errors?.[0])}.`);
    const report = data;
    const wrong = contradictions(report);
    if (wrong.length)
        throw new InvalidReport(`${label} contradicts itself: ${wrong.join('; ')}.`);
    return report;
}
/** Reads a report file (at most MAX_REPORT_BYTES) and validates it; throws InvalidReport. */
async function readReport(path, maxBytes = MAX_REPORT_BYTES) {
    return parseReport(await readCapped(path, maxBytes), `The report ${path}`);
}
const orUndefined = (value) => (value === null ? undefined : value);
function provenance(source) {
    return { source: source.source, path: orUndefined(source.path), sha: orUndefined(source.sha), note: orUndefined(source.note) };
}
function check(c) {
    return {
        id: c.id,
        kind: c.kind,
        metric: orUndefined(c.metric),
        status: c.status,
        severity: c.severity,
        candidate: c.candidate,
        baseline: c.baseline,
        ruleKey: orUndefined(c.ruleKey),
        rule: c.rule,
        ...(c.betterFrom ? { better: c.better, betterFrom: c.betterFrom } : {}),
        limit: orUndefined(c.limit),
        worsening: orUndefined(c.worsening),
        message: c.message,
        fix: orUndefined(c.fix),
        note: orUndefined(c.note),
        field: orUndefined(c.field),
        gate: orUndefined(c.gate),
        location: c.location
            ? { file: c.location.file, line: orUndefined(c.location.line), column: orUndefined(c.location.column) }
            : undefined,
        ...checkExtrasFrom(c),
    };
}
function sliceFrom(s) {
    return s.n === null ? { slice: s.slice, metric: s.metric, value: s.value } : { slice: s.slice, metric: s.metric, value: s.value, n: s.n };
}
/** The statistics, unit, description and fairness of a report check, back on the Check. */
function checkExtrasFrom(c) {
    const out = {};
    if (c.statistics) {
        const s = c.statistics;
        out.statistics = { method: s.method, confidence: s.confidence, interval: [s.interval[0], s.interval[1]] };
        if (s.p_value !== null)
            out.statistics.p_value = s.p_value;
        if (s.note !== null)
            out.statistics.note = s.note;
    }
    if (c.unit)
        out.unit = c.unit;
    if (c.description)
        out.description = c.description;
    if (c.fairness) {
        const f = c.fairness;
        out.fairness = {
            slices: f.slices.map(sliceFrom),
            skipped: f.skipped.map((s) => s.n === null ? { slice: s.slice, metric: s.metric, note: s.note } : { slice: s.slice, metric: s.metric, n: s.n, note: s.note }),
        };
        if (f.best)
            out.fairness.best = sliceFrom(f.best);
        if (f.worst)
            out.fairness.worst = sliceFrom(f.worst);
        if (f.gap !== null)
            out.fairness.gap = f.gap;
        if (f.ratio !== null)
            out.fairness.ratio = f.ratio;
        if (f.baselineGap !== null)
            out.fairness.baselineGap = f.baselineGap;
    }
    return out;
}
function declarationSummary(d) {
    return {
        file: d.file,
        personalData: orUndefined(d.personalData),
        regulations: d.regulations,
        legalBasis: d.legalBasis,
        anonymisation: orUndefined(d.anonymisation),
        specialCategories: d.specialCategories,
        owners: d.owners,
        team: orUndefined(d.team),
        onCall: orUndefined(d.onCall),
        lastReviewed: orUndefined(d.lastReviewed),
        nextReview: orUndefined(d.nextReview),
    };
}
function overrideSummary(o) {
    const item = (c) => ({
        model: c.model,
        id: c.id,
        ...(c.metric !== null ? { metric: c.metric } : {}),
        value: c.value,
    });
    return {
        state: o.state,
        overridden: o.overridden,
        explanation: o.explanation,
        record: o.record ? { ...o.record, waived: o.record.waived.map(item) } : null,
        newFailures: o.newFailures.map((f) => ({ ...item(f), why: f.why, ...(f.waivedValue !== null ? { waivedValue: f.waivedValue } : {}) })),
    };
}
/**
 * The GateResult a report was written from, as far as the comment shows it: renderComment of the
 * result gives the comment the run that wrote the report posted (or would have, given the token).
 */
function resultFromReport(report) {
    const evaluations = report.models.map((m) => ({
        model: m.model,
        verdict: m.verdict,
        mode: report.mode,
        checks: report.checks.filter((c) => c.model === m.model).map(check),
        problems: report.problems
            .filter((p) => p.model === m.model)
            .map((p) => ({
            file: p.file,
            line: orUndefined(p.line),
            column: orUndefined(p.column),
            message: p.message,
            fix: orUndefined(p.fix),
        })),
        policy: provenance(m.policy),
        baseline: provenance(m.baseline),
        candidate: provenance(m.candidate),
        policyChanges: report.policyChanges
            .filter((c) => c.model === m.model)
            .map((c) => ({
            target: c.target,
            field: c.field,
            from: c.from,
            to: c.to,
            effect: c.effect,
            words: c.words,
            description: c.description,
        })),
        ...(m.declarations ? { declarations: declarationSummary(m.declarations) } : {}),
        ...(m.predictions ? { predictions: (0,predictions/* predictionsFromReport */.J)(m.predictions) } : {}),
    }));
    return {
        verdict: report.verdict,
        mode: report.mode,
        evaluations,
        modelKey: report.model,
        headSha: orUndefined(report.head),
        baseSha: orUndefined(report.base),
        policyPath: report.policy.path ?? DEFAULT_POLICY_PATH,
        ...(report.override ? { override: overrideSummary(report.override) } : {}),
        ...(report.skipped?.length ? { skipped: report.skipped } : {}),
        ...(report.notes?.length ? { notes: report.notes } : {}),
    };
}

// EXTERNAL MODULE: ./src/render/truncate.ts
var truncate = __webpack_require__(944);
// EXTERNAL MODULE: ./src/action/publish.ts
var publish = __webpack_require__(4001);
// EXTERNAL MODULE: ./src/action/models-output.ts
var models_output = __webpack_require__(8834);
// EXTERNAL MODULE: ./src/action/event-file.ts
var event_file = __webpack_require__(8537);
;// CONCATENATED MODULE: ./src/action/from-report.ts
/**
 * The comment-only mode of the action (input `report`): the `workflow_run` half of the pattern for
 * pull requests from forks (docs/forks.md). The report was written by a run whose code the PR's
 * author controls, so it is untrusted data: read with a size cap, validated against
 * schema/report.schema.json and for consistency, rebuilt into a GateResult and rendered by the
 * normal renderer (never posted as it is), and posted only on the pull request whose current head
 * is the commit the report judged.
 */

















const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** Report text quoted for a message: JSON-quoted and cut short (it is untrusted and may be huge). */
function from_report_quote(text) {
    return (0,words/* quote */.hD)(text, 80);
}
/** The workflow_run part of a `workflow_run` event payload (pure). Throws an Error naming what is missing. */
function workflowRunOf(payload, owner, repo) {
    const run = (0,words/* isObject */.Gv)(payload) ? payload.workflow_run : undefined;
    if (!(0,words/* isObject */.Gv)(run))
        throw new Error('The `workflow_run` event payload has no `workflow_run` object.');
    const { id, head_sha: headSha, head_branch: branch, head_repository: headRepo, pull_requests: pulls } = run;
    if (!Number.isSafeInteger(id))
        throw new Error('The `workflow_run` event payload has no run id at `workflow_run.id`.');
    if (typeof headSha !== 'string' || !SHA.test(headSha))
        throw new Error('The `workflow_run` event payload has no commit SHA at `workflow_run.head_sha`.');
    const headOwner = (0,words/* isObject */.Gv)(headRepo) && (0,words/* isObject */.Gv)(headRepo.owner) ? headRepo.owner.login : undefined;
    const ours = `/repos/${owner}/${repo}`.toLowerCase();
    const pullNumbers = (Array.isArray(pulls) ? pulls : []).flatMap((pr) => {
        if (!(0,words/* isObject */.Gv)(pr) || !Number.isSafeInteger(pr.number) || pr.number <= 0)
            return [];
        const baseUrl = (0,words/* isObject */.Gv)(pr.base) && (0,words/* isObject */.Gv)(pr.base.repo) ? pr.base.repo.url : undefined;
        return typeof baseUrl === 'string' && !baseUrl.toLowerCase().endsWith(ours) ? [] : [pr.number];
    });
    return {
        id: id,
        headSha,
        headLabel: typeof headOwner === 'string' && typeof branch === 'string' && headOwner && branch ? `${headOwner}:${branch}` : undefined,
        pullNumbers,
    };
}
/** Open PRs of the repository whose head is the run's commit. */
async function openPullsAt(client, where, run) {
    const matching = (pulls) => [
        ...new Set(pulls.filter((p) => p.state === 'open' && p.head.sha === run.headSha).map((p) => p.number)),
    ];
    const { data: associated } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...where,
        commit_sha: run.headSha,
        per_page: 100,
    });
    const found = matching(associated);
    if (found.length > 0 || !run.headLabel)
        return found;
    // A fork's commit is often not associated with the base repository: ask by the head branch.
    const { data: byBranch } = await client.rest.pulls.list({ ...where, state: 'open', head: run.headLabel, per_page: 100 });
    return matching(byBranch);
}
/** The PR to comment on, or why not: it must exist, be unambiguous, and still be at the run's head. */
async function targetPull(client, where, run) {
    const head = (0,format/* shortSha */.Fu)(run.headSha);
    const numbers = run.pullNumbers.length ? run.pullNumbers.slice(0, 1) : await openPullsAt(client, where, run);
    const [number] = numbers;
    if (number === undefined)
        return { refusal: `No open pull request has the head ${head} (it was pushed to since, or closed).` };
    if (numbers.length > 1)
        return { refusal: `Several open pull requests have the head ${head} (#${numbers.join(', #')}): not choosing one.` };
    const current = await (0,pulls/* pullRequestHead */.Ju)(client, where.owner, where.repo, number);
    if (current !== run.headSha) {
        return {
            refusal: `Pull request #${number} is now at ${(0,format/* shortSha */.Fu)(current)}, no longer at ${head}, the commit this report is for: the run for the new head comments instead.`,
        };
    }
    return { number };
}
/** Refused by GitHub for lack of permission: a 403 (not retried as a rate limit), here or in a cause. */
function isPermission(err) {
    for (let current = err, depth = 0; depth < 5 && current !== undefined; depth++) {
        if ((0,http_error/* httpStatus */.n)(current) === 403)
            return true;
        current = current instanceof Error ? current.cause : undefined;
    }
    return false;
}
/**
 * Posts the sticky comment from the report, when the run, the report and the PR agree on the head
 * commit. Returns the comment's URL; undefined (after a warning) when it refuses or lacks permission.
 */
async function from_report_publish(inputs, where, run, report) {
    if (report.head !== run.headSha) {
        runner.warning(`The report is for commit ${report.head && SHA.test(report.head) ? (0,format/* shortSha */.Fu)(report.head) : from_report_quote(report.head ?? 'null')}, but the workflow run was for ${(0,format/* shortSha */.Fu)(run.headSha)}: ` +
            'not posting it (a forged or mixed-up report).');
        return undefined;
    }
    if (!inputs.comment) {
        runner.info('`comment: false`: the report was checked, no comment was posted.');
        return undefined;
    }
    if (!inputs.token) {
        runner.warning('No `github-token`: the PR comment was not written.');
        return undefined;
    }
    const client = (0,github_client/* createClient */.U)(inputs.token, { baseUrl: process.env.GITHUB_API_URL, log: (m) => runner.warning(m) });
    try {
        const target = await targetPull(client, where, run);
        if ('refusal' in target) {
            runner.warning(`${target.refusal} No comment was posted.`);
            return undefined;
        }
        const result = resultFromReport(report);
        const render = (0,links/* renderContextFromEnv */.N)({ ...process.env, GITHUB_RUN_ID: String(run.id) }, result.policyPath);
        await (0,publish/* writeJobSummary */.j)((0,comment/* renderSummaryDoc */.Vv)(result, render));
        const doc = (0,comment/* renderCommentDoc */.A1)(result, render);
        const fitted = (limit) => (0,truncate/* fitComment */.pI)(doc, limit, { runUrl: render.runUrl });
        const posted = await (0,comments/* upsertStickyComment */.qD)(client, {
            ...where,
            issueNumber: target.number,
            body: fitted(truncate/* COMMENT_LIMIT */.W$),
            modelKey: result.modelKey,
            identity: await (0,identity/* tokenIdentity */.sX)(client),
            headSha: result.headSha,
            shorten: (sent) => fitted(Math.floor((0,truncate/* commentLength */._p)(sent) / 2)),
            log: (message) => runner.info((0,log_text/* logSafe */.s)(message)),
        });
        const what = posted.action === 'skipped' ? `kept (it holds a newer result: ${posted.reason})` : posted.action;
        runner.info((0,log_text/* logSafe */.s)(`PR comment on #${target.number} ${what}, from the report of run ${run.id}: ${posted.url}`));
        return posted.url;
    }
    catch (err) {
        if (!isPermission(err))
            throw new Error(`Could not post the PR comment from the report: ${(0,http_error/* errorMessage */.g)(err)}`, { cause: err });
        runner.warning(`Could not post the PR comment (${(0,http_error/* errorMessage */.g)(err)}): the token lacks permission. ` +
            'Give the `workflow_run` workflow `pull-requests: write` (see docs/forks.md).');
        return undefined;
    }
}
/**
 * The action with the `report` input: posts the PR comment from a report written by a model-gate
 * run, in a `workflow_run` run. Outputs the report's verdict and failed count; the exit status is 0
 * unless the event or the report is unusable or posting fails for a reason other than permission
 * (the PR's check status comes from the run that wrote the report).
 */
async function commentFromReport(inputs, reportPath) {
    let verdict = 'error';
    let failed = 0;
    let models = '[]';
    let url;
    try {
        const eventName = process.env.GITHUB_EVENT_NAME ?? '';
        if (eventName !== 'workflow_run') {
            throw new Error(`The \`report\` input posts the comment from a \`workflow_run\` run (see docs/forks.md); this is a \`${eventName || 'manual'}\` run. ` +
                'Remove the input to run the gate itself.');
        }
        const payload = await (0,event_file/* readEventPayload */.N)();
        const { owner, repo } = (0,github_event/* eventContext */.W)(eventName, payload, process.env);
        const run = workflowRunOf(payload, owner, repo);
        const report = await readReport(reportPath);
        verdict = report.verdict;
        failed = report.failed;
        models = (0,models_output/* modelsOutput */.Q)(resultFromReport(report));
        url = await from_report_publish(inputs, { owner, repo }, run, report);
    }
    catch (err) {
        const tail = err instanceof InvalidReport ? ' It is not trusted: no comment was posted.' : '';
        runner.setFailed(`model-gate: ${(0,http_error/* errorMessage */.g)(err)}${tail}`);
    }
    finally {
        runner.setOutput('verdict', verdict);
        runner.setOutput('failed', String(failed));
        runner.setOutput('report', reportPath);
        runner.setOutput('models', models);
        runner.setOutput('comment-url', url ?? '');
    }
}


/***/ })

};
