export const id = 61;
export const ids = [61];
export const modules = {

/***/ 1442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ajv: () => (/* reexport safe */ ajv__WEBPACK_IMPORTED_MODULE_0__.Ajv),
/* harmony export */   Ajv2020: () => (/* reexport safe */ ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * ajv's schema compilers, in a module of their own so that `import()` of it (custom-schema.ts
 * `loadSchemaCompilers`) keeps ajv out of the bundles' start-up code and gets the same named
 * exports a static import does.
 */




/***/ })

};
