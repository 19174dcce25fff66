export const id = 982;
export const ids = [982];
export const modules = {

/***/ 5982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_LOCATED_BYTES: () => (/* binding */ MAX_LOCATED_BYTES),
/* harmony export */   metricLines: () => (/* binding */ metricLines)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_metric_path_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8255);
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2636);
/**
 * The line of a metric in the candidate metrics file, for check-run annotations: the workspace
 * copy of a JSON or YAML metrics file is parsed again with positions, and a metric's name (a dot
 * path, see core/metric-path.ts) is located in it. Other formats (lm-eval, CSV, MLflow) name
 * metrics differently from their file's keys: their metrics get no line.
 */




/** Larger metrics files are not parsed again for annotation lines. */
const MAX_LOCATED_BYTES = 4 * 1024 * 1024;
/**
 * A MetricLine over the workspace at `root` for the result's candidate files (read from the
 * workspace, `.json`, `.yaml` or `.yml`, at most MAX_LOCATED_BYTES). Never throws: a file that
 * cannot be read or parsed gives no lines.
 */
async function metricLines(root, result) {
    const located = new Map();
    for (const ev of result.evaluations) {
        const path = ev.candidate.path;
        if (ev.candidate.source !== 'workspace' || !path || !/\.(?:json|ya?ml)$/i.test(path) || located.has(ev.model))
            continue;
        try {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file)).size > MAX_LOCATED_BYTES)
                continue;
            located.set(ev.model, (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYaml */ .hN)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'), path));
        }
        catch {
            continue;
        }
    }
    return (model, metric) => {
        const doc = located.get(model);
        if (!doc)
            return undefined;
        const segments = (0,_core_metric_path_js__WEBPACK_IMPORTED_MODULE_3__/* .splitPath */ .Uf)(metric);
        return (doc.locate(segments) ?? doc.locate(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s))))?.line;
    };
}


/***/ })

};
