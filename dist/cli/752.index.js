export const id = 752;
export const ids = [752];
export const modules = {

/***/ 2752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJUnit: () => (/* binding */ renderJUnit)
/* harmony export */ });
/* unused harmony exports xmlText, xmlAttr */
/* harmony import */ var _core_verdict_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9478);

/** The JUnit XML document for a run. */
function renderJUnit(result) {
    const suites = result.evaluations.map(suite);
    const totals = suites.reduce((t, s) => ({
        tests: t.tests + s.tests,
        failures: t.failures + s.failures,
        errors: t.errors + s.errors,
        skipped: t.skipped + s.skipped,
    }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="model-gate" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
        '',
    ].join('\n');
}
function suite(evaluation) {
    const cases = [
        ...evaluation.checks.map((c) => checkCase(evaluation.model, c)),
        ...evaluation.problems.map((p, i) => problemCase(evaluation.model, p, i)),
    ];
    const count = (kind) => cases.filter((c) => c.outcome === kind).length;
    const properties = [
        ['verdict', evaluation.verdict],
        ['mode', evaluation.mode],
        ['policy', evaluation.policy.path],
        ['baseline', evaluation.baseline.sha ?? evaluation.baseline.source],
    ]
        .filter((p) => p[1] !== undefined)
        .map(([name, value]) => `      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`);
    const head = `  <testsuite name="${xmlAttr(`model-gate: ${evaluation.model}`)}" tests="${cases.length}" failures="${count('failure')}" errors="${count('error')}" skipped="${count('skipped')}">`;
    return {
        xml: [head, '    <properties>', ...properties, '    </properties>', ...cases.map((c) => c.xml), '  </testsuite>'].join('\n'),
        tests: cases.length,
        failures: count('failure'),
        errors: count('error'),
        skipped: count('skipped'),
    };
}
function testcase(model, group, name, body, location) {
    const where = location ? ` file="${xmlAttr(location.file)}"${location.line !== undefined ? ` line="${location.line}"` : ''}` : '';
    const open = `    <testcase classname="${xmlAttr(`model-gate.${model}.${group}`)}" name="${xmlAttr(name)}"${where}`;
    return body.length === 0 ? `${open}/>` : [`${open}>`, ...body.map((b) => `      ${b}`), '    </testcase>'].join('\n');
}
function checkCase(model, check) {
    const details = [
        check.message,
        `Rule: ${check.rule}`,
        ...(check.baseline !== undefined ? [`Baseline: ${String(check.baseline)}`] : []),
        ...(check.candidate !== undefined ? [`Candidate: ${String(check.candidate)}`] : []),
    ].join('\n');
    let outcome = 'pass';
    const body = [];
    if ((0,_core_verdict_js__WEBPACK_IMPORTED_MODULE_0__/* .blocksMerge */ .DH)(check)) {
        outcome = 'failure';
        body.push(`<failure message="${xmlAttr(check.message)}" type="${xmlAttr(check.kind)}">${xmlText(details)}</failure>`);
    }
    else if (check.status === 'skip' || check.status === 'not_evaluated') {
        outcome = 'skipped';
        body.push(`<skipped message="${xmlAttr(check.message)}"/>`);
    }
    else if (check.status === 'warn' || check.status === 'fail' || check.status === 'inconclusive') {
        body.push(`<system-out>${xmlText(`${check.status === 'inconclusive' ? 'inconclusive' : 'warning'}: ${details}`)}</system-out>`);
    }
    return { outcome, xml: testcase(model, check.kind, check.id, body, check.location) };
}
function problemCase(model, problem, i) {
    const details = problem.fix ? `${problem.message}\nFix: ${problem.fix}` : problem.message;
    const body = [`<error message="${xmlAttr(problem.message)}" type="input">${xmlText(details)}</error>`];
    return {
        outcome: 'error',
        xml: testcase(model, 'problem', `problem ${i + 1}: ${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}`, body, problem),
    };
}
/**
 * Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline and carriage
 * return, lone surrogates, U+FFFE/U+FFFF): shown as `\uXXXX` text instead.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function visible(value) {
    return value.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Element text: `&`, `<`, `>` escaped (`>` too, so `]]>` cannot appear). */
function xmlText(value) {
    return visible(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
/** An attribute value in double quotes: also `"` and `'`, and tab/newline/CR as references so they survive normalisation. */
function xmlAttr(value) {
    return xmlText(value).replace(/["'\t\n\r]/g, (c) => (c === '"' ? '&quot;' : c === "'" ? '&apos;' : `&#${c.charCodeAt(0)};`));
}


/***/ })

};
