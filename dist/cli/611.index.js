export const id = 611;
export const ids = [611];
export const modules = {

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   METRICS_USAGE: () => (/* binding */ METRICS_USAGE),
/* harmony export */   metricsCommand: () => (/* binding */ metricsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _gate_log_text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5013);
/* harmony import */ var _metrics_formats_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1132);
/* harmony import */ var _sources_workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2339);
/**
 * `model-gate metrics FILE|DIR [--format F] [--json]`: lists every metric a file (or an MLflow
 * run directory) yields, so a user can see what names to gate on.
 */






const METRICS_USAGE = `Usage: model-gate metrics FILE|DIR [--format F] [--json]

Lists every metric FILE (or an MLflow run directory) yields: name, value, and n/stderr when known.

Options:
  --format F   read as this format instead of detecting it (${_metrics_formats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FORMAT_NAMES */ .BU.join(', ')})
  --json       print {"format": ..., "metrics": {name: {value, n?, stderr?}}}
  -C DIR       paths are relative to DIR`;
/** Runs the metrics command on its own arguments (after `metrics`); resolves to the exit status. */
async function metricsCommand(argv, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                json: { type: 'boolean' },
                C: { type: 'string', short: 'C' },
                help: { type: 'boolean', short: 'h' },
            },
        }));
    }
    catch (err) {
        io.stderr(`model-gate metrics: ${err.message}\n${METRICS_USAGE}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout(METRICS_USAGE + '\n');
        return 0;
    }
    if (positionals.length !== 1) {
        io.stderr(`model-gate metrics: expected one FILE or DIR, got ${positionals.length}\n${METRICS_USAGE}\n`);
        return 2;
    }
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.C ?? '.');
    const path = positionals[0];
    const source = (0,_sources_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .workspaceSource */ .$)(root);
    try {
        const read = await (0,_metrics_formats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readMetricsPath */ .JU)(path, { read: (p) => source.read(p, 'metrics'), list: (dir) => (0,_metrics_formats_index_js__WEBPACK_IMPORTED_MODULE_3__/* .listDirectory */ .KG)(root, dir) }, { format: values.format });
        if (!read) {
            io.stderr(`model-gate metrics: ${(0,_gate_log_text_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .s)(path)}: no such file or directory (relative to ${root})\n`);
            return 2;
        }
        if (values.json) {
            const metrics = Object.create(null);
            for (const [name, metric] of read.metrics)
                metrics[name] = jsonMetric(metric);
            io.stdout(JSON.stringify({ format: read.format, ...(read.provenance ? { provenance: read.provenance } : {}), metrics }, jsonNumbers, 2) +
                '\n');
        }
        else
            io.stdout((0,_gate_log_text_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .s)(table(read.format, read.metrics, read.provenance?.description)));
        return 0;
    }
    catch (err) {
        io.stderr(`model-gate metrics: ${(0,_gate_log_text_js__WEBPACK_IMPORTED_MODULE_5__/* .logSafe */ .s)(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GateError */ .u ? err.message : err.message)}\n`);
        return 2;
    }
}
function jsonMetric(metric) {
    const out = { value: metric.value };
    if (metric.n !== undefined)
        out.n = metric.n;
    if (metric.stderr !== undefined)
        out.stderr = metric.stderr;
    if (metric.ci !== undefined)
        out.ci = metric.ci;
    if (metric.unit !== undefined)
        out.unit = metric.unit;
    if (metric.better !== undefined)
        out.better = metric.better;
    return out;
}
/** NaN and ±Infinity have no JSON form: printed as the strings Python's json module would write. */
function jsonNumbers(_key, value) {
    if (typeof value === 'number' && !Number.isFinite(value))
        return Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    return value;
}
function table(format, metrics, description) {
    const rows = [...metrics].map(([name, m]) => [
        visible(name),
        m.value === null ? '(no value)' : visible(String(m.value)),
        m.n === undefined ? '' : String(m.n),
        m.stderr === undefined ? '' : String(m.stderr),
        m.better ?? '',
    ]);
    const header = ['metric', 'value', 'n', 'stderr', 'better'];
    const used = header.map((_, i) => i < 2 || rows.some((r) => r[i] !== ''));
    const all = [header, ...rows].map((r) => r.filter((_, i) => used[i]));
    const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
    const lines = all.map((r) => r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd());
    const title = `${metrics.size} ${metrics.size === 1 ? 'metric' : 'metrics'} (format: ${format}${description ? `; ${description}` : ''})`;
    return [title, ...lines].join('\n') + '\n';
}
/** A cell on one line: control and line-separator characters shown as `\uXXXX`, so a name cannot forge table lines. */
function visible(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
