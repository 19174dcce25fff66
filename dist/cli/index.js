#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2210:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
const core_1 = __nccwpck_require__(3893);
const draft2020_1 = __nccwpck_require__(4298);
const discriminator_1 = __nccwpck_require__(8886);
const json_schema_2020_12_1 = __nccwpck_require__(3995);
const META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
class Ajv2020 extends core_1.default {
    constructor(opts = {}) {
        super({
            ...opts,
            dynamicRef: true,
            next: true,
            unevaluated: true,
        });
    }
    _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
            return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv2020 = Ajv2020;
module.exports = exports = Ajv2020;
module.exports.Ajv2020 = Ajv2020;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv2020;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=2020.js.map

/***/ }),

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 3995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const metaSchema = __nccwpck_require__(1678);
const applicator = __nccwpck_require__(7216);
const unevaluated = __nccwpck_require__(9547);
const content = __nccwpck_require__(8226);
const core = __nccwpck_require__(518);
const format = __nccwpck_require__(4588);
const metadata = __nccwpck_require__(5707);
const validation = __nccwpck_require__(7082);
const META_SUPPORT_DATA = ["/properties"];
function addMetaSchema2020($data) {
    ;
    [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation),
    ].forEach((sch) => this.addMetaSchema(sch, undefined, false));
    return this;
    function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
    }
}
exports["default"] = addMetaSchema2020;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentSchemas",
    type: "object",
    schemaType: "object",
    code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentSchemas.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const dynamic_1 = __nccwpck_require__(9923);
const next_1 = __nccwpck_require__(7844);
const unevaluated_1 = __nccwpck_require__(2010);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft2020Vocabularies = [
    dynamic_1.default,
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(true),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
    next_1.default,
    unevaluated_1.default,
];
exports["default"] = draft2020Vocabularies;
//# sourceMappingURL=draft2020.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 8639:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicAnchor = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicAnchor",
    schemaType: "string",
    code: (cxt) => dynamicAnchor(cxt, cxt.schema),
};
function dynamicAnchor(cxt, anchor) {
    const { gen, it } = cxt;
    it.schemaEnv.root.dynamicAnchors[anchor] = true;
    const v = (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
    const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
    gen.if((0, codegen_1._) `!${v}`, () => gen.assign(v, validate));
}
exports.dynamicAnchor = dynamicAnchor;
function _getValidate(cxt) {
    const { schemaEnv, schema, self } = cxt.it;
    const { root, baseId, localRefs, meta } = schemaEnv.root;
    const { schemaId } = self.opts;
    const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
    compile_1.compileSchema.call(self, sch);
    return (0, ref_1.getValidate)(cxt, sch);
}
exports["default"] = def;
//# sourceMappingURL=dynamicAnchor.js.map

/***/ }),

/***/ 5065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dynamicRef = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const ref_1 = __nccwpck_require__(2996);
const def = {
    keyword: "$dynamicRef",
    schemaType: "string",
    code: (cxt) => dynamicRef(cxt, cxt.schema),
};
function dynamicRef(cxt, ref) {
    const { gen, keyword, it } = cxt;
    if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
    const anchor = ref.slice(1);
    if (it.allErrors) {
        _dynamicRef();
    }
    else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
    }
    function _dynamicRef(valid) {
        // TODO the assumption here is that `recursiveRef: #` always points to the root
        // of the schema object, which is not correct, because there may be $id that
        // makes # point to it, and the target schema may not contain dynamic/recursiveAnchor.
        // Because of that 2 tests in recursiveRef.json fail.
        // This is a similar problem to #815 (`$id` doesn't alter resolution scope for `{ "$ref": "#" }`).
        // (This problem is not tested in JSON-Schema-Test-Suite)
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
            const v = gen.let("_v", (0, codegen_1._) `${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
            gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        }
        else {
            _callRef(it.validateName, valid)();
        }
    }
    function _callRef(validate, valid) {
        return valid
            ? () => gen.block(() => {
                (0, ref_1.callRef)(cxt, validate);
                gen.let(valid, true);
            })
            : () => (0, ref_1.callRef)(cxt, validate);
    }
}
exports.dynamicRef = dynamicRef;
exports["default"] = def;
//# sourceMappingURL=dynamicRef.js.map

/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const dynamicRef_1 = __nccwpck_require__(5065);
const recursiveAnchor_1 = __nccwpck_require__(9982);
const recursiveRef_1 = __nccwpck_require__(1794);
const dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
exports["default"] = dynamic;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicAnchor_1 = __nccwpck_require__(8639);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$recursiveAnchor",
    schemaType: "boolean",
    code(cxt) {
        if (cxt.schema)
            (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
            (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
    },
};
exports["default"] = def;
//# sourceMappingURL=recursiveAnchor.js.map

/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dynamicRef_1 = __nccwpck_require__(5065);
const def = {
    keyword: "$recursiveRef",
    schemaType: "string",
    code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema),
};
exports["default"] = def;
//# sourceMappingURL=recursiveRef.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 7844:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependentRequired_1 = __nccwpck_require__(643);
const dependentSchemas_1 = __nccwpck_require__(3818);
const limitContains_1 = __nccwpck_require__(3907);
const next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
exports["default"] = next;
//# sourceMappingURL=next.js.map

/***/ }),

/***/ 2010:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const unevaluatedProperties_1 = __nccwpck_require__(6855);
const unevaluatedItems_1 = __nccwpck_require__(4144);
const unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
exports["default"] = unevaluated;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4144:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "unevaluatedItems",
    type: "array",
    schemaType: ["boolean", "object"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
            return;
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        if (schema === false) {
            cxt.setParams({ len: items });
            cxt.fail((0, codegen_1._) `${len} > ${items}`);
        }
        else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items}`);
            gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
            cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
            gen.forRange("i", from, len, (i) => {
                cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
                if (!it.allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedItems.js.map

/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const error = {
    message: "must NOT have unevaluated properties",
    params: ({ params }) => (0, codegen_1._) `{unevaluatedProperty: ${params.unevaluatedProperty}}`,
};
const def = {
    keyword: "unevaluatedProperties",
    type: "object",
    schemaType: ["boolean", "object"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
            gen.if((0, codegen_1._) `${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        }
        else if (props !== true) {
            gen.forIn("key", data, (key) => props === undefined
                ? unevaluatedPropCode(key)
                : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
            if (schema === false) {
                cxt.setParams({ unevaluatedProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (!(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                cxt.subschema({
                    keyword: "unevaluatedProperties",
                    dataProp: key,
                    dataPropType: util_1.Type.Str,
                }, valid);
                if (!allErrors)
                    gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
            return (0, codegen_1._) `!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
            const ps = [];
            for (const p in evaluatedProps) {
                if (evaluatedProps[p] === true)
                    ps.push((0, codegen_1._) `${key} !== ${p}`);
            }
            return (0, codegen_1.and)(...ps);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=unevaluatedProperties.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dependencies_1 = __nccwpck_require__(5826);
const def = {
    keyword: "dependentRequired",
    type: "object",
    schemaType: "object",
    error: dependencies_1.error,
    code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt),
};
exports["default"] = def;
//# sourceMappingURL=dependentRequired.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 3907:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["maxContains", "minContains"],
    type: "array",
    schemaType: "number",
    code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === undefined) {
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=limitContains.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1654);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1654:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/gate/links.ts
/**
 * Links for the comment (commit and run links) from the runner's environment. The Action and the
 * CLI both use this, so the CLI's `--markdown` is byte for byte what the Action would post when
 * run in the same job.
 */
function renderContextFromEnv(env, policyPath) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const repository = env.GITHUB_REPOSITORY;
    const runId = env.GITHUB_RUN_ID;
    return {
        policyPath,
        repoUrl: repository ? `${server}/${repository}` : undefined,
        runUrl: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined
    };
}

;// CONCATENATED MODULE: ./src/gate/log-text.ts
/**
 * Repository text bound for a log (the Action's log lines, the CLI's output inside a CI step).
 * The GitHub runner reads a line whose first non-blank characters are `::` as a workflow command
 * (`::error::`, `::add-mask::`, `::stop-commands::`…), and the legacy form `##[command]` anywhere
 * in a line. Neither may be started by text from the repository.
 */
/** U+2060 WORD JOINER: invisible, not whitespace to the runner, and it splits the two markers. */
const JOINER = '\u2060';
/** `::` after only blanks at a line start (the runner trims .NET whitespace, which includes NEL). */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/gm;
const LEGACY_COMMAND = /#(?=#\[)/g;
/**
 * The text with every workflow-command opening broken by an invisible joiner: a line-leading `::`
 * becomes `:⁠:`, any `##[` becomes `#⁠#[`. Line breaks are kept; everything else is unchanged.
 */
function logSafe(text) {
    return text.replace(LEADING_COMMAND, `$1:${JOINER}`).replace(LEGACY_COMMAND, `#${JOINER}`);
}

;// CONCATENATED MODULE: ./src/core/metric-path.ts
/**
 * Metric names are dot paths. A dot that belongs to a key is escaped as `\.`, a backslash that
 * belongs to a key as `\\`; a backslash before any other character is kept as written. In a gate
 * pattern a segment that is exactly `*` matches any one segment.
 */
const WILDCARD = '*';
/** Splits a metric name or pattern into its segments, resolving `\.` and `\\` escapes. */
function splitPath(name) {
    const segments = [];
    let current = '';
    for (let i = 0; i < name.length; i++) {
        const ch = name[i];
        const next = name[i + 1];
        if (ch === '\\' && (next === '.' || next === '\\')) {
            current += next;
            i++;
        }
        else if (ch === '.') {
            segments.push(current);
            current = '';
        }
        else {
            current += ch;
        }
    }
    segments.push(current);
    return segments;
}
/** Joins segments into a metric name, escaping `\` and `.` inside each segment. */
function joinPath(segments) {
    return segments.map((s) => s.replace(/[\\.]/g, (ch) => `\\${ch}`)).join('.');
}
/** True when the pattern has a whole `*` segment. */
function isWildcard(pattern) {
    return splitPath(pattern).includes(WILDCARD);
}
/**
 * The names that a gate pattern matches, in the iteration order of `names`, without duplicates.
 * `*` matches exactly one segment; every other segment must be equal after resolving escapes,
 * so a literal pattern matches only names that spell the same path.
 */
function matchPattern(pattern, names) {
    return new MetricIndex(names).match(pattern);
}
/**
 * The names of a metrics set (candidate and baseline), split once, so that each gate resolves in
 * time proportional to the names it could match rather than to every name: a literal pattern is
 * one map look-up, a wildcard scans only the names with as many segments.
 */
class MetricIndex {
    byCanonical = new Map();
    byLength = new Map();
    constructor(names) {
        for (const name of names) {
            const segments = splitPath(name);
            const canonical = joinPath(segments);
            if (this.byCanonical.has(canonical))
                continue;
            this.byCanonical.set(canonical, name);
            const bucket = this.byLength.get(segments.length) ?? [];
            bucket.push({ name, segments });
            this.byLength.set(segments.length, bucket);
        }
    }
    /** The names `pattern` matches, in the order they were given, each path once. */
    match(pattern) {
        const want = splitPath(pattern);
        if (!want.includes(WILDCARD)) {
            const name = this.byCanonical.get(joinPath(want));
            return name === undefined ? [] : [name];
        }
        return (this.byLength.get(want.length) ?? [])
            .filter(({ segments }) => want.every((segment, i) => segment === WILDCARD || segment === segments[i]))
            .map(({ name }) => name);
    }
}

;// CONCATENATED MODULE: ./src/core/numbers.ts
/**
 * Number comparisons that binary floating-point rounding cannot flip, and compact number words.
 *
 * Tolerance: two quantities compare as equal when they differ by at most RELATIVE_TOLERANCE times
 * the largest magnitude involved in the comparison (both operands plus any values they were
 * computed from). A subtraction or percentage of doubles is off by a few units in the last place
 * (~1e-16 relative); 1e-9 covers that with a wide margin while staying far below any difference
 * that means something for a metric. There is no absolute floor, so metrics that live at tiny
 * scales (a loss of 1e-12) still compare at their own scale, and exact zeros compare exactly.
 * Example: 0.915 → 0.905 is a drop of 0.010000000000000009, which is "at most 0.01".
 */
const RELATIVE_TOLERANCE = 1e-9;
/** True for a number that is not NaN or ±Infinity. */
function isFiniteNumber(v) {
    return typeof v === 'number' && Number.isFinite(v);
}
/** The allowed slack for a comparison of values of the given magnitudes. */
function tolerance(...magnitudes) {
    return RELATIVE_TOLERANCE * Math.max(0, ...magnitudes.map(Math.abs));
}
/** a ≤ b, tolerant of rounding; `context` lists values a or b were computed from. */
function atMost(a, b, ...context) {
    return a <= b + tolerance(a, b, ...context);
}
/** a ≥ b, tolerant of rounding; `context` lists values a or b were computed from. */
function atLeast(a, b, ...context) {
    return a >= b - tolerance(a, b, ...context);
}
/** a > b by more than rounding noise; `context` lists values a or b were computed from. */
function exceeds(a, b, ...context) {
    return a > b + tolerance(a, b, ...context);
}
/**
 * A number in words: integers as they are, other values with up to `digits` significant digits
 * and no trailing zeros (0.30000000000000004 → `0.3`).
 */
function formatNumber(v, digits = 6) {
    if (!Number.isFinite(v))
        return String(v);
    if (Number.isInteger(v) && Math.abs(v) < 1e15)
        return String(v);
    return String(Number(v.toPrecision(digits)));
}
/**
 * Two numbers in words, with just enough digits that different values never read the same
 * (0.8999999 vs 0.9 is not shown as `0.9` vs `0.9`).
 */
function formatDistinct(a, b) {
    for (let digits = 6; digits < 17; digits++) {
        const pair = [formatNumber(a, digits), formatNumber(b, digits)];
        if (a === b || pair[0] !== pair[1])
            return pair;
    }
    return [formatNumber(a, 17), formatNumber(b, 17)];
}
/** A percentage in words: two significant digits below 100 (`3.7%`, `27%`), whole above. */
function formatPercent(p) {
    const magnitude = Math.abs(p);
    const text = magnitude >= 100 ? String(Math.round(p)) : String(Number(p.toPrecision(2)));
    return `${text}%`;
}

;// CONCATENATED MODULE: ./src/parse/mapping.ts
/**
 * Parsed mappings are either null-prototype objects (what JSON Schema validation reads) or Maps
 * (which keep file order even for integer-like keys). Neither lets a `__proto__` or `constructor`
 * key reach Object.prototype; these helpers read both kinds the same way.
 */
function newMapping(kind) {
    return kind === 'map' ? new Map() : Object.create(null);
}
/** Sets an own entry; on a null-prototype object `__proto__` is an ordinary key. */
function setMapping(mapping, key, value) {
    if (mapping instanceof Map)
        mapping.set(key, value);
    else
        Object.defineProperty(mapping, key, { value, enumerable: true, writable: true, configurable: true });
}
/** True for a Map or a non-array object: a YAML/JSON mapping. */
function isMapping(value) {
    return value instanceof Map || (typeof value === 'object' && value !== null && !Array.isArray(value));
}
/** An own entry of a mapping (never an inherited one such as `constructor`). */
function getOwn(mapping, key) {
    if (mapping instanceof Map)
        return mapping.get(key);
    return Object.prototype.hasOwnProperty.call(mapping, key) ? mapping[key] : undefined;
}
/** True when the mapping has its own entry `key`. */
function hasOwn(mapping, key) {
    return mapping instanceof Map ? mapping.has(key) : Object.prototype.hasOwnProperty.call(mapping, key);
}

;// CONCATENATED MODULE: ./src/metrics/model-index.ts
/**
 * The results a Hugging Face card publishes in its front matter's `model-index`, walked once for
 * both the card-vs-metrics declaration check and the card as a metrics file. Malformed parts
 * (a result that is not a mapping, metrics that are not a list) are passed over.
 */


/** Every metric entry of every result of every model in `model-index`, in file order. */
function modelIndexEntries(modelIndex) {
    if (!Array.isArray(modelIndex))
        return [];
    return modelIndex.flatMap((model, i) => {
        const results = isMapping(model) ? getOwn(model, 'results') : undefined;
        if (!Array.isArray(results))
            return [];
        const modelName = field(model, 'name');
        return results.flatMap((result, j) => {
            if (!isMapping(result))
                return [];
            const metrics = getOwn(result, 'metrics');
            if (!Array.isArray(metrics))
                return [];
            const task = getOwn(result, 'task');
            const dataset = getOwn(result, 'dataset');
            const context = {
                model: modelName,
                taskType: field(task, 'type'),
                datasetType: field(dataset, 'type'),
                datasetName: field(dataset, 'name'),
                datasetConfig: field(dataset, 'config'),
                datasetSplit: field(dataset, 'split'),
            };
            return metrics.flatMap((metric, k) => {
                if (!isMapping(metric))
                    return [];
                return [{ path: `model-index.${i}.results.${j}.metrics.${k}`, ...context, metricType: field(metric, 'type'), metricName: field(metric, 'name'), value: getOwn(metric, 'value') }];
            });
        });
    });
}
/** Which evaluation an entry reports: two entries with different contexts are different numbers. */
function evaluationContext(entry) {
    return JSON.stringify([entry.taskType, entry.datasetType, entry.datasetName, entry.datasetConfig, entry.datasetSplit]);
}
/**
 * A readable metric name for every entry, unique within the card. Each entry takes the first of
 * these forms that no other entry shares (segments left out when the card does not write them):
 * `<dataset.type>.<metric>`, `<dataset.type>.<config>.<metric>`,
 * `<dataset.type>.<config>.<split>.<metric>`, `<dataset.type>.<dataset.name>.<config>.<split>.<metric>`,
 * then with `<task.type>.` in front, then with the model's name in front; `<metric>` is the
 * metric's `type`, else its `name`. Entries that stay indistinguishable are named by their
 * position (`model-index.0.results.3.metrics.0`): ambiguous names are never merged.
 */
function modelIndexNames(entries) {
    const ladders = entries.map(ladder);
    const names = entries.map(() => undefined);
    const depth = Math.max(0, ...ladders.map((l) => l.length));
    for (let rung = 0; rung < depth; rung++) {
        const counts = new Map();
        ladders.forEach((l, i) => {
            if (names[i] !== undefined)
                return;
            const name = l[Math.min(rung, l.length - 1)];
            counts.set(name, (counts.get(name) ?? 0) + 1);
        });
        const taken = new Set(names.filter((n) => n !== undefined));
        ladders.forEach((l, i) => {
            if (names[i] !== undefined)
                return;
            const name = l[Math.min(rung, l.length - 1)];
            if (counts.get(name) === 1 && !taken.has(name))
                names[i] = name;
        });
    }
    return names.map((name, i) => name ?? entries[i].path);
}
function ladder(e) {
    const metric = e.metricType ?? e.metricName ?? 'value';
    const d = e.datasetType ?? e.datasetName ?? 'dataset';
    const forms = [
        [d],
        [d, e.datasetConfig],
        [d, e.datasetConfig, e.datasetSplit],
        [d, e.datasetName, e.datasetConfig, e.datasetSplit],
        [e.taskType, d, e.datasetName, e.datasetConfig, e.datasetSplit],
        [e.model, e.taskType, d, e.datasetName, e.datasetConfig, e.datasetSplit],
    ];
    const out = [];
    for (const form of forms) {
        const segments = form.filter((s, i) => s !== undefined && !(i > 0 && s === form[i - 1]));
        const name = joinPath([...dedupe(segments), metric]);
        if (out[out.length - 1] !== name)
            out.push(name);
    }
    return out;
}
function dedupe(segments) {
    return segments.filter((s, i) => segments.indexOf(s) === i);
}
function field(holder, key) {
    const v = isMapping(holder) ? getOwn(holder, key) : undefined;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

;// CONCATENATED MODULE: ./src/declarations/messages.ts
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
        location: { file: doc.file, line }
    };
    if (input.fix)
        check.fix = input.fix;
    return check;
}
/** The line of `path`, else of its nearest parent that exists, else 1. */
function lineFor(doc, path) {
    const segments = splitPath(path);
    for (let n = segments.length; n > 0; n--) {
        const line = doc.lineOf(joinPath(segments.slice(0, n)));
        if (line !== undefined)
            return line;
    }
    return 1;
}
const ORDER = { fail: 0, warn: 1, not_evaluated: 2, skip: 3, pass: 4 };
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
    if (!candidate || gatedMetrics.length === 0 || !isMapping(data))
        return [];
    const gated = new Map(gatedMetrics.map((name) => [canonical(name), name]));
    const byMetric = new Map();
    for (const entry of cardMetrics(getOwn(data, 'model-index'))) {
        const key = entry.keys.find((k) => gated.has(k));
        if (key === undefined)
            continue;
        const name = gated.get(key);
        byMetric.set(name, [...(byMetric.get(name) ?? []), entry]);
    }
    const checks = [];
    for (const [name, entries] of byMetric) {
        const value = lookup(candidate, name);
        if (!isFiniteNumber(value))
            continue;
        if (new Set(entries.map((e) => e.context)).size > 1)
            checks.push(ambiguous(doc, name, entries));
        else
            checks.push(...entries.map((entry) => compare(doc, name, value, entry)));
    }
    return failuresFirst(checks);
}
/**
 * Every metric entry of `model-index` (src/metrics/model-index.ts), with the keys it could be known
 * by: first the name unique within the card (what `model-gate metrics` lists for it), then the
 * looser forms, which several entries may share.
 */
function cardMetrics(modelIndex) {
    const entries = modelIndexEntries(modelIndex);
    const unique = modelIndexNames(entries);
    return entries.map((entry, i) => {
        const keys = [unique[i]];
        for (const own of [entry.metricType, entry.metricName]) {
            if (own === undefined)
                continue;
            for (const prefix of [entry.datasetType, entry.taskType])
                if (prefix !== undefined)
                    keys.push(`${joinPath([prefix])}.${own}`);
        }
        for (const own of [entry.metricType, entry.metricName])
            if (own !== undefined)
                keys.push(own);
        return { path: entry.path, value: entry.value, keys: keys.map(canonical), context: evaluationContext(entry), unique: unique[i] };
    });
}
function compare(doc, name, candidate, entry) {
    const field = `${entry.path}.value`;
    const extra = { metric: name, candidate };
    const shownCandidate = formatNumber(candidate);
    if (!isFiniteNumber(entry.value)) {
        const shown = entry.value === undefined ? 'is missing' : `is ${describe(entry.value)}, not a number`;
        return {
            ...declarationCheck({
                field,
                status: 'fail',
                message: `\`${field}\` (the card's \`${name}\`) ${shown}; the candidate has ${shownCandidate}.`,
                fix: `write the candidate's number, e.g. \`value: ${shownCandidate}\` on line ${lineFor(doc, field)}.`,
                doc,
                rule: RULE
            }),
            ...extra
        };
    }
    const card = entry.value;
    const text = writtenText(doc, field, card);
    const agreement = agreesWithin(card, text, candidate);
    if (agreement) {
        const how = agreement === 'percent' ? ' (the card gives it in percent)' : '';
        return {
            ...declarationCheck({ field, status: 'pass', message: `\`${field}\` (${text}) matches the candidate's \`${name}\` (${shownCandidate})${how}.`, doc, rule: RULE }),
            ...extra
        };
    }
    const inPercent = Math.abs(card) > 1 && Math.abs(candidate) <= 1 && Math.abs(card - 100 * candidate) < Math.abs(card - candidate);
    const suggestion = inPercent ? formatNumber(100 * candidate) : shownCandidate;
    return {
        ...declarationCheck({
            field,
            status: 'fail',
            message: `\`${field}\` publishes ${text} for \`${name}\`, but the candidate has ${shownCandidate}${inPercent ? ` (${suggestion}%)` : ''}: the card is stale.`,
            fix: `update the card to the candidate's value: \`value: ${suggestion}\` on line ${lineFor(doc, field)}.`,
            doc,
            rule: RULE
        }),
        ...extra
    };
}
function ambiguous(doc, name, entries) {
    const first = entries[0];
    const field = `${first.path}.value`;
    const lines = entries.map((e) => lineFor(doc, `${e.path}.value`)).join(', ');
    const names = entries.map((e) => `\`${e.unique}\``);
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
    return {
        ...declarationCheck({
            field,
            id: `declaration:model-index:${name}`,
            status: 'warn',
            severity: 'warn',
            message: `\`${field}\` and ${entries.length - 1} other ${entries.length === 2 ? 'result' : 'results'} in \`model-index\` name the gated metric \`${name}\` for different evaluations (lines ${lines}), so model-gate cannot tell which one the candidate's \`${name}\` is; they were not compared.`,
            fix: `give each evaluation its own metric name in the metrics file and the policy, e.g. ${shown} (one per result; \`model-gate metrics ${doc.file}\` lists them), or keep one result for \`${name}\` in the card.`,
            doc,
            rule: RULE
        }),
        metric: name
    };
}
/**
 * `plain` when the values agree within the rounding of the card's written value, `percent` when the
 * card gives a 0..1 candidate in percent, undefined when the card is stale.
 */
function agreesWithin(card, cardText, candidate) {
    const cardHalf = halfUnit(decimalsOf(cardText) ?? decimalsOf(String(card)) ?? 0);
    if (atMost(Math.abs(card - candidate), cardHalf, card, candidate))
        return 'plain';
    const percent = 100 * candidate;
    if (Math.abs(candidate) <= 1 && atMost(Math.abs(card - percent), cardHalf, card, percent))
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
    return joinPath(splitPath(name));
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __nccwpck_require__(2210);
;// CONCATENATED MODULE: ./src/declarations/iso.ts
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
    [/^(?:d|days?)$/, 'D']
];
const TIME_UNITS = [
    [/^(?:h|hr|hrs|hours?)$/, 'H'],
    [/^(?:min|mins|minutes?)$/, 'M'],
    [/^(?:s|sec|secs|seconds?)$/, 'S']
];
const iso_ORDER = ['Y', 'M', 'W', 'D'];
const TIME_ORDER = ['H', 'M', 'S'];
/**
 * The ISO-8601 duration a free-text period means ("18 months" → P18M, "1 year and 6 months" →
 * P1Y6M, "12h" → PT12H, "p30d" → P30D), or undefined when it cannot tell.
 */
function suggestIsoDuration(text) {
    const trimmed = text.trim();
    if (isIsoDuration(trimmed.toUpperCase()))
        return trimmed.toUpperCase();
    const parts = trimmed.toLowerCase().replace(/\band\b|,/g, ' ').match(/\d+\s*[a-z]+/g);
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
    const datePart = iso_ORDER.map((d) => date.get(d) ?? '').join('');
    const timePart = TIME_ORDER.map((d) => time.get(d) ?? '').join('');
    return `P${datePart}${timePart ? `T${timePart}` : ''}`;
}

;// CONCATENATED MODULE: ./src/declarations/custom-schema.ts
/**
 * The repository's own declarations rules: an extra JSON Schema named by the policy's
 * `declarations.schema`, read at the base commit and already parsed. It is compiled safely: only
 * local `$ref`s (`#…`), no remote `$id`, a known `$schema` (draft-07 or 2020-12), no `$async`, at
 * most MAX_SCHEMA_BYTES serialized and MAX_SCHEMA_DEPTH deep, ajv in strict mode without
 * `loadSchema`, and only the built-in formats below (pure functions: nothing is fetched).
 */





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
    date: (text) => parseIsoDate(text) !== undefined,
    'date-time': (text) => /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(text) && parseIsoDate(text.slice(0, 10)) !== undefined && !Number.isNaN(Date.parse(text)),
    duration: (text) => isIsoDuration(text),
    email: (text) => /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/.test(text),
    uri: (text) => HAS_SCHEME.test(text) && URL.canParse(text),
    uuid: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)
};
/**
 * Validates the declarations data against the repository's schema: one failing check per field
 * that breaks it (at the field's line in the card), a single failing check naming the schema file
 * when the schema cannot be used safely or does not compile, or one passing check.
 */
function customSchemaChecks(doc, data, extra) {
    const compiled = compileSafely(extra.schema, extra.file);
    if ('problem' in compiled) {
        return [
            declarationCheck({
                id: 'declaration:schema',
                field: 'declarations.schema',
                status: 'fail',
                message: `the policy's \`declarations.schema\` (\`${extra.file}\`) cannot be used: ${compiled.problem.message}`,
                fix: compiled.problem.fix,
                doc: { file: extra.file, lineOf: () => undefined },
                rule: `the repository's schema \`${extra.file}\` compiles safely`
            })
        ];
    }
    const { validate } = compiled;
    if (validate(data)) {
        return [
            declarationCheck({
                id: 'declaration:schema',
                field: 'declarations.schema',
                status: 'pass',
                message: `\`${doc.file}\` satisfies the repository's schema \`${extra.file}\` (\`declarations.schema\`).`,
                doc,
                rule: `declarations satisfy \`${extra.file}\``
            })
        ];
    }
    return failuresFirst(validationChecks(doc, validate.errors ?? [], extra.file));
}
function compileSafely(schema, file) {
    const unsafe = safetyProblem(schema);
    if (unsafe)
        return { problem: unsafe };
    const dialect = isObject(schema) && typeof schema.$schema === 'string' && DRAFT_2020.has(schema.$schema) ? '2020-12' : 'draft-07';
    const options = {
        strict: true,
        strictRequired: false,
        allowUnionTypes: true,
        allErrors: true,
        verbose: true,
        ownProperties: true,
        formats: FORMATS,
        validateFormats: true
    };
    const ajv = dialect === '2020-12' ? new _2020.Ajv2020(options) : new dist_ajv.Ajv(options);
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
    if (!isObject(schema)) {
        return { message: `a JSON Schema is a mapping (or \`true\`/\`false\`), found ${Array.isArray(schema) ? 'a list' : typeof schema}.`, fix: 'write the schema as a JSON object, e.g. `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}`.' };
    }
    const stack = [{ node: schema, depth: 0, pointer: '#' }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { node, depth, pointer } = item;
        if (depth > MAX_SCHEMA_DEPTH) {
            return { message: `it is nested more than ${MAX_SCHEMA_DEPTH} levels deep (at \`${pointer}\`).`, fix: 'flatten the schema: move repeated parts into `$defs` and point at them with local `$ref`s.' };
        }
        if (Array.isArray(node)) {
            node.forEach((child, i) => stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${i}` }));
            continue;
        }
        if (!isObject(node))
            continue;
        const problem = keywordProblem(node, pointer, depth === 0);
        if (problem)
            return problem;
        for (const [key, child] of Object.entries(node))
            stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${escapePointer(key)}` });
    }
    let size;
    try {
        size = Buffer.byteLength(JSON.stringify(schema), 'utf8');
    }
    catch {
        return { message: 'it is not plain JSON data.', fix: 'write the schema as a JSON or YAML document of mappings, lists, strings, numbers and booleans.' };
    }
    if (size > MAX_SCHEMA_BYTES) {
        return { message: `it is ${Math.ceil(size / 1024)} KB serialized; at most ${MAX_SCHEMA_BYTES / 1024} KB is accepted.`, fix: 'keep the repository schema to the rules the card needs (the built-in schema already covers privacy, ownership, maintenance and governance).' };
    }
    return undefined;
}
function keywordProblem(node, pointer, root) {
    for (const keyword of REFERENCE_KEYWORDS) {
        const ref = node[keyword];
        if (typeof ref === 'string' && !ref.startsWith('#')) {
            return { message: `\`${keyword}: ${ref}\` at \`${pointer}\` is not a local reference: only references inside the same file (\`#…\`) are allowed, nothing is fetched.`, fix: `copy the referenced schema into \`$defs\` and write \`${keyword}: "#/$defs/<name>"\`.` };
        }
    }
    if (typeof node.$id === 'string' && HAS_SCHEME.test(node.$id)) {
        return { message: `\`$id: ${node.$id}\` at \`${pointer}\` is a remote URL.`, fix: 'remove the `$id` (the schema is identified by its file), or use a plain fragment-free name such as `"card-rules"`.' };
    }
    if (typeof node.$schema === 'string' && !DRAFT_07.has(node.$schema) && !DRAFT_2020.has(node.$schema)) {
        return { message: `\`$schema: ${node.$schema}\`${root ? '' : ` at \`${pointer}\``} is not a dialect model-gate knows.`, fix: 'write `"$schema": "https://json-schema.org/draft/2020-12/schema"` (or `"http://json-schema.org/draft-07/schema#"`).' };
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
        return { message: `ajv (strict mode) does not know the keyword \`${keyword}\`.`, fix: `remove \`${keyword}\` from \`${file}\` (notes belong in \`description\` or \`$comment\`).` };
    const format = /unknown format "([^"]+)"/.exec(text)?.[1];
    if (format)
        return { message: `the format \`${format}\` is not supported.`, fix: `use one of ${Object.keys(FORMATS).map((f) => `\`${f}\``).join(', ')}, or a \`pattern\`, in \`${file}\`.` };
    const untyped = /missing type "([^"]+)" for keyword "([^"]+)" at "([^"]+)"/.exec(text);
    if (untyped) {
        const [, types = '', word = '', at = '#'] = untyped;
        const type = types.split(',').includes('string') ? 'string' : (types.split(',')[0] ?? 'object');
        return { message: `\`${word}\` at \`${at}\` has no \`type\` beside it (ajv strict mode needs one).`, fix: `add \`"type": "${type}"\` next to \`${word}\` at \`${at}\` in \`${file}\`.` };
    }
    if (/can't resolve reference|MissingRef/i.test(text))
        return { message: `${text}.`, fix: `point the \`$ref\` at a definition that exists in \`${file}\`, e.g. \`"#/$defs/owner"\`.` };
    return { message: `${text.replace(/\.$/, '')}.`, fix: `correct \`${file}\` so that it is a valid JSON Schema (it is compiled with ajv in strict mode).` };
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
        const more = i === shown.length - 1 && problems.length > shown.length ? ` (${problems.length - shown.length} more fields break \`${file}\`; they are not listed)` : '';
        return declarationCheck({
            id: `declaration:${field}:schema`,
            field,
            status: 'fail',
            message: `\`${field}\` breaks the repository's schema \`${file}\`: it ${problem.messages.join('; ')}${more}.`,
            fix: problem.fixes.join('; '),
            doc,
            rule: `declarations satisfy \`${file}\``
        });
    });
}
/** The dot path of the field an error is about (the missing or extra key itself, not its parent). */
function errorPath(error) {
    const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapePointer);
    const params = error.params;
    const child = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ?? params.propertyName;
    if (typeof child === 'string' && error.keyword !== 'propertyNames')
        segments.push(child);
    return joinPath(segments);
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
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

;// CONCATENATED MODULE: ./src/declarations/placeholders.ts
/**
 * Placeholder detection: values that look filled in but say nothing (TBD, TODO, N/A, `<owner>`,
 * example.com addresses, lorem ipsum, blank strings, ...). Declarations treat them as missing.
 */
/** Whole-value markers, compared after trimming, lower-casing and dropping trailing punctuation. */
const MARKERS = new Set([
    'tbd', 'tba', 'tbc', 'todo', 'to do', 'fixme', 'n/a', 'na', 'n.a', 'n.a.', 'not applicable', 'unknown',
    'placeholder', 'changeme', 'change me', 'change-me', 'change_me', 'fill in', 'fill me in', 'fill-in',
    'xxx', 'xx', 'x', '-', '--', '---', '?', '??', '???', '...', '…', 'null', 'nil', 'undefined'
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

;// CONCATENATED MODULE: ./schema/declarations.schema.json
const declarations_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://model-gate.dev/schema/declarations.schema.json","title":"model-gate declarations","description":"The governance keys of a model card (YAML front matter of a Markdown card, or a .yml/.yaml/.json file): privacy, ownership, maintenance, governance. Other keys (Hugging Face\'s license, datasets, model-index, tags, ...) are left alone; inside these four sections unknown keys are errors. Enumerations are matched case-insensitively with `-`, `_` and space equivalent. Presence, placeholders (TBD, TODO, N/A, <owner>, example.com, ...) and consistency are checked by model-gate beyond this schema.","type":"object","properties":{"privacy":{"$ref":"#/definitions/privacy"},"ownership":{"$ref":"#/definitions/ownership"},"maintenance":{"$ref":"#/definitions/maintenance"},"governance":{"$ref":"#/definitions/governance"}},"definitions":{"text":{"type":"string","description":"Free text."},"texts":{"type":"array","items":{"$ref":"#/definitions/text"},"description":"A list of free-text entries."},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","description":"A calendar date, YYYY-MM-DD."},"prose":{"type":["string","array"],"items":{"$ref":"#/definitions/text"},"description":"Free text, or a list of free-text points."},"privacy":{"type":"object","additionalProperties":false,"description":"What personal data the model touches and on what terms.","examples":[{"personal_data":false}],"properties":{"personal_data":{"type":"boolean","description":"Whether the model is trained on or processes personal data (true/false). Always required.","examples":[true]},"data_categories":{"$ref":"#/definitions/texts","description":"Kinds of personal data used. Required when personal_data is true.","examples":[["contact details","transaction history"]]},"special_categories":{"type":"array","description":"GDPR art. 9 special categories. Any entry requires a DPIA reference.","examples":[["health"]],"items":{"enum":["racial_or_ethnic_origin","political_opinions","religious_or_philosophical_beliefs","trade_union_membership","genetic","biometric","health","sex_life_or_sexual_orientation"]}},"legal_basis":{"type":"array","description":"Legal bases for processing: the six GDPR art. 6 bases (needed with GDPR or UK_GDPR), or DPDP\'s (needed with DPDP).","examples":[["contract"]],"items":{"enum":["consent","contract","legal_obligation","vital_interests","public_task","legitimate_interests","dpdp_consent","dpdp_legitimate_use"]}},"regulations":{"type":"array","description":"Regulations the model\'s data falls under. Required when personal_data is true.","examples":[["GDPR"]],"items":{"enum":["GDPR","UK_GDPR","HIPAA","DPDP","CCPA","CPRA","EU_AI_ACT","other"]}},"anonymisation":{"type":"object","additionalProperties":false,"description":"How personal data is protected. `method` is required when personal_data is true.","examples":[{"method":"pseudonymisation"}],"properties":{"method":{"enum":["none","pseudonymisation","hipaa_safe_harbor","hipaa_expert_determination","differential_privacy","other"],"description":"HIPAA data needs hipaa_safe_harbor or hipaa_expert_determination; differential_privacy needs epsilon and delta; other needs details.","examples":["pseudonymisation"]},"epsilon":{"type":"number","exclusiveMinimum":0,"description":"Differential privacy ε (> 0).","examples":[1]},"delta":{"type":"number","minimum":0,"exclusiveMaximum":1,"description":"Differential privacy δ (0 ≤ δ < 1).","examples":[0.000001]},"details":{"$ref":"#/definitions/text","description":"What the method is, when method is other.","examples":["k-anonymity (k=10) on postcode and age"]}}},"dpia":{"type":"object","additionalProperties":false,"description":"Data protection impact assessment. A reference is required with special categories or HIPAA.","examples":[{"required":true,"reference":"DPIA-2026-014"}],"properties":{"required":{"type":"boolean","description":"Whether a DPIA is required.","examples":[true]},"reference":{"$ref":"#/definitions/text","description":"The DPIA\'s identifier or link.","examples":["DPIA-2026-014"]}}},"retention":{"type":"object","additionalProperties":false,"description":"How long the personal data is kept. `period` is required when personal_data is true.","examples":[{"period":"P18M"}],"properties":{"period":{"type":"string","pattern":"^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+([.,][0-9]+)?S)?)?$","description":"An ISO-8601 duration: P18M (18 months), P1Y6M, P30D, PT12H.","examples":["P18M"]},"policy":{"$ref":"#/definitions/text","description":"The retention policy\'s reference or link.","examples":["https://wiki.your-company.com/retention"]}}}}},"owner":{"type":"object","additionalProperties":false,"description":"A person or team that owns the model.","examples":[{"name":"Your Name","handle":"@your-handle","role":"model owner"}],"properties":{"name":{"$ref":"#/definitions/text","examples":["Priya Raman"]},"handle":{"type":"string","description":"A GitHub @user or @org/team handle.","examples":["@your-handle"]},"role":{"$ref":"#/definitions/text","examples":["model owner"]},"contact":{"$ref":"#/definitions/text","description":"An e-mail address or other contact.","examples":["you@your-company.com"]}}},"ownership":{"type":"object","additionalProperties":false,"description":"Who answers for the model after launch.","examples":[{"owners":[{"handle":"@your-org/your-team","role":"team"}],"on_call":"@your-org/oncall"}],"properties":{"owners":{"type":"array","items":{"$ref":"#/definitions/owner"},"description":"People and teams that own the model.","examples":[[{"name":"Your Name","handle":"@your-handle","role":"model owner"}]]},"team":{"$ref":"#/definitions/text","examples":["Your Team Name"]},"on_call":{"type":"string","description":"The on-call handle.","examples":["@your-org/oncall"]},"escalation":{"type":"string","description":"Who to escalate to.","examples":["@your-org/leads"]},"support_level":{"$ref":"#/definitions/text","description":"e.g. 24x7, business-hours, best-effort.","examples":["business-hours"]},"review":{"type":"object","additionalProperties":false,"description":"When the card was last reviewed and is next due.","examples":[{"last_reviewed":"2026-09-14","next_review_due":"2027-03-14"}],"properties":{"last_reviewed":{"$ref":"#/definitions/date","examples":["2026-09-14"]},"next_review_due":{"$ref":"#/definitions/date","examples":["2027-03-14"]}}}}},"maintenance":{"type":"object","additionalProperties":false,"description":"How the model is kept healthy.","examples":[{"retraining":{"schedule":"monthly"},"monitoring":{"drift_metrics":["auc"],"alert_channel":"#your-team-alerts"}}],"properties":{"retraining":{"type":"object","additionalProperties":false,"description":"When the model is retrained: a schedule, a trigger, or both.","examples":[{"schedule":"monthly"}],"properties":{"schedule":{"$ref":"#/definitions/text","examples":["monthly"]},"trigger":{"$ref":"#/definitions/text","examples":["drift on auc > 0.02"]},"last_trained":{"$ref":"#/definitions/date","examples":["2026-10-01"]}}},"monitoring":{"type":"object","additionalProperties":false,"description":"What is watched in production and where alerts go.","examples":[{"drift_metrics":["auc","psi"],"alert_channel":"#your-team-alerts"}],"properties":{"drift_metrics":{"$ref":"#/definitions/texts","examples":[["auc","psi"]]},"alert_channel":{"$ref":"#/definitions/text","examples":["#your-team-alerts"]},"dashboard":{"$ref":"#/definitions/text","examples":["https://grafana.your-company.com/d/your-model"]}}}}},"governance":{"type":"object","additionalProperties":false,"description":"Use, limits, fairness and explainability (checked when the policy requires `governance`).","examples":[{"intended_use":"What the model is for, and for whom."}],"properties":{"intended_use":{"$ref":"#/definitions/prose","examples":["What the model is for, and for whom."]},"out_of_scope_use":{"$ref":"#/definitions/prose","examples":["Automated account closure without human review."]},"limitations":{"$ref":"#/definitions/prose","examples":["Less accurate for merchants with under 30 days of history."]},"fairness":{"type":"object","additionalProperties":false,"description":"Which slices were assessed for fairness, and where the report is.","examples":[{"assessed_slices":["age_band","region"],"report":"reports/fairness.md"}],"properties":{"assessed_slices":{"$ref":"#/definitions/texts","examples":[["age_band","region"]]},"report":{"$ref":"#/definitions/text","description":"A repository path (must exist in the PR head) or a URL.","examples":["reports/fairness.md"]}}},"explainability":{"type":"object","additionalProperties":false,"description":"Explanation methods and their artefacts.","examples":[{"methods":["SHAP"],"artefacts":["reports/shap_summary.png"]}],"properties":{"methods":{"$ref":"#/definitions/texts","description":"e.g. SHAP, LIME, integrated gradients.","examples":[["SHAP"]]},"artefacts":{"$ref":"#/definitions/texts","description":"Repository paths (each must exist in the PR head) or URLs.","examples":[["reports/shap_summary.png"]]}}}}}}}');
;// CONCATENATED MODULE: ./src/core/words.ts
/** Small word and data helpers every layer uses: one definition each. Pure. */
/** `1 check`, `2 checks`; `many` for irregular plurals. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/** Untrusted text quoted for a message: JSON-quoted and cut short. */
function quote(text, max = 60) {
    return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
/** A plain JSON object (not null, not an array). */
function words_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A JSON Pointer (RFC 6901) as its segments: `/a~1b/0` → [`a/b`, `0`]. */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    return pointer.slice(1).split('/').map(words_unescapePointer);
}
/** One key escaped for a JSON Pointer: `~` → `~0`, `/` → `~1`. */
function words_escapePointer(key) {
    return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** One JSON Pointer segment unescaped. */
function words_unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** The allowed word nearest to `word` (edit distance), when it is near enough to be a typo. */
function closest(word, candidates) {
    return closestAll(word, candidates, 1)[0];
}
/**
 * Up to `most` candidates near enough to `word` to be what was meant, nearest first (ties in
 * the candidates' order). Near enough: an edit distance of at most max(2, ⌊length/3⌋).
 */
function closestAll(word, candidates, most = 3) {
    const lower = word.toLowerCase();
    const limit = Math.max(2, Math.floor(word.length / 3));
    const found = [];
    let order = 0;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - word.length) > limit)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase(), limit);
        if (distance <= limit)
            found.push({ candidate, distance, order: order++ });
    }
    return found
        .sort((a, b) => a.distance - b.distance || a.order - b.order)
        .slice(0, most)
        .map((f) => f.candidate);
}
/** Levenshtein distance, cut off above `cap` (returns cap + 1 once it cannot be within it). */
function editDistance(a, b, cap = Infinity) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let rowMin = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            current[j] = value;
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > cap)
            return cap + 1;
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/declarations/schema.ts
/**
 * The built-in declarations schema (schema/declarations.schema.json): enum spellings normalised to
 * their canonical form, then structure, types and enumerations validated inside our four sections,
 * each problem a located declaration check naming the field and an example of the fix.
 */






/** The sections model-gate defines; every other top-level key (Hugging Face's) is left alone. */
const SECTIONS = ['privacy', 'ownership', 'maintenance', 'governance'];
const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ownProperties: true });
const validate = ajv.compile(declarations_schema_namespaceObject);
/** The schema node describing a dot path (list indexes and `*` step into `items`), if any. */
function schemaAt(path) {
    let node = declarations_schema_namespaceObject;
    for (const segment of splitPath(path)) {
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
    return resolve(declarations_schema_namespaceObject.definitions[name]);
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
        return `{${Object.entries(value).map(([k, v]) => `${k}: ${yamlInline(v)}`).join(', ')}}`;
    }
    if (typeof value === 'string') {
        const plain = /^[A-Za-z0-9][\w .()/+-]*$/.test(value) && !YAML_NON_STRING.test(value) && !/\s$/.test(value);
        return plain ? value : `'${value.replace(/'/g, "''")}'`;
    }
    return String(value);
}
/** Lower case with `-`, `_` and spaces equivalent: how enum values are matched. */
function enumKey(value) {
    return value.trim().toLowerCase().replace(/[\s_-]+/g, '_');
}
/** Spellings people use for canonical values beyond case and separators. */
const ALIASES = {
    pseudonymization: 'pseudonymisation',
    pseudonymisation: 'pseudonymisation',
    hipaa_safe_harbour: 'hipaa_safe_harbor',
    legitimate_interest: 'legitimate_interests',
    vital_interest: 'vital_interests',
    ukgdpr: 'UK_GDPR',
    eu_aia: 'EU_AI_ACT'
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
    if (!schema_isMapping(privacy))
        return data;
    const copy = cloneMapping(data);
    const out = cloneMapping(privacy);
    copy.privacy = out;
    for (const field of ENUM_FIELDS) {
        const [, key, inner] = splitPath(field);
        if (!key)
            continue;
        const value = out[key];
        if (inner === '*' && Array.isArray(value)) {
            out[key] = value.map((item) => (typeof item === 'string' ? (canonicalEnum(field, item) ?? item) : item));
        }
        else if (inner && schema_isMapping(value) && typeof value[inner] === 'string') {
            const inside = cloneMapping(value);
            inside[inner] = canonicalEnum(field, value[inner]) ?? value[inner];
            out[key] = inside;
        }
    }
    return copy;
}
function schema_isMapping(value) {
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
        if (best.has(path) || skip(path) || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || parseIsoDate(value))
            continue;
        best.set(path, { path, rank: 1, message: `\`${path}\` is \`${value}\`, which is not a real calendar date.`, fix: `write a real date, e.g. ${fieldExample(path)}` });
    }
    const checks = [...best.values()].map((t) => declarationCheck({ field: t.path, status: 'fail', message: t.message, fix: t.fix, doc, rule: `\`${t.path}\` matches the declarations schema` }));
    const covered = [...best.values()].flatMap((t) => (t.also ? [t.path, t.also] : [t.path]));
    return { checks, covered };
}
const TYPE_WORDS = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: '`true` or `false`'
};
function translate(error, data) {
    const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const path = joinPath(segments);
    const section = segments[0];
    if (!section || !SECTIONS.includes(section))
        return undefined;
    const value = error.data;
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const guess = closest(key, allowed);
            const field = joinPath([...segments, key]);
            const also = guess ? joinPath([...segments, guess]) : undefined;
            const present = guess !== undefined && schema_isMapping(valueAt(data, path)) && valueAt(data, path)[guess] !== undefined;
            return {
                path: field,
                rank: 3,
                unknownKey: true,
                also: present ? undefined : also,
                message: `\`${field}\` is not a known key of \`${path}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: also ? `rename it to \`${guess}\`, e.g. ${fieldExample(also)}` : `use only ${allowed.map((k) => `\`${k}\``).join(', ')} under \`${path}\``
            };
        }
        case 'enum': {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const guess = typeof value === 'string' ? closest(enumKey(value), allowed) : undefined;
            const shown = typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value);
            return {
                path,
                rank: 2,
                message: `\`${path}\` is ${shown}, which is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: guess ? `write \`${guess}\`` : `write one of the values listed, e.g. ${fieldExample(listOf(path))}`
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
                fix: `write ${fieldExample(listOf(path))}`
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
            return { path, rank: 2, message: `\`${path}\` must be ${words} ${limit}, found ${JSON.stringify(value)}.`, fix: `write e.g. ${fieldExample(path)}` };
        }
        default:
            return { path, rank: 0, message: `\`${path}\` ${error.message ?? 'is invalid'}.`, fix: `write e.g. ${fieldExample(listOf(path))}` };
    }
}
function patternProblem(path, value) {
    const text = String(value);
    if (path === 'privacy.retention.period') {
        const suggestion = suggestIsoDuration(text);
        const ok = suggestion !== undefined && isIsoDuration(suggestion);
        return {
            path,
            rank: 2,
            message: `\`${path}\` is \`${text}\`, which is not an ISO-8601 duration (P18M is 18 months, P1Y6M a year and a half, P30D 30 days, PT12H 12 hours).`,
            fix: ok ? `write ${fieldExample(path, suggestion)}` : `write e.g. ${fieldExample(path)} for 18 months`
        };
    }
    const suggestion = suggestIsoDate(text);
    return {
        path,
        rank: 2,
        message: `\`${path}\` is \`${text}\`, which is not a date written YYYY-MM-DD.`,
        fix: `write ${fieldExample(path, suggestion ?? exampleFor(path))}`
    };
}
/** A list item's path → the list's path (for examples), other paths unchanged. */
function listOf(path) {
    const segments = splitPath(path);
    return /^\d+$/.test(segments[segments.length - 1] ?? '') ? joinPath(segments.slice(0, -1)) : path;
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
    for (const segment of splitPath(path)) {
        if (Array.isArray(node) && /^\d+$/.test(segment))
            node = node[Number(segment)];
        else if (schema_isMapping(node) && Object.prototype.hasOwnProperty.call(node, segment))
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
    const privacy = schema_isMapping(data.privacy) ? data.privacy : {};
    const { checks, fail } = failures(ctx);
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
    const anonymisation = schema_isMapping(privacy.anonymisation) ? privacy.anonymisation : {};
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
    const retention = schema_isMapping(privacy.retention) ? privacy.retention : {};
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
        ...(regulations.includes('HIPAA') ? ['`HIPAA` in `privacy.regulations`'] : [])
    ];
    if (reasons.length === 0)
        return;
    const why = reasons.join(' and ');
    const dpia = schema_isMapping(privacy.dpia) ? privacy.dpia : {};
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
    const anonymisation = schema_isMapping(privacy.anonymisation) ? privacy.anonymisation : {};
    if (anonymisation.method === 'differential_privacy') {
        for (const [key, example] of [['epsilon', 1.0], ['delta', 1e-6]]) {
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
        refs.push(looksLikePath || governance_URL.test(report) ? classify('governance.fairness.report', report) : { field: 'governance.fairness.report', value: report, kind: 'reference' });
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
    const governance = schema_isMapping(data.governance) ? data.governance : {};
    const { checks, fail } = failures(ctx);
    const text = [
        ['intended_use', 'what the model is for'],
        ['out_of_scope_use', 'uses the model must not be put to'],
        ['limitations', 'known limitations']
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
    const maintenance = schema_isMapping(data.maintenance) ? data.maintenance : {};
    const { checks, fail } = failures(ctx);
    const retraining = schema_isMapping(maintenance.retraining) ? maintenance.retraining : {};
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
    const lastTrained = typeof retraining.last_trained === 'string' ? parseIsoDate(retraining.last_trained) : undefined;
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    if (lastTrained && lastTrained > tomorrow) {
        fail('maintenance.retraining.last_trained', `\`maintenance.retraining.last_trained\` is ${formatIsoDate(lastTrained)}, which is in the future (today is ${formatIsoDate(now)}).`, `write the date the model was last trained, e.g. ${fieldExample('maintenance.retraining.last_trained', formatIsoDate(now))}`);
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
    return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/^\/+/, '');
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
    const section = isMapping(data) ? getOwn(data, 'ownership') : undefined;
    if (!isMapping(section))
        return [];
    return failuresFirst([
        ...ownersChecks(doc, section),
        ...(settings.codeowners ? codeownersChecks(doc, ownerHandles(section), codeowners) : []),
        ...contactPointChecks(doc, section),
        ...reviewChecks(doc, section, settings, today(now))
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
    const owners = getOwn(section, 'owners');
    if (!Array.isArray(owners))
        return [];
    return owners.flatMap((owner, i) => {
        const path = isMapping(owner) ? `ownership.owners.${i}.handle` : `ownership.owners.${i}`;
        const handle = isMapping(owner) ? getOwn(owner, 'handle') : owner;
        if (typeof handle !== 'string' || placeholderReason(handle) !== undefined)
            return [];
        return [{ path, handle: handle.trim(), valid: handleProblem(handle) === undefined }];
    });
}
function ownersChecks(doc, section) {
    const owners = getOwn(section, 'owners');
    if (owners === undefined || owners === null || (Array.isArray(owners) && owners.length === 0)) {
        const example = "`ownership.owners: [{name: Your Name, handle: '@your-handle', role: model owner, contact: you@your-company.com}]`";
        return [fail(doc, 'ownership.owners', `\`ownership.owners\` ${owners === undefined ? 'is missing' : 'is empty'}: the model needs at least one named owner.`, `add ${example}.`)];
    }
    return Array.isArray(owners) ? owners.flatMap((owner, i) => ownerChecks(doc, owner, i)) : [];
}
function ownerChecks(doc, owner, i) {
    const base = `ownership.owners.${i}`;
    if (owner !== null && typeof owner !== 'string' && !isMapping(owner))
        return [];
    const checks = [];
    const path = isMapping(owner) ? `${base}.handle` : base;
    const handle = isMapping(owner) ? getOwn(owner, 'handle') : owner;
    if (handle === undefined || handle === null || typeof handle === 'string') {
        const missing = handle === undefined ? 'is missing' : placeholderReason(handle);
        const problem = missing ?? handleProblem(handle);
        if (problem) {
            const shown = missing ? '' : ` (\`${handle.trim()}\`)`;
            const example = missing ? '@your-handle' : suggestHandle(handle);
            checks.push(fail(doc, path, `\`${path}\`${shown} ${problem}: each owner needs the GitHub user or team that answers for the model.`, `write a GitHub handle, e.g. \`${path}: '${example}'\` (a user) or \`'@your-org/your-team'\` (a team).`));
        }
    }
    if (!isMapping(owner))
        return checks;
    const contact = getOwn(owner, 'contact');
    if (contact === null || typeof contact === 'string') {
        const problem = contactProblem(contact);
        if (problem)
            checks.push(fail(doc, `${base}.contact`, `\`${base}.contact\` ${problem}.`, `write an address people can reach, e.g. \`${base}.contact: you@your-company.com\` or a team page URL, or remove the key.`));
    }
    for (const key of ['name', 'role']) {
        const value = getOwn(owner, key);
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
    const exampleLine = `/${card} ${handles.filter((h) => h.valid).map((h) => h.handle).join(' ') || '@your-handle @your-org/your-team'}`;
    if (!codeowners) {
        return [
            fail(doc, 'ownership.owners', `\`ownership.owners\` cannot be checked against CODEOWNERS: \`declarations.codeowners\` is on, but the base commit has no CODEOWNERS file (GitHub looks in ${CODEOWNERS_LOCATIONS.map((l) => `\`${l}\``).join(', ')}; model-gate reads it at the base commit, so a CODEOWNERS added by this pull request counts only once merged).`, `add \`.github/CODEOWNERS\` with a line such as \`${exampleLine}\` in a separate pull request and merge it first, or set \`declarations.codeowners: false\` in the policy.`, 'declaration:ownership.owners:codeowners')
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
    const team = getOwn(section, 'team');
    if (team === undefined || team === null || typeof team === 'string') {
        const reason = team === undefined ? 'is missing' : placeholderReason(team);
        if (reason)
            checks.push(fail(doc, 'ownership.team', `\`ownership.team\` ${reason}: name the team that owns the model.`, 'add `ownership.team: Your Team Name`.'));
    }
    checks.push(...reachableCheck(doc, section, 'on_call', 'fail', 'who is paged when the model misbehaves in production', "'@your-org/oncall'"));
    checks.push(...reachableCheck(doc, section, 'escalation', 'warn', 'who decides when on-call cannot (recommended)', "'@your-org/leads'"));
    const level = getOwn(section, 'support_level');
    const reason = typeof level === 'string' ? placeholderReason(level) : undefined;
    if (reason)
        checks.push(warn(doc, 'ownership.support_level', `\`ownership.support_level\` ${reason}.`, 'write the support the model gets, e.g. `ownership.support_level: business-hours` (or `24x7`, `best-effort`), or remove the key.'));
    return checks;
}
/** on_call / escalation: a handle (valid syntax), an http(s) URL, or a rotation name; never a placeholder. */
function reachableCheck(doc, section, key, status, purpose, example) {
    const path = `ownership.${key}`;
    const value = getOwn(section, key);
    if (value !== undefined && value !== null && typeof value !== 'string')
        return [];
    const fix = `set \`${path}: ${example}\` (a GitHub handle), a rotation name such as \`team-primary\`, or the rotation's https URL.`;
    const make = status === 'fail' ? fail : warn;
    const reason = value === undefined ? 'is missing' : placeholderReason(value);
    if (reason)
        return [make(doc, path, `\`${path}\` ${reason}: it says ${purpose}.`, fix)];
    const text = value.trim();
    const problem = text.startsWith('@') ? handleProblem(text) : URL_WITH_AUTHORITY.test(text) ? urlProblem(text, ['http:', 'https:']) : undefined;
    return problem ? [make(doc, path, `\`${path}\` (\`${text}\`) ${problem}.`, fix)] : [];
}
function reviewChecks(doc, section, settings, todayDay) {
    const review = getOwn(section, 'review');
    if (review !== undefined && review !== null && !isMapping(review))
        return [];
    const last = review ? readDate(getOwn(review, 'last_reviewed')) : { kind: 'missing' };
    const next = review ? readDate(getOwn(review, 'next_review_due')) : { kind: 'missing' };
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
        checks.push(fail(doc, 'ownership.review.last_reviewed', `\`ownership.review.last_reviewed\` (${last.text}) is ${age} days ago; the policy allows at most ${maxAge} days (\`declarations.max_review_age_days\`), so the review is ${age - maxAge} ${ownership_plural(age - maxAge, 'day')} overdue.`, `review the card with its owners, then ${renewal}.`));
    }
    if (next.kind === 'date' && next.day < todayDay) {
        const overdue = todayDay - next.day;
        checks.push(fail(doc, 'ownership.review.next_review_due', `\`ownership.review.next_review_due\` (${next.text}) has passed: the review is ${overdue} ${ownership_plural(overdue, 'day')} overdue (today is ${todayText} UTC).`, `review the card with its owners, then ${renewal}.`));
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
    const date = typeof value === 'string' ? parseIsoDate(value.trim()) : undefined;
    return date ? { kind: 'date', day: Math.floor(date.getTime() / DAY_MS), text: value } : { kind: 'unusable' };
}
function formatDay(day) {
    return formatIsoDate(new Date(day * DAY_MS));
}
function addMonths(day, months) {
    const date = new Date(day * DAY_MS);
    return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS);
}
function ownership_plural(n, word) {
    return n === 1 ? word : `${word}s`;
}
function fail(doc, field, message, fix, id) {
    return declarationCheck({ field, status: 'fail', message, fix, doc, id });
}
function warn(doc, field, message, fix) {
    return declarationCheck({ field, status: 'warn', severity: 'warn', message, fix, doc });
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
    if (!schema_isMapping(doc.data))
        return { checks: required.map((section) => noDataCheck(doc, section)), summary: summarise(doc.file, {}) };
    const data = normaliseDeclarations(doc.data);
    const isRequired = (section) => required.includes(section);
    const active = SECTIONS.filter((s) => isRequired(s) || (data[s] !== undefined && data[s] !== null));
    const schema = schemaChecks(doc, data, (path) => placeholderReason(valueAt(data, path)) !== undefined);
    const covered = new Set(schema.covered);
    const placeholders = placeholderChecks(doc, data, active, (path) => isReported(covered, path));
    const reported = new Set([...covered, ...placeholders.map((c) => c.field ?? '')]);
    const rules = { doc, reported: (path) => isReported(reported, path) };
    const sectionChecks = [...schema.checks, ...placeholders, ...active.flatMap((section) => sectionRules(section, ctx, doc, data, rules, schema.covered))];
    const checks = [
        ...requiredPathChecks(doc, data, required.filter((r) => !SECTIONS.includes(r))),
        ...sectionChecks.map((check) => (isRequired(sectionOf(check)) || !SECTIONS.includes(sectionOf(check)) ? check : advisory(check))),
        ...cardMetricsChecks(doc, data, ctx.candidate, ctx.gatedMetrics ?? []),
        ...(ctx.extraSchema ? customSchemaChecks(doc, doc.data, ctx.extraSchema) : [])
    ];
    const unique = check_dedupe(checks);
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
    const withSection = schema_isMapping(data[section]) ? data : Object.assign(Object.create(null), data, { [section]: Object.create(null) });
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
        .filter((section) => section !== 'ownership' && schema_isMapping(data[section]))
        .flatMap((section) => findPlaceholders(data[section], section))
        .filter((hit) => (hit.value === null || typeof hit.value !== 'object') && !reported(hit.path))
        .map((hit) => declarationCheck({
        field: hit.path,
        status: 'fail',
        message: `\`${hit.path}\` ${hit.reason}: a placeholder counts as missing.`,
        fix: `fill in the real value, e.g. ${fieldExample(listPath(hit.path))}, or remove the key`,
        doc
    }));
}
/** `declarations.require` entries beyond the four sections (`license`, `ownership.on_call`): present and not placeholders. */
function requiredPathChecks(doc, data, paths) {
    return paths.map((path) => {
        const value = valueAt(data, path);
        const reason = value === undefined ? 'is missing' : placeholderReason(value);
        const rule = `\`${path}\` present (required by the policy)`;
        if (reason) {
            return declarationCheck({ field: path, status: 'fail', rule, message: `\`${path}\` ${reason}; the policy requires it (\`declarations.require\`).`, fix: `add ${fieldExample(path)}`, doc });
        }
        return declarationCheck({ field: path, status: 'pass', rule, message: `\`${path}\` is declared.`, doc });
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
        location: { file }
    };
}
function noDataCheck(doc, section) {
    const dataFile = /\.(ya?ml|json)$/i.test(doc.file);
    const problem = doc.data === undefined
        ? 'has no YAML front matter'
        : doc.data === null
            ? `has empty ${dataFile ? 'content' : 'front matter'}`
            : `is not a mapping of keys (${Array.isArray(doc.data) ? 'a list' : 'a single value'})`;
    const fix = doc.data === undefined ? `add a \`---\` block at the top with e.g. ${fieldExample(section)} and close it with \`---\`` : `write keys such as ${fieldExample(section)}`;
    return declarationCheck({ field: section, status: 'fail', message: `${doc.file} ${problem}, so \`${section}\` is not declared.`, fix, doc });
}
function noSectionCheck(doc, section) {
    return declarationCheck({ field: section, status: 'fail', message: `\`${section}\` is missing: the policy requires this section.`, fix: `add e.g. ${fieldExample(section)}`, doc });
}
function sectionPass(doc, section, summary) {
    const details = {
        privacy: [
            `personal data: ${summary.personalData ? 'yes' : 'no'}`,
            summary.regulations.length ? `regulations: ${summary.regulations.join(', ')}` : '',
            summary.legalBasis.length ? `legal basis: ${summary.legalBasis.join(', ')}` : '',
            summary.anonymisation ? `anonymisation: ${summary.anonymisation}` : ''
        ]
            .filter(Boolean)
            .join('; '),
        ownership: [summary.owners.length ? `owners: ${summary.owners.join(', ')}` : '', summary.onCall ? `on-call: ${summary.onCall}` : '', summary.nextReview ? `next review: ${summary.nextReview}` : '']
            .filter(Boolean)
            .join('; '),
        maintenance: 'retraining and monitoring declared',
        governance: 'use, limitations, fairness and explainability declared'
    };
    return declarationCheck({ field: section, status: 'pass', rule: `\`${section}\` declared and consistent`, message: `\`${section}\` is complete and consistent (${details[section]}).`, doc });
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
        const value = schema_isMapping(owner) ? (valueAt(owner, 'handle') ?? valueAt(owner, 'name')) : owner;
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
        nextReview: text('ownership.review.next_review_due')
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
    return splitPath(check.field ?? '')[0] ?? '';
}
/** Reported already: the path itself, a parent of it, or one of its list items. */
function isReported(paths, path) {
    if (paths.has(path))
        return true;
    const segments = splitPath(path);
    for (let n = segments.length - 1; n > 0; n--)
        if (paths.has(joinPath(segments.slice(0, n))))
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
function check_dedupe(checks) {
    const seen = new Set();
    return checks.filter((check) => (seen.has(check.id) ? false : (seen.add(check.id), true)));
}
/** Failing checks first, then warnings, then passes; each group in file order. */
function sortChecks(checks) {
    return failuresFirst([...checks].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0)));
}

;// CONCATENATED MODULE: ./src/core/errors.ts
/** An input problem that must stop the gate with verdict `error`. Carries where and how to fix. */
class GateError extends Error {
    problems;
    constructor(problems) {
        const list = Array.isArray(problems) ? problems : [problems];
        super(list.map(formatProblem).join('\n'));
        this.name = 'GateError';
        this.problems = list;
    }
}
/** `file:line:column: message (fix)` — the form editors and humans both read. */
function formatProblem(p) {
    const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
        .filter((part) => part !== undefined)
        .join(':');
    return `${where}: ${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`;
}

;// CONCATENATED MODULE: ./src/core/rules/common.ts


/**
 * A policy number in words: as written, without rounding it away (0.9999 stays 0.9999), with
 * thousands separators as the comment's table writes values (`15,000`), so a row reads one way.
 */
function formatLimit(v) {
    const text = formatNumber(v, 12);
    return /e/i.test(text) ? text : text.replace(/^(-?)(\d+)/, (_, sign, whole) => sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}
/** An amount as written in the policy: `0.01` or `0.5%`. */
function formatAmount(amount) {
    return amount.kind === 'absolute' ? formatLimit(amount.value) : `${formatLimit(amount.percent)}%`;
}
/** `5` → absolute 5; `"0.5%"` / `"5 %"` → relative (the schema has checked the form). */
function toAmount(value) {
    if (typeof value === 'number')
        return { kind: 'absolute', value };
    return { kind: 'relative', percent: Number(String(value).replace('%', '').trim()) };
}
/** The amount in the metric's unit for baseline b: x, or p/100·|b|. */
function amountIn(amount, b) {
    return amount.kind === 'absolute' ? amount.value : (amount.percent / 100) * Math.abs(b);
}
/** `0.5% (0.0042)` for a relative amount, `0.01` for an absolute one. */
function limitWords(amount, value) {
    return amount.kind === 'absolute' ? formatAmount(amount) : `${formatAmount(amount)} (${formatNumber(value)})`;
}
/** w: how much worse the candidate is than the baseline (negative: better). */
function worsening(c, b, better) {
    return better === 'higher' ? b - c : c - b;
}
/** The candidate value at which the worsening is w: b − w (higher is better) or b + w. */
function common_valueAt(b, w, better) {
    return better === 'higher' ? b - w : b + w;
}
function worseVerb(better) {
    return better === 'higher' ? 'drop' : 'rise';
}
function betterVerb(better) {
    return better === 'higher' ? 'rise' : 'drop';
}
/**
 * Why a metric value cannot be compared: `NaN, not a finite number`,
 * `the string "N/A", not a number`. Returns undefined for a finite number.
 */
function describeNonNumber(value) {
    if (typeof value === 'number') {
        return Number.isFinite(value) ? undefined : `${String(value)}, not a finite number`;
    }
    if (typeof value === 'string')
        return `the string ${quote(value)}, not a number`;
    if (typeof value === 'boolean')
        return `the boolean ${String(value)}, not a number`;
    return `${String(value)}, not a number`;
}
/** `dropped 0.031 (3.7%) from 0.842 to 0.811`, `rose 3 from 0 to 3`, `unchanged at 0.9`. */
function describeChange(c, b) {
    const [bText, cText] = formatDistinct(b, c);
    if (c === b)
        return `unchanged at ${cText}`;
    const delta = c - b;
    const verb = delta > 0 ? 'rose' : 'dropped';
    const relative = b !== 0 ? ` (${formatPercent((Math.abs(delta) / Math.abs(b)) * 100)})` : '';
    return `${verb} ${formatNumber(Math.abs(delta))}${relative} from ${bText} to ${cText}`;
}
/**
 * A limit added, removed, raised or lowered. Removing a limit always loosens and adding one
 * tightens; moving it loosens when it moves in the `looserIsHigher` direction.
 */
function diffLimit(field, from, to, words, compare, looserIsHigher) {
    if (from === undefined && to === undefined)
        return undefined;
    if (to === undefined)
        return { effect: 'loosens', words: `${field} removed (was ${words(from)})` };
    if (from === undefined)
        return { effect: 'tightens', words: `${field} added (${words(to)})` };
    const delta = compare(to, from);
    if (delta === 0)
        return undefined;
    const raised = delta > 0;
    return {
        effect: raised === looserIsHigher ? 'loosens' : 'tightens',
        words: `${field} ${raised ? 'raised' : 'lowered'} from ${words(from)} to ${words(to)}`,
    };
}
/** A limit that is a number. */
function diffNumber(field, from, to, looserIsHigher) {
    return diffLimit(field, from, to, formatLimit, (a, b) => a - b, looserIsHigher);
}
/** A limit that is an amount: an absolute amount and a percentage do not compare, so that is a change. */
function diffAmount(field, from, to, looserIsHigher) {
    if (from !== undefined && to !== undefined && from.kind !== to.kind) {
        return { effect: 'changes', words: `${field} changed from ${formatAmount(from)} to ${formatAmount(to)}` };
    }
    const value = (a) => (a.kind === 'absolute' ? a.value : a.percent);
    return diffLimit(field, from, to, formatAmount, (a, b) => value(a) - value(b), looserIsHigher);
}
/** The JSON Schema of an amount, by reference to the policy schema's definition. */
const AMOUNT_SCHEMA = { $ref: '#/definitions/amount' };

;// CONCATENATED MODULE: ./src/core/rules/max.ts
/** `max: x` passes iff c ≤ x. */


const MAX = {
    key: 'max',
    scope: 'threshold',
    schema: { type: 'number', description: 'Absolute ceiling (inclusive).' },
    doc: { written: '`max: x`', passes: '`c ≤ x`' },
    read: (raw) => raw,
    words: (x) => `at most ${formatLimit(x)}`,
    format: formatLimit,
    references: (x) => [x],
    check(x, c) {
        const [cText, xText] = formatDistinct(c, x);
        return atMost(c, x)
            ? { passed: true, limit: x, message: `${cText} is within the ceiling ${xText}` }
            : { passed: false, limit: x, message: `${cText} is above the ceiling ${xText}` };
    },
    diff: (from, to) => diffNumber('max', from, to, true),
};

;// CONCATENATED MODULE: ./src/core/rules/max-improvement.ts


const SUSPECT = 'too good to be true: check for label leakage, a test set that leaked into training, or a broken eval';
const MAX_IMPROVEMENT = {
    key: 'max_improvement',
    scope: 'baseline',
    schema: {
        ...AMOUNT_SCHEMA,
        description: 'Largest believable improvement against the baseline: a larger one is too good to be true (label leakage, a leaked test set, a broken eval).',
    },
    doc: {
        written: '`max_improvement: x` / `"p%"`',
        passes: '`−w ≤ x` / `−w ≤ p/100·\\|b\\|` (against `b = 0`: no improvement at all); a larger gain is too good to be true',
    },
    read: toAmount,
    words: (amount, better) => `may ${betterVerb(better)} at most ${formatAmount(amount)}`,
    format: formatAmount,
    bounds: (amount, b) => ({ min: amount.kind === 'relative' && b === 0 ? 0 : -amountIn(amount, b) }),
    failureNote: SUSPECT,
    check(amount, c, b, better) {
        const w = worsening(c, b, better);
        const gain = -w;
        const change = describeChange(c, b);
        const improve = betterVerb(better);
        if (amount.kind === 'relative' && b === 0) {
            const passed = atMost(gain, 0, c, b);
            return {
                passed,
                limit: b,
                worsening: w,
                message: passed
                    ? `${change}; against a baseline of 0 no ${improve} is believable`
                    : `${change}; against a baseline of 0 any ${improve} is ${SUSPECT}`,
            };
        }
        const allowed = amountIn(amount, b);
        const passed = atMost(gain, allowed, c, b);
        return {
            passed,
            limit: common_valueAt(b, -allowed, better),
            worsening: w,
            message: passed
                ? `${change}; a ${improve} of at most ${limitWords(amount, allowed)} is believable`
                : `${change}; a ${improve} of more than ${limitWords(amount, allowed)} is ${SUSPECT}`,
        };
    },
    diff: (from, to) => diffAmount('max_improvement', from, to, true),
};

;// CONCATENATED MODULE: ./src/core/rules/max-regression.ts


const MAX_REGRESSION = {
    key: 'max_regression',
    scope: 'baseline',
    schema: { ...AMOUNT_SCHEMA, description: 'Largest allowed worsening against the baseline.' },
    doc: {
        written: '`max_regression: x` / `"p%"`',
        passes: '`w ≤ x` / `w ≤ p/100·\\|b\\|` (against `b = 0`: no worsening at all)',
    },
    read: toAmount,
    words: (amount, better) => `may ${worseVerb(better)} at most ${formatAmount(amount)}`,
    format: formatAmount,
    bounds: (amount, b) => ({ max: amount.kind === 'relative' && b === 0 ? 0 : amountIn(amount, b) }),
    check(amount, c, b, better) {
        const w = worsening(c, b, better);
        const change = describeChange(c, b);
        const worse = worseVerb(better);
        if (amount.kind === 'relative' && b === 0) {
            return {
                passed: atMost(w, 0, c, b),
                limit: b,
                worsening: w,
                message: `${change}; a relative limit against a baseline of 0 allows no ${worse} at all`,
            };
        }
        const allowed = amountIn(amount, b);
        return {
            passed: atMost(w, allowed, c, b),
            limit: common_valueAt(b, allowed, better),
            worsening: w,
            message: `${change}; a ${worse} of at most ${limitWords(amount, allowed)} is allowed`,
        };
    },
    diff: (from, to) => diffAmount('max_regression', from, to, true),
};

;// CONCATENATED MODULE: ./src/core/rules/min.ts
/** `min: x` passes iff c ≥ x. */


const MIN = {
    key: 'min',
    scope: 'threshold',
    schema: { type: 'number', description: 'Absolute floor (inclusive).' },
    doc: { written: '`min: x`', passes: '`c ≥ x`' },
    read: (raw) => raw,
    words: (x) => `at least ${formatLimit(x)}`,
    format: formatLimit,
    references: (x) => [x],
    check(x, c) {
        const [cText, xText] = formatDistinct(c, x);
        return atLeast(c, x)
            ? { passed: true, limit: x, message: `${cText} meets the floor ${xText}` }
            : { passed: false, limit: x, message: `${cText} is below the floor ${xText}` };
    },
    diff: (from, to) => diffNumber('min', from, to, false),
};

;// CONCATENATED MODULE: ./src/core/rules/min-improvement.ts


const MIN_IMPROVEMENT = {
    key: 'min_improvement',
    scope: 'baseline',
    schema: { ...AMOUNT_SCHEMA, description: 'Smallest required improvement against the baseline.' },
    doc: {
        written: '`min_improvement: x` / `"p%"`',
        passes: '`−w ≥ x` / `−w ≥ p/100·\\|b\\|` (against `b = 0`: any improvement)',
    },
    read: toAmount,
    words: (amount, better) => `must ${betterVerb(better)} by at least ${formatAmount(amount)}`,
    format: formatAmount,
    bounds: (amount, b) => amount.kind === 'relative' && b === 0 ? { max: 0, strict: true } : { max: -amountIn(amount, b) },
    check(amount, c, b, better) {
        const w = worsening(c, b, better);
        const gain = -w;
        const change = describeChange(c, b);
        const improve = betterVerb(better);
        if (amount.kind === 'relative' && b === 0) {
            return {
                passed: exceeds(gain, 0, c, b),
                limit: b,
                worsening: w,
                message: `${change}; against a baseline of 0 any ${improve} is required`,
            };
        }
        const required = amountIn(amount, b);
        return {
            passed: atLeast(gain, required, c, b),
            limit: common_valueAt(b, -required, better),
            worsening: w,
            message: `${change}; a ${improve} of at least ${limitWords(amount, required)} is required`,
        };
    },
    diff: (from, to) => diffAmount('min_improvement', from, to, false),
};

;// CONCATENATED MODULE: ./src/core/rules/settings.ts
function changed(key, from, to, effect) {
    return { effect, words: `${key} changed from ${String(from)} to ${String(to)}` };
}
const BETTER = {
    key: 'better',
    schema: { enum: ['higher', 'lower'], default: 'higher', description: 'Which direction of change is an improvement.' },
    default: 'higher',
    diff: (from, to) => (from === to ? undefined : changed('better', from, to, 'changes')),
};
const SEVERITY = {
    key: 'severity',
    schema: { enum: ['block', 'warn'], default: 'block', description: 'block: a failure stops the merge; warn: shown, never blocks.' },
    default: 'block',
    doc: { written: '`severity: warn`', passes: 'a failure is shown as a warning and never blocks' },
    diff: (from, to) => (from === to ? undefined : changed('severity', from, to, to === 'block' ? 'tightens' : 'loosens')),
};
const REQUIRED = {
    key: 'required',
    schema: { type: 'boolean', default: true, description: 'false: a missing metric is skipped instead of failing.' },
    default: true,
    doc: { written: '`required: false`', passes: 'a missing metric is skipped instead of failing' },
    diff: (from, to) => (from === to ? undefined : changed('required', from, to, to ? 'tightens' : 'loosens')),
};
const DESCRIPTION = {
    key: 'description',
    schema: { type: 'string', description: 'What the metric means, in words a reviewer understands.' },
    diff: () => undefined,
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts






const RULE_KINDS = [MIN, MAX, MAX_REGRESSION, MIN_IMPROVEMENT, MAX_IMPROVEMENT];
const GATE_SETTINGS = [BETTER, SEVERITY, REQUIRED, DESCRIPTION];
/** The rule keys, in registry order. */
const RULE_KEYS = RULE_KINDS.map((k) => k.key);
/** The kind of a rule key. */
function ruleKind(key) {
    return RULE_KINDS.find((k) => k.key === key);
}
/** The rules a gate sets, in registry order, each with its spec. */
function rulesOf(gate) {
    const specs = gate.rules;
    const out = [];
    for (const kind of RULE_KINDS) {
        const spec = specs[kind.key];
        if (spec !== undefined)
            out.push({ kind, spec });
    }
    return out;
}
/** The README's rules table, as the registry defines it: the docs test holds README.md to it. */
function rulesTable() {
    const rows = [
        ...RULE_KINDS.map((k) => k.doc),
        ...GATE_SETTINGS.flatMap((s) => (s.doc ? [s.doc] : [])),
    ];
    return ['| rule | passes when |', '|---|---|', ...rows.map((d) => `| ${d.written} | ${d.passes} |`)].join('\n');
}


;// CONCATENATED MODULE: ./src/core/verdict.ts
/**
 * True when the check stops the merge: it failed and its rule has severity `block`. The verdict,
 * the heading's count, the `failed` output, the report's `failed` and the exit status all use it.
 */
function blocksMerge(check) {
    return check.status === 'fail' && check.severity === 'block';
}
/** `error` if any evaluation errored (or there are none), else `blocked` if any blocked, else `approved`. */
function combine(evaluations) {
    if (evaluations.length === 0)
        return 'error';
    if (evaluations.some((e) => e.verdict === 'error'))
        return 'error';
    if (evaluations.some((e) => e.verdict === 'blocked'))
        return 'blocked';
    return 'approved';
}
/** The number of checks that block the merge across all evaluations. */
function failedCount(evaluations) {
    return evaluations.reduce((n, e) => n + e.checks.filter(blocksMerge).length, 0);
}
/** 1 when the step must fail: mode `enforce` and verdict `blocked` or `error`; otherwise 0. */
function exitCode(verdict, mode) {
    return mode === 'enforce' && verdict !== 'approved' ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/core/evaluate.ts





/** Applies every gate of `input.model` and returns the checks and the verdict. */
function evaluate(input) {
    const ids = new Set();
    const checks = [];
    const index = new MetricIndex([...input.candidate.keys(), ...(input.baseline?.keys() ?? [])]);
    for (const gate of input.model.gates) {
        for (const check of checkGate(gate, index, input)) {
            checks.push(withUniqueId(check, ids));
        }
    }
    checks.push(...(input.declarationChecks ?? []));
    return {
        model: input.model.name,
        verdict: checks.some(blocksMerge) ? 'blocked' : 'approved',
        mode: input.mode,
        checks,
        problems: [],
        ...input.provenance,
        policyChanges: input.policyChanges ?? [],
        ...(input.declarationSummary ? { declarations: input.declarationSummary } : {}),
    };
}
/** An evaluation that could not be carried out: verdict `error`, the problems, no checks. */
function errorEvaluation(model, mode, problems, provenance) {
    return {
        model,
        verdict: 'error',
        mode,
        checks: [],
        problems,
        ...provenance,
        policyChanges: [],
    };
}
function checkGate(gate, index, input) {
    const names = resolveNames(gate.pattern, index, input.candidate);
    if (names.length === 0) {
        return [
            {
                id: `threshold:${gate.pattern}:present`,
                kind: 'threshold',
                metric: gate.pattern,
                status: missingStatus(gate),
                severity: gate.severity,
                candidate: null,
                baseline: null,
                ruleKey: 'present',
                rule: presenceWords(gate),
                message: `matches no metric in ${candidateFile(input)}${notRequired(gate)}`,
                ...origin(gate),
            },
        ];
    }
    return names.flatMap((name) => checkMetric(gate, name, input));
}
/**
 * The metric names a gate applies to. A literal pattern names one metric (spelled as in the
 * metrics when they spell it differently). A wildcard matches candidate and baseline names, so a
 * slice that is gone from the candidate is still checked, and reported missing.
 */
function resolveNames(pattern, index, candidate) {
    const matches = index.match(pattern);
    if (isWildcard(pattern))
        return matches;
    return [candidate.has(pattern) ? pattern : (matches[0] ?? pattern)];
}
function checkMetric(gate, name, input) {
    const candidate = input.candidate.get(name);
    const baseline = input.baseline?.get(name);
    const b = numberOrNull(baseline);
    const base = { metric: name, severity: gate.severity, baseline: b, ...origin(gate) };
    if (candidate === undefined) {
        const had = b !== null ? ` (the baseline has ${formatNumber(b)})` : '';
        const suggestions = isWildcard(gate.pattern) ? [] : closestAll(name, input.candidate.keys());
        const meant = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : '';
        return [
            {
                ...base,
                id: `threshold:${name}:present`,
                kind: 'threshold',
                status: missingStatus(gate),
                candidate: null,
                ruleKey: 'present',
                rule: presenceWords(gate),
                message: `missing from ${candidateFile(input)}${had}${meant}${notRequired(gate)}`,
                ...(suggestions.length ? { fix: `rename the gate to \`${suggestions[0]}\` in the policy, or make the eval step write \`${name}\`` } : {}),
            },
        ];
    }
    const c = numberOrNull(candidate);
    return rulesOf(gate).map(({ kind, spec }) => {
        const outcome = c === null
            ? unusable(gate, candidate)
            : kind.scope === 'threshold'
                ? judged(gate, kind.check(spec, c))
                : b === null
                    ? withoutBaseline(gate, baselineProblemOf(name, baseline, input), input.model.baseline.missing)
                    : judged(gate, kind.check(spec, c, b, gate.better));
        return {
            ...base,
            id: `${kind.scope}:${name}:${kind.key}`,
            kind: kind.scope,
            candidate: c,
            ruleKey: kind.key,
            rule: kind.words(spec, gate.better),
            ...outcome,
        };
    });
}
function judged(gate, result) {
    const outcome = { status: result.passed ? 'pass' : failStatus(gate), message: result.message };
    if (result.limit !== undefined)
        outcome.limit = result.limit;
    if (result.worsening !== undefined)
        outcome.worsening = result.worsening;
    return outcome;
}
/** A candidate value that is not a finite number fails every check of its metric. */
function unusable(gate, candidate) {
    const why = describeNonNumber(candidate.value) ?? 'not usable';
    return { status: failStatus(gate), message: `candidate value is ${why}` };
}
/** A baseline rule without a baseline value: not evaluated, or failed with `missing: fail`. */
function withoutBaseline(gate, why, missing) {
    return missing === 'fail'
        ? { status: failStatus(gate), message: `no baseline value: ${why} (baseline.missing: fail)` }
        : { status: 'not_evaluated', message: why };
}
/** Why the baseline value of a metric cannot be used, in words. */
function baselineProblemOf(name, metric, input) {
    if (input.baseline === undefined) {
        return input.baselineUnavailable ?? 'no baseline metrics are available';
    }
    if (metric === undefined) {
        const file = input.provenance.baseline.path ?? input.model.baseline.file;
        return `${name} is not in the baseline ${file}`;
    }
    return `the baseline value is ${describeNonNumber(metric.value) ?? 'not usable'}`;
}
function numberOrNull(metric) {
    return metric !== undefined && isFiniteNumber(metric.value) ? metric.value : null;
}
function failStatus(gate) {
    return gate.severity === 'warn' ? 'warn' : 'fail';
}
function missingStatus(gate) {
    return gate.required ? failStatus(gate) : 'skip';
}
function presenceWords(gate) {
    return gate.required ? 'must be present' : 'optional';
}
function notRequired(gate) {
    return gate.required ? '' : '; skipped (required: false)';
}
function candidateFile(input) {
    return input.provenance.candidate.path ?? input.model.metricsFile;
}
function origin(gate) {
    return gate.location === undefined
        ? { gate: gate.pattern }
        : { gate: gate.pattern, location: gate.location };
}
/** Two gates can reach the same metric and rule; the later check's id names its gate. */
function withUniqueId(check, ids) {
    const id = ids.has(check.id) ? `${check.id}@${check.gate ?? ''}` : check.id;
    ids.add(id);
    return id === check.id ? check : { ...check, id };
}

;// CONCATENATED MODULE: ./src/core/policy-diff.ts



/** The changes from `base` to `head`: mode, then per model its settings and its gates. */
function diffPolicies(base, head) {
    const changes = [];
    if (base.mode !== head.mode) {
        const effect = head.mode === 'advisory' ? 'loosens' : 'tightens';
        const words = `changed from ${base.mode} to ${head.mode}`;
        changes.push(change('mode', 'mode', base.mode, head.mode, effect, words));
    }
    const multi = base.multiModel || head.multiModel;
    const headModels = new Map(head.models.map((m) => [m.name, m]));
    const baseNames = new Set(base.models.map((m) => m.name));
    for (const model of base.models) {
        const next = headModels.get(model.name);
        if (next === undefined) {
            const words = 'model removed; its gates no longer apply';
            changes.push(change(model.name, 'model', model.name, undefined, 'loosens', words));
        }
        else {
            const prefix = multi ? `${model.name}/` : '';
            changes.push(...diffSettings(prefix, model, next), ...diffGates(prefix, model.gates, next.gates));
        }
    }
    for (const model of head.models) {
        if (!baseNames.has(model.name)) {
            changes.push(change(model.name, 'model', undefined, model.name, 'tightens', 'model added'));
        }
    }
    return changes;
}
function diffSettings(prefix, base, head) {
    const changes = [];
    const setting = (path, field, from, to, effect, words = `changed from ${String(from)} to ${String(to)}`) => {
        changes.push(change(`${prefix}${path}`, field, from, to, effect, words));
    };
    if (base.metricsFile !== head.metricsFile) {
        setting('metrics.file', 'file', base.metricsFile, head.metricsFile, 'changes');
    }
    const [bb, hb] = [base.baseline, head.baseline];
    if (bb.source !== hb.source) {
        const effect = hb.source === 'none' ? 'loosens' : bb.source === 'none' ? 'tightens' : 'changes';
        setting('baseline.source', 'source', bb.source, hb.source, effect);
    }
    else if (bb.source === 'file' && bb.file !== hb.file) {
        setting('baseline.file', 'file', bb.file, hb.file, 'changes');
    }
    if (bb.missing !== hb.missing) {
        const effect = hb.missing === 'warn' ? 'loosens' : 'tightens';
        setting('baseline.missing', 'missing', bb.missing, hb.missing, effect);
    }
    const [bd, hd] = [base.declarations, head.declarations];
    if (bd !== undefined && hd === undefined) {
        setting('declarations', 'declarations', bd.file, undefined, 'loosens', `removed (was ${bd.file})`);
    }
    else if (bd === undefined && hd !== undefined) {
        setting('declarations', 'declarations', undefined, hd.file, 'tightens', `added (${hd.file})`);
    }
    else if (bd !== undefined && hd !== undefined) {
        changes.push(...diffDeclarations(prefix, bd, hd));
    }
    return changes;
}
/** Declaration settings: fewer requirements, a later review deadline, no CODEOWNERS or extra schema loosen. */
function diffDeclarations(prefix, base, head) {
    const changes = [];
    const setting = (key, from, to, effect, words) => {
        changes.push(change(`${prefix}declarations.${key}`, key, from, to, effect, words));
    };
    if (base.file !== head.file)
        setting('file', base.file, head.file, 'changes', `changed from ${base.file} to ${head.file}`);
    const dropped = base.require.filter((s) => !head.require.includes(s));
    const added = head.require.filter((s) => !base.require.includes(s));
    if (dropped.length > 0)
        setting('require', dropped, undefined, 'loosens', `no longer requires ${dropped.join(', ')}`);
    if (added.length > 0)
        setting('require', undefined, added, 'tightens', `now also requires ${added.join(', ')}`);
    const [fromSchema, toSchema] = [base.schema, head.schema];
    if (fromSchema !== undefined && toSchema === undefined) {
        setting('schema', fromSchema, undefined, 'loosens', `removed (was ${fromSchema})`);
    }
    else if (fromSchema === undefined && toSchema !== undefined) {
        setting('schema', undefined, toSchema, 'tightens', `added (${toSchema})`);
    }
    else if (fromSchema !== toSchema) {
        setting('schema', fromSchema, toSchema, 'changes', `changed from ${String(fromSchema)} to ${String(toSchema)}`);
    }
    const days = (n) => plural(n, 'day');
    const moved = diffLimit('', base.maxReviewAgeDays, head.maxReviewAgeDays, days, (a, b) => a - b, true);
    if (moved)
        setting('max_review_age_days', base.maxReviewAgeDays, head.maxReviewAgeDays, moved.effect, moved.words.trimStart());
    const [fromOwners, toOwners] = [base.codeowners === true, head.codeowners === true];
    if (fromOwners !== toOwners) {
        const words = toOwners ? 'owner handles must now appear in CODEOWNERS' : 'owner handles no longer need to appear in CODEOWNERS';
        setting('codeowners', fromOwners, toOwners, toOwners ? 'tightens' : 'loosens', `changed from ${fromOwners} to ${toOwners}: ${words}`);
    }
    return changes;
}
function diffGates(prefix, base, head) {
    const changes = [];
    const headGates = new Map(head.map((g) => [g.pattern, g]));
    const basePatterns = new Set(base.map((g) => g.pattern));
    for (const gate of base) {
        const target = `${prefix}${gate.pattern}`;
        const next = headGates.get(gate.pattern);
        if (next === undefined) {
            changes.push(change(target, 'gate', gate.pattern, undefined, 'loosens', 'gate removed'));
        }
        else {
            changes.push(...diffGate(target, gate, next));
        }
    }
    for (const gate of head) {
        if (!basePatterns.has(gate.pattern)) {
            const target = `${prefix}${gate.pattern}`;
            changes.push(change(target, 'gate', undefined, gate.pattern, 'tightens', 'gate added'));
        }
    }
    return changes;
}
/** Every rule kind and gate setting of the registry, compared: none can change unseen. */
function diffGate(target, base, head) {
    const changes = [];
    const push = (field, from, to, moved) => {
        if (moved)
            changes.push(change(target, field, from, to, moved.effect, moved.words));
    };
    for (const kind of RULE_KINDS) {
        const from = base.rules[kind.key];
        const to = head.rules[kind.key];
        const shown = (spec) => (spec === undefined || typeof spec === 'number' ? spec : kind.format(spec));
        push(kind.key, shown(from), shown(to), kind.diff(from, to));
    }
    for (const setting of GATE_SETTINGS) {
        const from = base[setting.key];
        const to = head[setting.key];
        push(setting.key, from, to, setting.diff(from, to));
    }
    return changes;
}
function change(target, field, from, to, effect, words) {
    const entry = { target, field, effect, words, description: `\`${target}\`: ${words}` };
    if (from !== undefined)
        entry.from = from;
    if (to !== undefined)
        entry.to = to;
    return entry;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/parse/json.ts
/**
 * A strict JSON reader for metrics files that also accepts the bare `NaN`, `Infinity` and
 * `-Infinity` tokens Python's json module writes. Duplicate keys are errors; mappings are
 * null-prototype objects or Maps; errors carry line and column.
 */


const MAX_DEPTH = 512;
/** A string that needs the slow path: escapes, or raw control characters (which are errors). */
const SPECIAL_IN_STRING = /[\\\u0000-\u001f]/;
/** Character codes the reader branches on. */
const Ch = {
    Tab: 9,
    Newline: 10,
    Return: 13,
    Space: 32,
    Quote: 34,
    Comma: 44,
    Minus: 45,
    Colon: 58,
    OpenBracket: 91,
    Backslash: 92,
    CloseBracket: 93,
    OpenBrace: 123,
    CloseBrace: 125
};
/** Parses JSON text (plus NaN/±Infinity); a syntax error throws a GateError with line and column. */
function parseJsonText(text, file, options = {}) {
    return new JsonReader(text, file, options.mappings ?? 'object').document();
}
class JsonReader {
    text;
    file;
    mappings;
    pos = 0;
    constructor(text, file, mappings) {
        this.text = text;
        this.file = file;
        this.mappings = mappings;
        if (text.charCodeAt(0) === 0xfeff)
            this.pos = 1;
    }
    document() {
        this.skipSpace();
        if (this.pos >= this.text.length)
            this.fail('the file is empty; expected a JSON object.', 'Write the metrics as a JSON object, e.g. {"accuracy": 0.93}.');
        const value = this.value(0);
        this.skipSpace();
        if (this.pos < this.text.length)
            this.fail('unexpected text after the end of the JSON value.', 'Remove it, or combine the values into one JSON object.');
        return value;
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`the JSON is nested more than ${MAX_DEPTH} levels deep.`, 'Flatten the structure.');
        const c = this.text.charCodeAt(this.pos);
        if (c === Ch.OpenBrace)
            return this.object(depth);
        if (c === Ch.OpenBracket)
            return this.array(depth);
        if (c === Ch.Quote)
            return this.string();
        if (c === Ch.Minus || (c >= 48 && c <= 57)) {
            if (this.text.startsWith('-Infinity', this.pos))
                return this.word('-Infinity', -Infinity);
            return this.number();
        }
        if (this.text.startsWith('true', this.pos))
            return this.word('true', true);
        if (this.text.startsWith('false', this.pos))
            return this.word('false', false);
        if (this.text.startsWith('null', this.pos))
            return this.word('null', null);
        if (this.text.startsWith('NaN', this.pos))
            return this.word('NaN', NaN);
        if (this.text.startsWith('Infinity', this.pos))
            return this.word('Infinity', Infinity);
        if (this.pos >= this.text.length)
            this.fail('unexpected end of the file; expected a value.', 'The file is cut short: complete it (was the eval step interrupted?).');
        return this.fail(`unexpected ${this.describeHere()}; expected a value (a number, string, object, array, true, false or null).`, 'Make the file valid JSON: check for a missing value, a stray comma or an unquoted string.');
    }
    object(depth) {
        const out = newMapping(this.mappings);
        const map = out instanceof Map ? out : undefined;
        const record = out;
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === Ch.CloseBrace) {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== Ch.Quote) {
                this.fail(`unexpected ${this.describeHere()}; expected a key in double quotes.`, 'Quote every key with double quotes and remove any trailing comma.');
            }
            const keyStart = this.pos;
            const key = this.string();
            if (map ? map.has(key) : key in record) {
                this.pos = keyStart;
                this.fail(`duplicate key ${JSON.stringify(key)}: a key may appear only once in an object.`, 'Write each metric once.');
            }
            this.skipSpace();
            if (this.text.charCodeAt(this.pos) !== Ch.Colon)
                this.fail(`unexpected ${this.describeHere()}; expected \`:\` after the key.`, 'Separate each key from its value with a colon.');
            this.pos++;
            this.skipSpace();
            const value = this.value(depth + 1);
            // `record` has a null prototype, so even `__proto__` is stored as an own key.
            if (map)
                map.set(key, value);
            else
                record[key] = value;
            this.skipSpace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === Ch.CloseBrace)
                return out;
            if (c !== Ch.Comma) {
                this.pos--;
                this.fail(`unexpected ${this.describeHere()}; expected \`,\` or \`}\` after a value in an object.`, 'Add the missing comma between entries, or close the object.');
            }
        }
    }
    array(depth) {
        const out = [];
        this.pos++;
        this.skipSpace();
        if (this.text.charCodeAt(this.pos) === Ch.CloseBracket) {
            this.pos++;
            return out;
        }
        for (;;) {
            this.skipSpace();
            out.push(this.value(depth + 1));
            this.skipSpace();
            const c = this.text.charCodeAt(this.pos);
            this.pos++;
            if (c === Ch.CloseBracket)
                return out;
            if (c !== Ch.Comma) {
                this.pos--;
                this.fail(`unexpected ${this.describeHere()}; expected \`,\` or \`]\` after a value in an array.`, 'Add the missing comma between items, or close the array.');
            }
        }
    }
    string() {
        const start = this.pos;
        const close = this.text.indexOf('"', start + 1);
        if (close > 0) {
            const raw = this.text.slice(start + 1, close);
            if (!SPECIAL_IN_STRING.test(raw)) {
                this.pos = close + 1;
                return raw;
            }
        }
        return this.escapedString(start);
    }
    /** The slow path: a string with escapes (decoded by JSON.parse), or a broken one. */
    escapedString(start) {
        let i = start + 1;
        for (;;) {
            const c = this.text.charCodeAt(i);
            if (Number.isNaN(c)) {
                this.pos = start;
                this.fail('unterminated string.', 'Close the string with a double quote.');
            }
            if (c === Ch.Quote)
                break;
            if (c < 0x20) {
                this.pos = i;
                this.fail('control character inside a string.', 'Escape it (for example `\\n` for a newline).');
            }
            i += c === Ch.Backslash ? 2 : 1;
        }
        this.pos = i + 1;
        try {
            return JSON.parse(this.text.slice(start, i + 1));
        }
        catch {
            this.pos = start;
            return this.fail('invalid escape sequence in a string.', 'Use JSON escapes only: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.');
        }
    }
    number() {
        const text = this.text;
        const start = this.pos;
        let i = start;
        if (text.charCodeAt(i) === Ch.Minus)
            i++;
        const first = i;
        if (text.charCodeAt(i) === 48)
            i++;
        else
            while (isDigit(text.charCodeAt(i)))
                i++;
        if (i === first)
            this.fail(`unexpected ${this.describeHere()}; expected a number.`, 'Write numbers as JSON numbers, e.g. 0.93, -1, 1e-5.');
        if (text.charCodeAt(i) === 46) {
            i++;
            if (!isDigit(text.charCodeAt(i)))
                this.failAt(i, 'expected a digit after the decimal point.', 'Write numbers as JSON numbers, e.g. 0.93 (not 1.).');
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 101 || e === 69) {
            i++;
            const sign = text.charCodeAt(i);
            if (sign === 43 || sign === Ch.Minus)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                this.failAt(i, 'expected a digit in the exponent.', 'Write numbers as JSON numbers, e.g. 1e-5.');
            while (isDigit(text.charCodeAt(i)))
                i++;
        }
        this.pos = i;
        return Number(text.slice(start, i));
    }
    word(word, value) {
        this.pos += word.length;
        return value;
    }
    skipSpace() {
        const text = this.text;
        let c = text.charCodeAt(this.pos);
        while (c === Ch.Space || c === Ch.Newline || c === Ch.Return || c === Ch.Tab)
            c = text.charCodeAt(++this.pos);
    }
    describeHere() {
        if (this.pos >= this.text.length)
            return 'end of the file';
        const ch = this.text.slice(this.pos, this.pos + 1);
        return `character ${JSON.stringify(ch)}`;
    }
    failAt(pos, message, fix) {
        this.pos = pos;
        return this.fail(message, fix);
    }
    fail(message, fix) {
        const before = this.text.slice(0, this.pos);
        const line = before.split('\n').length;
        const column = this.pos - before.lastIndexOf('\n');
        throw new GateError({ file: this.file, line, column, message, fix });
    }
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}

;// CONCATENATED MODULE: ./src/parse/yaml.ts
/**
 * Safe YAML reading: YAML 1.2 core schema only (no 1.1 `yes`/`no` booleans, no merge keys, no
 * custom tags), one document, unique keys, bounded alias expansion. Mappings become
 * null-prototype objects (or Maps), so a `__proto__` or `constructor` key is just data.
 */




/** Alias dereferences allowed per document, nested ones included: stops "billion laughs". */
const MAX_ALIAS_EXPANSIONS = 100;
/** Values that aliases may add beyond the document's own size (one huge anchor aliased often). */
const MAX_ALIAS_GROWTH = 100_000;
/**
 * Nesting allowed in a YAML document. Checked on the syntax tree before composing, because the
 * composer recurses and a stack overflow deep inside it can abort the whole process.
 */
const yaml_MAX_DEPTH = 200;
const YAML_OPTIONS = {
    version: '1.2',
    schema: 'core',
    merge: false,
    // Duplicate keys are found (with their position) while converting: the library's own check
    // compares every key with every other, which is quadratic in a 5,000-gate policy.
    uniqueKeys: false,
    strict: true,
    resolveKnownTags: false,
    customTags: [],
    stringKeys: false
};
/** Parses one YAML 1.2 document into plain data; any YAML problem throws a located GateError. */
function parseYaml(text, file, options = {}) {
    const lineCounter = new dist/* LineCounter */.HN();
    const position = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
    const doc = composeOne(text, file, lineCounter, position);
    const problems = [...doc.errors, ...doc.warnings].map((e) => yamlProblem(e, file, text, position));
    const directive = versionDirectiveProblem(doc, text, file);
    if (directive)
        problems.unshift(directive);
    if (problems.length > 0)
        throw new GateError(problems);
    const anchors = new AnchorIndex(doc);
    const converter = new Converter(anchors, file, position, options.mappings ?? 'object', text.length);
    const value = doc.contents === null ? null : converter.convert(doc.contents, 0);
    const pairs = new PairIndex(anchors);
    return { value, locate: (path, target = 'key') => locateIn(doc, anchors, pairs, path, target, position) };
}
/** Composes the first document (a second one is an error), refusing over-deep syntax trees first. */
function composeOne(text, file, lineCounter, position) {
    const parser = new dist/* Parser */.iX(lineCounter.addNewLine);
    const composer = new dist/* Composer */.Dk(YAML_OPTIONS);
    const tooDeep = ({ line, column }) => new GateError({ file, line, column, message: `the data is nested more than ${yaml_MAX_DEPTH} levels deep.`, fix: 'Flatten the structure.' });
    const checked = function* (tokens) {
        for (const token of tokens) {
            const deep = tooDeepAt(token);
            if (deep !== undefined)
                throw tooDeep(position(deep));
            yield token;
        }
    };
    let doc;
    try {
        for (const next of composer.compose(checked(parser.parse(text)), true, text.length)) {
            if (!doc)
                doc = next;
            else {
                doc.errors.push(new dist/* YAMLParseError */.XT([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'more than one document'));
                break;
            }
        }
    }
    catch (err) {
        // The library's parser recurses once per open block collection while it builds a document, so
        // thousands of nested indented levels overflow the stack before the tree can be checked.
        if (err instanceof RangeError && /call stack/i.test(err.message))
            throw tooDeep(deepestIndent(text));
        throw err;
    }
    return doc;
}
/**
 * The first non-blank character of the most indented line, where deep block nesting shows. Counted
 * here: the parser stopped part-way, so its line counter may not have reached that line.
 */
function deepestIndent(text) {
    let deepest = { line: 1, column: 1 };
    let line = 1;
    for (let start = 0; start < text.length; line++) {
        let i = start;
        while (text.charCodeAt(i) === 32)
            i++;
        if (i - start + 1 > deepest.column)
            deepest = { line, column: i - start + 1 };
        const end = text.indexOf('\n', i);
        start = end < 0 ? text.length : end + 1;
    }
    return deepest;
}
/** The offset of the first syntax node nested deeper than MAX_DEPTH, if any (iterative: no recursion). */
function tooDeepAt(token) {
    const stack = [[token, 0]];
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
        const [node, depth] = entry;
        if (depth > yaml_MAX_DEPTH)
            return node.offset;
        if (node.type === 'document' && node.value)
            stack.push([node.value, depth]);
        if (node.type === 'block-map' || node.type === 'block-seq' || node.type === 'flow-collection') {
            for (const item of node.items) {
                if ('key' in item && item.key)
                    stack.push([item.key, depth + 1]);
                if (item.value)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
    return undefined;
}
/** A `%YAML 1.1` directive would change what `yes`, `on`, `010` mean elsewhere: refuse it. */
function versionDirectiveProblem(doc, text, file) {
    const yaml = doc.directives?.yaml;
    if (!yaml?.explicit || yaml.version === '1.2')
        return undefined;
    const lines = text.split(/\r?\n/);
    const index = lines.findIndex((l) => /^%YAML\b/.test(l));
    return {
        file,
        line: index >= 0 ? index + 1 : 1,
        column: 1,
        message: `the \`%YAML ${yaml.version}\` directive is not supported: model-gate reads YAML 1.2 only (where \`yes\` and \`no\` are strings, not booleans).`,
        fix: 'Remove the `%YAML` line (and write booleans as `true`/`false`).'
    };
}
function yamlProblem(error, file, text, position) {
    const base = { file, ...position(error.pos[0]) };
    const summary = error.message.split('\n')[0] ?? '';
    switch (error.code) {
        case 'DUPLICATE_KEY': {
            const key = keyTextAt(text, error.pos[0]);
            return {
                ...base,
                message: `duplicate key${key ? ` \`${key}\`` : ''}: a key may appear only once in a mapping.`,
                fix: 'Remove or rename one of the two entries.'
            };
        }
        case 'MULTIPLE_DOCS':
            return {
                ...base,
                message: 'the file holds more than one YAML document (a second `---` line).',
                fix: 'Keep a single document: remove the extra `---` and what follows it, or merge the two.'
            };
        case 'TAG_RESOLVE_FAILED':
            return {
                ...base,
                message: `unsupported YAML tag (${summary.replace(/^Unresolved tag: /, '')}): only plain values are accepted.`,
                fix: 'Remove the `!tag` and write the value as a plain string, number, list or mapping.'
            };
        case 'BAD_DIRECTIVE':
            return { ...base, message: `${summary}.`, fix: 'Remove the `%` directive line.' };
        default:
            return { ...base, message: `invalid YAML: ${summary}.`, fix: 'Correct the YAML syntax at this position (indentation, quotes, brackets, `key: value`).' };
    }
}
function keyTextAt(text, offset) {
    const rest = text.slice(offset, offset + 200);
    const match = /^(["']?)(.*?)\1\s*:/.exec(rest);
    return match?.[2] ?? '';
}
/**
 * What each alias refers to: the last node before it with that anchor. Found in one pass over the
 * document, since the library's `Alias.resolve` walks the whole document on every call.
 */
class AnchorIndex {
    doc;
    targets;
    constructor(doc) {
        this.doc = doc;
    }
    resolve(alias) {
        if (!this.targets) {
            const targets = new Map();
            const latest = new Map();
            (0,dist/* visit */.YR)(this.doc, {
                Node: (_key, node) => {
                    if ((0,dist/* isAlias */.Vj)(node))
                        targets.set(node, latest.get(node.source));
                    else if (node.anchor)
                        latest.set(node.anchor, node);
                }
            });
            this.targets = targets;
        }
        return this.targets.get(alias);
    }
}
/** Turns YAML nodes into plain data, expanding aliases under a budget. */
class Converter {
    anchors;
    file;
    position;
    mappings;
    aliasExpansions = 0;
    values = 0;
    maxValues;
    constructor(anchors, file, position, mappings, sourceLength) {
        this.anchors = anchors;
        this.file = file;
        this.position = position;
        this.mappings = mappings;
        // Without aliases a document cannot hold more values than it has characters.
        this.maxValues = sourceLength + MAX_ALIAS_GROWTH;
    }
    convert(node, depth) {
        if (depth > yaml_MAX_DEPTH) {
            throw this.problem(node, `the data is nested more than ${yaml_MAX_DEPTH} levels deep.`, 'Flatten the structure.');
        }
        if (++this.values > this.maxValues) {
            throw this.problem(node, 'aliases expand to far more data than the file holds: the file looks like an alias bomb.', 'Write the values out instead of repeating large `*alias` references.');
        }
        if ((0,dist/* isAlias */.Vj)(node))
            return this.convert(this.expand(node), depth + 1);
        if ((0,dist/* isScalar */.jn)(node))
            return this.scalar(node);
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((item) => this.convert(item, depth + 1));
        if ((0,dist/* isMap */.jh)(node)) {
            const out = newMapping(this.mappings);
            const seen = new Set();
            for (const pair of node.items) {
                const key = this.key(pair);
                if (seen.has(key)) {
                    throw this.problem(pair.key, `duplicate key \`${key}\`: a key may appear only once in a mapping.`, 'Remove or rename one of the two entries.');
                }
                seen.add(key);
                setMapping(out, key, this.convert(pair.value, depth + 1));
            }
            return out;
        }
        if (node === null || node === undefined)
            return null;
        throw this.problem(node, 'unsupported YAML node.', 'Use plain strings, numbers, lists and mappings.');
    }
    expand(alias) {
        this.aliasExpansions++;
        if (this.aliasExpansions > MAX_ALIAS_EXPANSIONS) {
            throw this.problem(alias, `too many alias expansions (more than ${MAX_ALIAS_EXPANSIONS}): the file looks like an alias bomb.`, 'Write the values out instead of nesting `*alias` references.');
        }
        const target = this.anchors.resolve(alias);
        if (target === undefined) {
            throw this.problem(alias, `unknown alias \`*${alias.source}\`.`, `Define \`&${alias.source}\` before it is used.`);
        }
        return target;
    }
    scalar(node) {
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        throw this.problem(node, 'unsupported value type.', 'Use a plain string, number, boolean or null.');
    }
    key(pair) {
        const node = (0,dist/* isAlias */.Vj)(pair.key) ? this.expand(pair.key) : pair.key;
        const text = scalarKeyText(node);
        if (text === undefined) {
            throw this.problem(pair.key, 'a mapping key must be a plain value, not a list or mapping.', 'Use a plain string as the key.');
        }
        if (text === '')
            throw this.problem(pair.key ?? pair.value, 'empty mapping key.', 'Give the entry a name before the `:`.');
        return text;
    }
    problem(node, message, fix) {
        const range = node?.range;
        const pos = range ? this.position(range[0]) : undefined;
        return new GateError({ file: this.file, line: pos?.line, column: pos?.column, message, fix });
    }
}
/** The text of a scalar key: strings as they are, other scalars as written in the source. */
function scalarKeyText(node) {
    if (node === null || node === undefined)
        return '';
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
/** Each mapping's entries by key text, built on first use, so locating is not a scan per call. */
class PairIndex {
    anchors;
    maps = new WeakMap();
    constructor(anchors) {
        this.anchors = anchors;
    }
    find(map, key) {
        let byKey = this.maps.get(map);
        if (!byKey) {
            byKey = new Map();
            for (const pair of map.items) {
                const text = scalarKeyText((0,dist/* isAlias */.Vj)(pair.key) ? this.anchors.resolve(pair.key) : pair.key);
                if (text !== undefined && !byKey.has(text))
                    byKey.set(text, pair);
            }
            this.maps.set(map, byKey);
        }
        return byKey.get(key);
    }
}
function locateIn(doc, anchors, pairs, path, target, position) {
    let node = doc.contents;
    let at = startOf(doc.contents) ?? 0;
    for (const [i, segment] of path.entries()) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = anchors.resolve(node);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = pairs.find(node, String(segment));
            if (!pair)
                return undefined;
            const valueStart = hasValue(pair.value) ? startOf(pair.value) : undefined;
            at = target === 'value' && i === path.length - 1 && valueStart !== undefined ? valueStart : (startOf(pair.key) ?? valueStart);
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && /^\d+$/.test(String(segment))) {
            node = node.items[Number(segment)];
            at = startOf(node);
        }
        else {
            return undefined;
        }
    }
    return at === undefined ? undefined : position(at);
}
function startOf(node) {
    return node?.range?.[0];
}
/** An empty value (`key:` with nothing after it) has no text of its own to point at. */
function hasValue(node) {
    return !((0,dist/* isScalar */.jn)(node) && node.value === null && node.source === '');
}

;// CONCATENATED MODULE: ./src/declarations/parse.ts



const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;
/**
 * Parses a declarations file. A Markdown file without front matter gives `data: undefined`.
 * Throws GateError when the YAML is invalid or the front matter is never closed.
 */
function parseDeclarations(text, file) {
    const parsed = isDataFile(file) ? parseYaml(text, file) : parseFrontMatter(text, file);
    if (!parsed)
        return { file, data: undefined, lineOf: () => undefined };
    const lines = text.split(/\r?\n/);
    return {
        file,
        data: parsed.value,
        lineOf: (path) => parsed.locate(splitPath(path))?.line,
        valueText: (path) => {
            const at = parsed.locate(splitPath(path), 'value');
            return at ? SCALAR_TOKEN.exec(lines[at.line - 1]?.slice(at.column - 1) ?? '')?.[0] : undefined;
        }
    };
}
/** A plain scalar as written on its line: up to whitespace, a comment or flow punctuation. */
const SCALAR_TOKEN = /^[^\s,#[\]{}]+/;
function isDataFile(file) {
    return /\.(ya?ml|json)$/i.test(file);
}
function parseFrontMatter(text, file) {
    const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
    if (!FENCE.test(lines[0] ?? ''))
        return undefined;
    const end = lines.findIndex((line, i) => i > 0 && CLOSING_FENCE.test(line));
    if (end < 0) {
        throw new GateError({
            file,
            line: 1,
            column: 1,
            message: 'the front matter that starts on line 1 is never closed.',
            fix: 'Add a `---` line after the last front matter line.'
        });
    }
    // An empty first line stands for the opening fence, so YAML line numbers match the file's.
    return parseYaml(['', ...lines.slice(1, end)].join('\n'), file);
}

;// CONCATENATED MODULE: ./src/metrics/flatten.ts
/**
 * Flattens parsed metrics data into dot-path names (see product.md "Metric names"): nested
 * mappings join with `.`, a literal `.` or `\` in a key is escaped, lists use index segments, and
 * an object with a `value` plus only annotation keys (`n`, `stderr`, `ci`, `unit`) is one leaf.
 */


/** Nesting allowed in a metrics file. */
const MAX_METRICS_DEPTH = 64;
const ANNOTATION_KEYS = new Set(['value', 'n', 'stderr', 'ci', 'unit']);
/** Flattens a parsed metrics document (a mapping) into a Map in file order. */
function flattenMetrics(data, file) {
    if (!isMapping(data)) {
        throw new GateError({
            file,
            line: 1,
            column: 1,
            message: `expected a mapping of metric names to values at the top of the file, found ${flatten_describe(data)}.`,
            fix: 'Write the metrics as an object, e.g. {"accuracy": 0.93, "latency_ms": {"p95": 88}}.'
        });
    }
    const out = new Map();
    walk(data, '', 1, out, file);
    return out;
}
function walk(node, prefix, depth, out, file) {
    if (depth > MAX_METRICS_DEPTH) {
        throw new GateError({
            file,
            message: `metrics are nested more than ${MAX_METRICS_DEPTH} levels deep (at \`${prefix}\`).`,
            fix: 'Flatten the metrics file.'
        });
    }
    const visit = (key, value) => {
        const name = prefix === '' ? escapeSegment(key) : `${prefix}.${escapeSegment(key)}`;
        if (Array.isArray(value)) {
            walk(value, name, depth + 1, out, file);
        }
        else if (isMapping(value)) {
            const leaf = annotatedLeaf(value);
            if (leaf)
                out.set(name, leaf);
            else
                walk(value, name, depth + 1, out, file);
        }
        else {
            out.set(name, { value: scalar(value) });
        }
    };
    if (Array.isArray(node))
        node.forEach((value, i) => visit(String(i), value));
    else if (node instanceof Map)
        node.forEach((value, key) => visit(key, value));
    else
        for (const key of Object.keys(node))
            visit(key, node[key]);
}
/** `{value, n?, stderr?, ci?, unit?}` with a scalar value → a Metric; annotations of the wrong type are dropped. */
function annotatedLeaf(node) {
    if (!hasOwn(node, 'value'))
        return undefined;
    const keys = node instanceof Map ? [...node.keys()] : Object.keys(node);
    if (!keys.every((k) => ANNOTATION_KEYS.has(k)))
        return undefined;
    const value = getOwn(node, 'value');
    if (Array.isArray(value) || isMapping(value))
        return undefined;
    const metric = { value: scalar(value) };
    const n = getOwn(node, 'n');
    const stderr = getOwn(node, 'stderr');
    const ci = getOwn(node, 'ci');
    const unit = getOwn(node, 'unit');
    if (flatten_isFiniteNumber(n))
        metric.n = n;
    if (flatten_isFiniteNumber(stderr))
        metric.stderr = stderr;
    if (Array.isArray(ci) && ci.length === 2 && flatten_isFiniteNumber(ci[0]) && flatten_isFiniteNumber(ci[1]))
        metric.ci = [ci[0], ci[1]];
    if (typeof unit === 'string')
        metric.unit = unit;
    return metric;
}
function scalar(value) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null)
        return value;
    return String(value);
}
function flatten_isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function escapeSegment(key) {
    return key.includes('.') || key.includes('\\') ? key.replace(/[\\.]/g, (ch) => `\\${ch}`) : key;
}
function flatten_describe(value) {
    if (value === null || value === undefined)
        return 'an empty document';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value} (${JSON.stringify(String(value).slice(0, 40))})`;
}

;// CONCATENATED MODULE: ./src/metrics/parse.ts



/**
 * Parses metrics text by the file's extension (.json → JSON with NaN/Infinity, .yaml/.yml →
 * YAML; otherwise a leading `{` means JSON) and flattens it. Throws GateError on bad input.
 */
function parseMetrics(text, file) {
    const data = looksLikeJson(text, file)
        ? parseJsonText(text, file, { mappings: 'map' })
        : parseYaml(text, file, { mappings: 'map' }).value;
    return flattenMetrics(data, file);
}
function looksLikeJson(text, file) {
    const lower = file.toLowerCase();
    if (lower.endsWith('.json'))
        return true;
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return false;
    return text.trimStart().startsWith('{');
}

;// CONCATENATED MODULE: ./src/policy/declaration-names.ts
/**
 * What `declarations.require` may name: a section of the built-in declarations schema
 * (schema/declarations.schema.json) or a dot path of a field under one, e.g. `ownership.on_call`.
 * The names are read from the schema itself, so the two cannot drift apart.
 */


const isNode = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The sub-schema a local `$ref` (`#/definitions/x`) points at. */
function declaration_names_resolve(node) {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
        return node;
    let target = declarations_schema_namespaceObject;
    for (const key of ref.slice(2).split('/'))
        target = isNode(target) ? target[key] : undefined;
    return isNode(target) ? declaration_names_resolve(target) : node;
}
/** Dot paths of every mapping key under `node` (through `$ref`s and combinators), not into lists. */
function fieldPaths(node, prefix, seen) {
    const resolved = declaration_names_resolve(node);
    if (seen.has(resolved))
        return [];
    const inside = new Set(seen).add(resolved);
    const properties = isNode(resolved.properties) ? resolved.properties : {};
    const own = Object.keys(properties).flatMap((key) => {
        const child = properties[key];
        const path = `${prefix}.${key}`;
        return [path, ...(isNode(child) ? fieldPaths(child, path, inside) : [])];
    });
    const combined = ['allOf', 'anyOf', 'oneOf']
        .flatMap((k) => (Array.isArray(resolved[k]) ? resolved[k] : []))
        .concat([resolved.if, resolved.then, resolved.else])
        .filter(isNode)
        .flatMap((sub) => fieldPaths(sub, prefix, inside));
    return [...own, ...combined];
}
const root = declarations_schema_namespaceObject;
const rootProperties = isNode(root.properties) ? root.properties : {};
/** The sections, in the schema's order: privacy, ownership, maintenance, governance. */
const DECLARATION_SECTIONS = Object.keys(rootProperties);
/** Every name `declarations.require` accepts: the sections and the dot paths of their fields. */
const DECLARATION_NAMES = [
    ...new Set(DECLARATION_SECTIONS.flatMap((section) => {
        const node = rootProperties[section];
        return [section, ...(isNode(node) ? fieldPaths(node, section, new Set()) : [])];
    }))
];
const KNOWN = new Set(DECLARATION_NAMES);
/** Why `name` cannot be required (with the name it is probably a typo of), or undefined when it is known. */
function unknownDeclarationName(name, here) {
    if (KNOWN.has(name))
        return undefined;
    const section = name.split('.')[0] ?? name;
    const sectionKnown = DECLARATION_SECTIONS.includes(section);
    const guess = sectionKnown ? fieldGuess(section, name.slice(section.length + 1)) : closest(name, [...DECLARATION_NAMES]);
    const what = sectionKnown ? `a field of \`${section}\`` : 'a declarations section';
    const sections = DECLARATION_SECTIONS.map((s) => `\`${s}\``).join(', ');
    return {
        message: `${here} names \`${name}\`, which is not ${what}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        fix: guess
            ? `Write \`${guess}\`.`
            : `Name a section (${sections}) or a field under one, e.g. \`ownership.on_call\`; the fields are listed in schema/declarations.schema.json.`
    };
}
/** The field of `section` nearest to `rest` (compared without the section, so only the field's spelling counts). */
function fieldGuess(section, rest) {
    const prefix = `${section}.`;
    const fields = DECLARATION_NAMES.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length));
    const guess = closest(rest, fields);
    return guess === undefined ? undefined : `${prefix}${guess}`;
}

;// CONCATENATED MODULE: ./schema/policy.schema.json
const policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://model-gate.dev/schema/policy.schema.json","title":"model-gate policy, version 1","description":"The gate policy (.github/model-gate.yml): either one model (top-level metrics, baseline, gates, declarations) or several under `models`. Unknown keys are errors.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1,"description":"Policy format version; must be 1."},"mode":{"enum":["enforce","advisory"],"default":"enforce","description":"enforce: a blocked verdict fails the step; advisory: never fails, reports what would have blocked."},"metrics":{"$ref":"#/definitions/metrics"},"baseline":{"$ref":"#/definitions/baseline"},"gates":{"$ref":"#/definitions/gates"},"declarations":{"$ref":"#/definitions/declarations"},"models":{"type":"object","description":"Several models, each with its own metrics, baseline, gates and declarations. Cannot be combined with the top-level keys.","minProperties":1,"propertyNames":{"$ref":"#/definitions/modelName"},"additionalProperties":{"$ref":"#/definitions/model"}}},"if":{"required":["models"]},"then":{"properties":{"metrics":false,"baseline":false,"gates":false,"declarations":false}},"else":{"required":["gates"]},"definitions":{"modelName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$"},"model":{"type":"object","additionalProperties":false,"required":["gates"],"properties":{"metrics":{"$ref":"#/definitions/metrics"},"baseline":{"$ref":"#/definitions/baseline"},"gates":{"$ref":"#/definitions/gates"},"declarations":{"$ref":"#/definitions/declarations"}}},"path":{"type":"string","minLength":1,"description":"A path relative to the repository root."},"metrics":{"type":"object","additionalProperties":false,"properties":{"file":{"$ref":"#/definitions/path","default":"eval/metrics.json","description":"Candidate metrics (JSON or YAML), read from the workspace."}}},"baseline":{"type":"object","additionalProperties":false,"properties":{"source":{"enum":["base","file","none"],"default":"base","description":"base: the metrics file at the PR\'s base commit; file: `file` at the base commit; none: no baseline."},"file":{"$ref":"#/definitions/path","description":"Defaults to metrics.file; required with source: file."},"missing":{"enum":["warn","fail"],"default":"warn","description":"When the baseline file or a baseline metric is absent: warn (not evaluated) or fail."}},"if":{"required":["source"],"properties":{"source":{"const":"file"}}},"then":{"required":["file"]}},"gates":{"type":"object","description":"Metric path (dot path; `*` matches one segment; `\\\\.` is a literal dot) → rules.","minProperties":1,"propertyNames":{"$ref":"#/definitions/gatePattern"},"additionalProperties":{"$ref":"#/definitions/gate"}},"gatePattern":{"type":"string","pattern":"^(?:\\\\*|(?:[^.*\\\\\\\\]|\\\\\\\\.)+)(?:\\\\.(?:\\\\*|(?:[^.*\\\\\\\\]|\\\\\\\\.)+))*$"},"gate":{"type":"object","additionalProperties":false,"properties":{"min":{"type":"number","description":"Absolute floor (inclusive)."},"max":{"type":"number","description":"Absolute ceiling (inclusive)."},"better":{"enum":["higher","lower"],"default":"higher","description":"Which direction of change is an improvement."},"max_regression":{"$ref":"#/definitions/amount","description":"Largest allowed worsening against the baseline."},"min_improvement":{"$ref":"#/definitions/amount","description":"Smallest required improvement against the baseline."},"max_improvement":{"$ref":"#/definitions/amount","description":"Largest believable improvement against the baseline: a larger one is too good to be true (label leakage, a leaked test set, a broken eval)."},"severity":{"enum":["block","warn"],"default":"block","description":"block: a failure stops the merge; warn: shown, never blocks."},"required":{"type":"boolean","default":true,"description":"false: a missing metric is skipped instead of failing."},"description":{"type":"string","description":"What the metric means, in words a reviewer understands."}},"anyOf":[{"required":["min"]},{"required":["max"]},{"required":["max_regression"]},{"required":["min_improvement"]},{"required":["max_improvement"]}]},"amount":{"description":"A non-negative number (absolute, in the metric\'s unit) or a percentage of |baseline| such as \\"0.5%\\".","oneOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\\\s*(?:\\\\d+(?:\\\\.\\\\d*)?|\\\\.\\\\d+)\\\\s*%\\\\s*$"}]},"declarations":{"type":"object","additionalProperties":false,"properties":{"file":{"$ref":"#/definitions/path","default":"MODEL_CARD.md","description":"Markdown with YAML front matter, or a .yml/.yaml/.json file, read from the workspace."},"require":{"type":"array","default":["privacy","ownership"],"uniqueItems":true,"items":{"$ref":"#/definitions/declarationName"},"description":"Sections (privacy, ownership, maintenance, governance) or dot paths under them (e.g. ownership.on_call) that must be declared and sound."},"schema":{"$ref":"#/definitions/path","description":"A JSON Schema in the repository with its own rules for the declarations, read at the base commit. Local file only: no remote $ref."},"max_review_age_days":{"type":"integer","minimum":1,"description":"Block when ownership.review.last_reviewed is more than this many days ago."},"codeowners":{"type":"boolean","default":false,"description":"Every owner handle must appear in CODEOWNERS (read at the base commit) for the declarations file\'s path."}}},"declarationName":{"type":"string","minLength":1,"description":"A declarations section, or a dot path of a field under one (checked against schema/declarations.schema.json)."}}}');
;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * Validates policy data against schema/policy.schema.json and turns ajv's errors into one clear,
 * located problem per place: what was expected there and how to fix it.
 */




const OPTIONS = { verbose: true, strict: true, strictRequired: false, ownProperties: true };
const schema_validate = new dist_ajv.Ajv({ ...OPTIONS, allErrors: true }).compile(policy_schema_namespaceObject);
let firstErrorOnly;
/**
 * Gates above which only the first schema problem is reported: ajv's all-errors mode is quadratic
 * in the number of errors, and a PR's copy of the policy could hold tens of thousands of bad gates.
 */
const MAX_GATES_FOR_ALL_ERRORS = 2000;
/** Sub-schemas whose errors get one tailored message (ajv reports them by object identity). */
const definitions = policy_schema_namespaceObject.definitions;
const AMOUNT_SCHEMAS = new Set([definitions.amount, ...definitions.amount.oneOf]);
const GATE_RULE_ALTERNATIVES = new Set(definitions.gate.anyOf);
/** The rule keys of a gate, in the order people write them (the registry's). */
const GATE_RULE_KEYS = RULE_KEYS;
const AMOUNT_MESSAGE = 'expected a number or a percentage like 5%';
const MODEL_NAME_HINT = 'letters, digits, `.`, `_` and `-`, starting with a letter or digit';
/** Schema problems of policy data (empty when it conforms), each located in the file. */
function schemaProblems(data, file, locate) {
    const check = gateCount(data) > MAX_GATES_FOR_ALL_ERRORS ? (firstErrorOnly ??= new dist_ajv.Ajv(OPTIONS).compile(policy_schema_namespaceObject)) : schema_validate;
    if (check(data))
        return [];
    const translated = (check.errors ?? []).map(schema_translate).filter((t) => t !== undefined);
    const typos = typoIndex(translated);
    const best = new Map();
    for (const found of translated.filter((t) => !explainedByTypo(t, typos))) {
        const key = JSON.stringify(found.path);
        const current = best.get(key);
        if (!current || found.rank > current.rank)
            best.set(key, found);
    }
    return [...best.values()]
        .map((found) => {
        const position = locate(found.path, found.at) ?? locate(found.path.slice(0, -1)) ?? { line: 1, column: 1 };
        return { file, line: position.line, column: position.column, message: found.message, fix: found.fix };
    })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
/** How many gates the data holds, over all models (0 for anything that is not a policy mapping). */
function gateCount(data) {
    const size = (value) => (value !== null && typeof value === 'object' ? Object.keys(value).length : 0);
    const get = (value, key) => (value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? value[key] : undefined);
    const models = get(data, 'models');
    const nested = models !== null && typeof models === 'object' ? Object.values(models).reduce((n, m) => n + size(get(m, 'gates')), 0) : 0;
    return size(get(data, 'gates')) + nested;
}
/** Each "did you mean" suggestion, keyed by the mapping it was made in: built once, looked up per problem. */
function typoIndex(all) {
    const index = new Set();
    for (const t of all)
        if (t.suggests !== undefined)
            index.add(`${JSON.stringify(t.path.slice(0, -1))}\u0000${t.suggests}`);
    return index;
}
/** "No `gates`" next to an unknown key `gate` (did you mean `gates`?) is the same mistake: say it once. */
function explainedByTypo(problem, typos) {
    const parent = JSON.stringify(problem.path);
    return problem.wants?.some((key) => typos.has(`${parent}\u0000${key}`)) ?? false;
}
function schema_translate(error) {
    const path = instancePath(error.instancePath);
    const here = describePath(path);
    const parent = error.parentSchema;
    if (error.keyword === 'if')
        return undefined;
    if (AMOUNT_SCHEMAS.has(parent))
        return { path, rank: 3, at: 'value', ...amountProblem(here, error.data) };
    if (GATE_RULE_ALTERNATIVES.has(parent))
        return undefined;
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') {
        const name = error.propertyName;
        return { path: [...path, name], rank: 3, ...propertyNameProblem(parent === definitions.modelName, name) };
    }
    switch (error.keyword) {
        case 'propertyNames':
            return undefined;
        case 'anyOf':
            return {
                path,
                rank: 2,
                wants: [...GATE_RULE_KEYS],
                message: `${here} has no rule: a gate needs at least one of ${GATE_RULE_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
                fix: `Add a rule, e.g. \`min: 0.9\` or \`max_regression: 1%\`, under ${here}.`
            };
        case 'additionalProperties': {
            const key = String(error.params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            if (key === '<<') {
                return { path: [...path, key], rank: 2, message: `merge keys (\`<<\`) are not supported ${path.length === 0 ? 'in the policy' : `in ${here}`}.`, fix: 'Write the keys out, or reuse a whole gate with an alias (`b: *a`).' };
            }
            const guess = closest(key, allowed);
            const where = path.length === 0 ? 'at the top level of the policy' : `in ${here}`;
            return {
                path: [...path, key],
                rank: 2,
                suggests: guess,
                message: `unknown key \`${key}\` ${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: guess ? `Rename it to \`${guess}\`.` : `Use only: ${allowed.map((k) => `\`${k}\``).join(', ')}.`
            };
        }
        case 'false schema':
            return {
                path,
                rank: 3,
                message: `top-level \`${String(path[path.length - 1])}\` cannot be combined with \`models:\`.`,
                fix: 'Move it into each model under `models:` (every model has its own metrics, baseline, gates and declarations), or drop `models:` for a single-model policy.'
            };
        case 'required': {
            const missing = error.params.missingProperty;
            return { path, rank: 2, wants: [missing], ...requiredProblem(path, missing) };
        }
        case 'const': {
            const expected = JSON.stringify(error.params.allowedValue);
            if (path.join('.') === 'version') {
                return {
                    path,
                    rank: 2,
                    at: 'value',
                    message: `unsupported policy version ${JSON.stringify(error.data)}: expected \`version: ${expected}\`.`,
                    fix: `Set \`version: ${expected}\` (the only policy format this release reads).`
                };
            }
            return { path, rank: 2, at: 'value', message: `${here} must be ${expected}.`, fix: `Set it to ${expected}.` };
        }
        case 'enum': {
            const allowed = (error.params.allowedValues ?? []).map(String);
            const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
            return {
                path,
                rank: 2,
                at: 'value',
                message: `${here} is ${JSON.stringify(error.data)}; expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
                fix: `Set ${here} to ${guess ? `\`${guess}\`` : `one of ${allowed.join(', ')}`}.`
            };
        }
        case 'type':
            return { path, rank: 1, at: 'value', ...typeProblem(path, here, String(error.params.type), error.data) };
        case 'minProperties':
            return {
                path,
                rank: 2,
                message: `${here} is empty.`,
                fix: path[path.length - 1] === 'models' ? 'Add at least one model under `models:`.' : `Add at least one gate, e.g. \`accuracy: {min: 0.9}\`.`
            };
        case 'minimum': {
            const limit = error.params.limit;
            return {
                path,
                rank: 2,
                at: 'value',
                message: `${here} is ${JSON.stringify(error.data)}; expected ${limit} or more.`,
                fix: path[path.length - 1] === 'max_review_age_days' ? 'Write a whole number of days, e.g. `180`.' : `Set it to ${limit} or more.`
            };
        }
        case 'minLength':
            return { path, rank: 2, at: 'value', message: `${here} is empty.`, fix: 'Give a non-empty value.' };
        case 'uniqueItems':
            return { path, rank: 2, at: 'value', message: `${here} lists the same entry twice.`, fix: 'Remove the duplicate.' };
        default:
            return { path, rank: 0, message: `${here} ${error.message ?? 'is invalid'}.`, fix: 'See the policy reference in the README.' };
    }
}
function amountProblem(here, value) {
    const negative = typeof value === 'number' && value < 0;
    const shown = typeof value === 'string' ? value : JSON.stringify(value);
    return {
        message: `${here}: ${AMOUNT_MESSAGE}${negative ? ', not a negative number' : ''}, found \`${shown}\`.`,
        fix: 'Write a non-negative number in the metric\'s unit (e.g. `0.01`) or a percentage of the baseline (e.g. `0.5%`).'
    };
}
function propertyNameProblem(isModelName, name) {
    if (isModelName) {
        return {
            message: `invalid model name \`${name}\`: use ${MODEL_NAME_HINT}.`,
            fix: 'Rename the model, e.g. `fraud-v2`.'
        };
    }
    return { message: `invalid gate pattern \`${name}\`: ${patternDefect(name)}.`, fix: 'Write a dot path such as `latency_ms.p95` or `slices.*.recall`; escape a literal dot as `\\.`.' };
}
/** Says what is wrong with a gate pattern that failed the schema's pattern. */
function patternDefect(pattern) {
    if (pattern === '')
        return 'it is empty';
    const segments = [];
    let current = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            if (i + 1 >= pattern.length)
                return 'it ends with a lone `\\`';
            current += ch + pattern[++i];
        }
        else if (ch === '.') {
            segments.push(current);
            current = '';
        }
        else
            current += ch;
    }
    segments.push(current);
    if (segments.some((s) => s === ''))
        return 'it has an empty segment (a leading, trailing or doubled `.`)';
    if (segments.some((s) => s !== '*' && /(^|[^\\])\*/.test(s)))
        return '`*` must be a whole segment (as in `slices.*.recall`), not part of one';
    return 'it is not a valid metric path';
}
function requiredProblem(path, missing) {
    const last = path[path.length - 1];
    if (missing === 'version')
        return { message: 'the policy has no `version`.', fix: 'Add `version: 1` as the first line.' };
    if (missing === 'gates') {
        const owner = path.length === 0 ? 'the policy' : `model \`${String(last)}\``;
        return { message: `${owner} has no \`gates\`.`, fix: 'Add `gates:` with at least one gate, e.g. `gates: {accuracy: {min: 0.9}}`.' };
    }
    if (missing === 'file' && last === 'baseline') {
        return { message: '`baseline.source` is `file`, so `baseline.file` is required.', fix: 'Add `file: <path of the baseline metrics at the base commit>` under `baseline:`, or use `source: base`.' };
    }
    return { message: `${describePath(path)} is missing \`${missing}\`.`, fix: `Add \`${missing}\`.` };
}
const schema_TYPE_WORDS = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: '`true` or `false`'
};
function typeProblem(path, here, type, value) {
    const expected = schema_TYPE_WORDS[type] ?? type;
    const found = schema_describeValue(value);
    if (path.length === 0) {
        return { message: `expected the policy to be a mapping starting with \`version: 1\`, found ${found}.`, fix: 'Write the policy as YAML keys: `version: 1`, `gates: ...`.' };
    }
    if (path.length >= 2 && path[path.length - 2] === 'gates' && type === 'object') {
        return { message: `${here} must be a mapping of rules, found ${found}.`, fix: `Write e.g. \`${String(path[path.length - 1])}: {min: 0.9}\`.` };
    }
    return { message: `${here} must be ${expected}, found ${found}.`, fix: `Write ${expected} there.` };
}
function schema_describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value === 'string' ? 'the string' : 'the value'} ${JSON.stringify(value)}`;
}
/** A readable name for a place in the policy, e.g. "gate `accuracy`", "`max` of gate `latency_ms.p95` (model `fraud`)". */
function describePath(path) {
    if (path.length === 0)
        return 'the policy';
    const model = path[0] === 'models' && path.length >= 2 ? ` (model \`${String(path[1])}\`)` : '';
    const rest = path[0] === 'models' && path.length >= 3 ? path.slice(2) : path;
    const gi = rest.indexOf('gates');
    if (gi >= 0 && rest.length > gi + 1) {
        const gate = `gate \`${String(rest[gi + 1])}\``;
        const inner = rest.slice(gi + 2);
        return `${inner.length ? `\`${inner.join('.')}\` of ${gate}` : gate}${model}`;
    }
    if (path[0] === 'models' && path.length === 2)
        return `model \`${String(path[1])}\``;
    return `\`${rest.join('.')}\`${model}`;
}
function instancePath(pointer) {
    return pointerSegments(pointer);
}

;// CONCATENATED MODULE: ./src/policy/load.ts
/**
 * Reads a policy file (version 1): YAML → schema validation → checks the schema cannot express
 * (min > max, paths outside the repository) → a typed Policy with every default applied.
 */





/** Defaults of the policy file, as documented in product.md. */
const POLICY_DEFAULTS = {
    mode: 'enforce',
    metricsFile: 'eval/metrics.json',
    baselineSource: 'base',
    baselineMissing: 'warn',
    declarationsFile: 'MODEL_CARD.md',
    declarationsRequire: ['privacy', 'ownership']
};
/** The name of the one model of a single-model policy. */
const DEFAULT_MODEL = 'default';
/** Parses and validates a policy file; throws a GateError listing every problem with its location. */
function parsePolicy(text, file) {
    const { value, locate } = parseYaml(text, file);
    const problems = schemaProblems(value, file, locate);
    if (problems.length > 0)
        throw new GateError(problems);
    const raw = value;
    const context = { file, locate, problems: [] };
    const models = raw.models
        ? Object.keys(raw.models).map((name) => buildModel(name, raw.models[name], ['models', name], context))
        : [buildModel(DEFAULT_MODEL, raw, [], context)];
    if (context.problems.length > 0)
        throw new GateError(context.problems);
    return { version: 1, mode: raw.mode ?? POLICY_DEFAULTS.mode, models, multiModel: raw.models !== undefined };
}
function buildModel(name, raw, at, ctx) {
    const metricsFile = checkedPath(raw.metrics?.file, [...at, 'metrics', 'file'], ctx) ?? POLICY_DEFAULTS.metricsFile;
    const baseline = {
        source: raw.baseline?.source ?? POLICY_DEFAULTS.baselineSource,
        file: checkedPath(raw.baseline?.file, [...at, 'baseline', 'file'], ctx) ?? metricsFile,
        missing: raw.baseline?.missing ?? POLICY_DEFAULTS.baselineMissing
    };
    const gates = Object.keys(raw.gates).map((pattern) => buildGate(pattern, raw.gates[pattern], [...at, 'gates', pattern], ctx));
    const model = { name, metricsFile, baseline, gates };
    if (raw.declarations)
        model.declarations = buildDeclarations(raw.declarations, [...at, 'declarations'], ctx);
    return model;
}
function buildGate(pattern, raw, at, ctx) {
    const position = ctx.locate(at);
    const rules = {};
    for (const kind of RULE_KINDS) {
        if (raw[kind.key] !== undefined)
            rules[kind.key] = kind.read(raw[kind.key]);
    }
    const rule = {
        pattern,
        better: raw.better ?? 'higher',
        rules: rules,
        severity: raw.severity ?? 'block',
        required: raw.required ?? true,
        location: { file: ctx.file, line: position?.line, column: position?.column }
    };
    if (raw.description !== undefined)
        rule.description = raw.description;
    const { min, max } = rule.rules;
    if (min !== undefined && max !== undefined && min > max) {
        report(ctx, [...at, 'min'], `${describePath(at)} has \`min: ${min}\` above \`max: ${max}\`, so no value can pass.`, 'Swap or correct the two bounds.');
    }
    return rule;
}
/** Declaration settings: each required name must be a known section or field; `codeowners` is kept only when on. */
function buildDeclarations(raw, at, ctx) {
    raw.require?.forEach((name, i) => {
        const problem = unknownDeclarationName(name, describePath([...at, 'require']));
        if (problem)
            report(ctx, [...at, 'require', i], problem.message, problem.fix, 'value');
    });
    const settings = {
        file: checkedPath(raw.file, [...at, 'file'], ctx) ?? POLICY_DEFAULTS.declarationsFile,
        require: raw.require ?? [...POLICY_DEFAULTS.declarationsRequire]
    };
    const schema = checkedPath(raw.schema, [...at, 'schema'], ctx);
    if (schema !== undefined)
        settings.schema = schema;
    if (raw.max_review_age_days !== undefined)
        settings.maxReviewAgeDays = raw.max_review_age_days;
    if (raw.codeowners === true)
        settings.codeowners = true;
    return settings;
}
/** A repository-relative path that stays inside the repository; reports and returns undefined otherwise. */
function checkedPath(path, at, ctx) {
    if (path === undefined)
        return undefined;
    const normal = path.replace(/\\/g, '/');
    if (normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..')) {
        report(ctx, at, `${describePath(at)} is \`${path}\`: expected a path inside the repository, relative to its root.`, 'Remove the leading `/` or any `..`, e.g. `eval/metrics.json`.', 'value');
        return undefined;
    }
    return path;
}
function report(ctx, at, message, fix, target = 'key') {
    const position = ctx.locate(at, target);
    ctx.problems.push({ file: ctx.file, line: position?.line, column: position?.column, message, fix });
}

;// CONCATENATED MODULE: ./src/gate/run.ts










/** Where GitHub looks for CODEOWNERS, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
const shortSha = (sha) => (sha ? sha.slice(0, 7) : 'unknown');
/** Turns any failure into problems: GateErrors keep their locations, other errors name the file. */
function problemsOf(err, file, fix) {
    if (err instanceof GateError)
        return err.problems;
    return [{ file, message: err instanceof Error ? err.message : String(err), fix }];
}
async function readOrProblem(source, path, kind) {
    try {
        return await source.read(path, kind);
    }
    catch (err) {
        throw new GateError(problemsOf(err, path));
    }
}
/** Reads and validates the policy from the trusted place, and compares it with the PR's copy. */
async function loadPolicy(opts) {
    const path = opts.policyPath;
    const fromWorkspace = async (note) => {
        const text = await readOrProblem(opts.workspace, path, 'policy');
        if (text === undefined) {
            throw new GateError({
                file: path,
                message: `No policy file at ${path}${opts.base ? ` (neither at base ${shortSha(opts.base.sha)} nor in the workspace)` : ''}.`,
                fix: 'Add the policy file (see the README), or point the `policy` input at it.'
            });
        }
        return {
            policy: parsePolicy(text, path),
            provenance: { source: 'workspace', path, sha: opts.headSha, note },
            changes: []
        };
    };
    if (opts.policySource === 'workspace')
        return fromWorkspace('`policy-source: workspace`: the PR\'s own copy of the policy was used.');
    if (!opts.base)
        return fromWorkspace(`${opts.noBaseReason ?? 'There is no base commit'}; the workspace copy of the policy was used.`);
    const baseText = await readOrProblem(opts.base, path, 'policy');
    if (baseText === undefined) {
        return fromWorkspace(`The base commit ${shortSha(opts.base.sha)} has no policy yet (this change introduces it); the workspace copy was used.`);
    }
    const policy = parsePolicy(baseText, path);
    const loaded = { policy, provenance: { source: 'base', path, sha: opts.base.sha }, changes: [] };
    let headText;
    try {
        headText = await opts.workspace.read(path, 'policy');
    }
    catch (err) {
        loaded.headPolicyProblem = problemsOf(err, path);
        return loaded;
    }
    if (headText !== undefined && headText !== baseText) {
        try {
            loaded.changes = diffPolicies(policy, parsePolicy(headText, path));
        }
        catch (err) {
            loaded.headPolicyProblem = problemsOf(err, path);
        }
    }
    else if (headText === undefined) {
        loaded.changes = [{ target: path, field: 'file', effect: 'loosens', words: 'this change deletes the policy file', description: `This change deletes the policy file ${path}.` }];
    }
    return loaded;
}
function selectModels(policy, model, path) {
    if (!model)
        return policy.models;
    const found = policy.models.find((m) => m.name === model);
    if (found)
        return [found];
    throw new GateError({
        file: path,
        message: `The \`model\` input names "${model}", which the policy does not define (it defines: ${policy.models.map((m) => m.name).join(', ')}).`,
        fix: 'Use one of the model names under `models:` in the policy, or leave `model` empty to gate them all.'
    });
}
async function readBaseline(model, opts) {
    const settings = model.baseline;
    if (settings.source === 'none') {
        return { provenance: { source: 'none' }, unavailable: 'the policy sets `baseline.source: none`' };
    }
    let from = opts.base;
    let provenance = { source: 'base', path: settings.file, sha: opts.base?.sha };
    if (!from) {
        if (settings.source !== 'file') {
            const reason = opts.noBaseReason ?? 'there is no base commit to compare with';
            return { provenance: { source: 'none', path: settings.file, note: reason }, unavailable: reason };
        }
        from = opts.workspace;
        provenance = { source: 'workspace', path: settings.file, sha: opts.headSha, note: 'There is no base commit; the baseline file was read from the workspace.' };
    }
    const text = await readOrProblem(from, settings.file, 'metrics');
    if (text === undefined) {
        const unavailable = `${settings.file} does not exist at ${from === opts.workspace ? 'the workspace' : `base ${shortSha(from.sha)}`} (a first run?)`;
        return { provenance: { ...provenance, note: `No baseline: ${unavailable}.` }, unavailable };
    }
    return { metrics: parseMetrics(text, settings.file), provenance };
}
/** Trusted inputs of the declaration checks (CODEOWNERS, the extra schema) come from the base. */
function trustedSource(opts) {
    return opts.base ?? opts.workspace;
}
async function readCodeowners(opts) {
    for (const file of CODEOWNERS_PATHS) {
        const text = await readOrProblem(trustedSource(opts), file, 'codeowners');
        if (text !== undefined)
            return { file, text };
    }
    return undefined;
}
async function readExtraSchema(path, opts) {
    const text = await readOrProblem(trustedSource(opts), path, 'schema');
    if (text === undefined) {
        throw new GateError({
            file: path,
            message: `The policy's \`declarations.schema\` names ${path}, which does not exist${opts.base ? ` at base ${shortSha(opts.base.sha)}` : ''}.`,
            fix: 'Commit the schema file to the base branch, or remove `declarations.schema` from the policy.'
        });
    }
    const schema = /\.json$/i.test(path) ? parseJsonText(text, path) : parseYaml(text, path).value;
    return { file: path, schema };
}
async function existingFiles(paths, workspace) {
    const found = new Set();
    for (const path of paths) {
        if (await workspace.exists(path).catch(() => false))
            found.add(path);
    }
    return found;
}
async function readDeclarations(model, candidate, opts) {
    const settings = model.declarations;
    if (!settings)
        return { checks: [] };
    const text = await readOrProblem(opts.workspace, settings.file, 'declarations');
    const doc = text === undefined ? undefined : parseDeclarations(text, settings.file);
    const index = new MetricIndex(candidate.keys());
    return checkDeclarations({
        doc,
        settings,
        now: opts.now,
        candidate,
        gatedMetrics: [...new Set(model.gates.flatMap((gate) => index.match(gate.pattern)))],
        existingFiles: await existingFiles(artefactPaths(doc), opts.workspace),
        codeowners: settings.codeowners ? await readCodeowners(opts) : undefined,
        extraSchema: settings.schema ? await readExtraSchema(settings.schema, opts) : undefined
    });
}
async function evaluateModel(model, mode, loaded, opts) {
    const candidateProvenance = { source: 'workspace', path: model.metricsFile, sha: opts.headSha };
    let baselineProvenance = { source: 'none' };
    try {
        const candidateText = await readOrProblem(opts.workspace, model.metricsFile, 'metrics');
        if (candidateText === undefined) {
            throw new GateError({
                file: model.metricsFile,
                message: `The candidate metrics file ${model.metricsFile} does not exist in the workspace.`,
                fix: 'Run the evaluation step before model-gate so that it writes this file, or set `metrics.file` in the policy to where it writes.'
            });
        }
        const candidate = parseMetrics(candidateText, model.metricsFile);
        const baseline = await readBaseline(model, opts);
        baselineProvenance = baseline.provenance;
        const declarations = await readDeclarations(model, candidate, opts);
        const declarationChecks = [...declarations.checks];
        if (loaded.headPolicyProblem)
            declarationChecks.push(headPolicyCheck(loaded.headPolicyProblem));
        return evaluate({
            model,
            mode,
            candidate,
            baseline: baseline.metrics,
            baselineUnavailable: baseline.unavailable,
            declarationChecks,
            declarationSummary: declarations.summary,
            policyChanges: loaded.changes,
            provenance: { policy: loaded.provenance, baseline: baseline.provenance, candidate: candidateProvenance }
        });
    }
    catch (err) {
        return errorEvaluation(model.name, mode, problemsOf(err, model.metricsFile), {
            policy: loaded.provenance,
            baseline: baselineProvenance,
            candidate: candidateProvenance
        });
    }
}
/** The PR's copy of the policy does not validate: merging it would break the gate, so it blocks. */
function headPolicyCheck(problems) {
    const first = problems[0];
    return {
        id: 'policy:head-copy-valid',
        kind: 'policy',
        status: 'fail',
        severity: 'block',
        rule: 'the changed policy must be valid',
        message: `This change makes the policy invalid, which would stop the gate after merge: ${problems.map((p) => `${p.file}:${p.line ?? '?'}: ${p.message}`).join('; ')}`,
        location: first ? { file: first.file, line: first.line, column: first.column } : undefined
    };
}
/**
 * Runs the gate: reads the policy (trusted copy), the candidate and baseline metrics and the
 * declarations, evaluates every selected model and combines the verdicts. Never throws for bad
 * input: problems become an `error` verdict.
 */
async function runGate(opts) {
    const base = { headSha: opts.headSha, baseSha: opts.base?.sha, policyPath: opts.policyPath };
    let loaded;
    let models;
    try {
        loaded = await loadPolicy(opts);
        models = selectModels(loaded.policy, opts.model, opts.policyPath);
    }
    catch (err) {
        const mode = opts.mode ?? 'enforce';
        const evaluation = errorEvaluation(opts.model ?? 'default', mode, problemsOf(err, opts.policyPath), {
            policy: { source: opts.policySource === 'base' && opts.base ? 'base' : 'workspace', path: opts.policyPath, sha: opts.base?.sha },
            baseline: { source: 'none' },
            candidate: { source: 'workspace', sha: opts.headSha }
        });
        return { ...base, verdict: 'error', mode, evaluations: [evaluation], modelKey: opts.model ?? 'default' };
    }
    const mode = opts.mode ?? loaded.policy.mode;
    const evaluations = [];
    for (const model of models)
        evaluations.push(await evaluateModel(model, mode, loaded, opts));
    const modelKey = opts.model ?? (loaded.policy.multiModel ? 'all' : 'default');
    return { ...base, verdict: combine(evaluations), mode, evaluations, modelKey };
}

;// CONCATENATED MODULE: ./src/core/check-text.ts
/** A fix as a sentence: a full stop when it ends without one. */
function asSentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
/** `MODEL_CARD.md line 12: \`ownership.on_call\` is missing. Fix: add …` */
function checkSentence(check) {
    const at = check.location;
    const where = check.kind === 'declaration' && at?.line !== undefined ? `${at.file} line ${at.line}: ` : '';
    const status = check.status === 'not_evaluated' ? 'not evaluated: ' : '';
    return `${where}${status}${check.message}${check.fix ? ` Fix: ${asSentence(check.fix)}` : ''}${check.note ? ` ${check.note}` : ''}`;
}

;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * Escaping of repository text (metric names, card values, paths, messages) for GitHub Markdown.
 * The output renders as the literal input in cmark-gfm (tables, autolink, tagfilter on), and
 * cannot break a table row, open HTML or a comment, embed an image or link, ping a user or
 * team, cross-reference an issue, render emoji or math, or forge the model-gate marker.
 */
/** U+2060 WORD JOINER: invisible, and breaks the patterns GitHub links (mentions, refs, URLs). */
const escape_JOINER = '\u2060';
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
        .replace(/@/g, `@${escape_JOINER}`)
        .replace(/#(?=[\p{L}\p{N}])/gu, `#${escape_JOINER}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${escape_JOINER}-`)
        .replace(/:(?=\/\/)/g, `:${escape_JOINER}`)
        .replace(/(www)\./gi, `$1${escape_JOINER}.`)
        .replace(/:(?=[a-z0-9_+-]+:)/gi, `:${escape_JOINER}`);
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
    const pad = line.startsWith('`') || line.endsWith('`') || (/^ .*[^ ].* $/.test(line)) ? ' ' : '';
    return `${fence}${pad}${line}${pad}${fence}`;
}
/** Text inside raw HTML (such as `<summary>`): entity-escaped, on one line, links broken. */
function html(text) {
    const escaped = oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
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

;// CONCATENATED MODULE: ./src/render/rows.ts
const ICON = {
    pass: '✅',
    fail: '❌',
    warn: '⚠️',
    not_evaluated: '➖',
    skip: '⏭️'
};
const STATUS_WORDS = {
    pass: 'passes',
    fail: 'fails',
    warn: 'warning',
    not_evaluated: 'not evaluated',
    skip: 'skipped'
};
/** Display order: failing first, then warnings, not evaluated, skipped, passing. */
const RANK = { fail: 0, warn: 1, not_evaluated: 2, skip: 3, pass: 4 };
/** The status to show: a failed rule with severity `warn` is a warning, not a failure. */
function shownStatus(check) {
    return check.status === 'fail' && check.severity === 'warn' ? 'warn' : check.status;
}
/** The worst shown status among checks (pass when there are none). */
function worstStatus(checks) {
    return checks.map(shownStatus).reduce((a, b) => (RANK[b] < RANK[a] ? b : a), 'pass');
}
function finite(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
/** The first finite candidate / baseline value among a row's checks. */
function rowValues(row) {
    return {
        candidate: row.checks.map((c) => c.candidate).find(finite),
        baseline: row.checks.map((c) => c.baseline).find(finite)
    };
}
function groupRows(checks, nameOf) {
    const byName = new Map();
    for (const check of checks) {
        const name = nameOf(check);
        byName.set(name, [...(byName.get(name) ?? []), check]);
    }
    const rows = [...byName].map(([name, group]) => ({ name, status: worstStatus(group), checks: group }));
    return rows.sort((a, b) => RANK[a.status] - RANK[b.status]);
}
/** Threshold and baseline checks, one row per metric, failing rows first (stable otherwise). */
function metricRows(checks) {
    const metricChecks = checks.filter((c) => c.kind === 'threshold' || c.kind === 'baseline');
    return groupRows(metricChecks, (c) => c.metric ?? c.gate ?? c.id);
}

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
    return splitPath(field)[0] ?? field;
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
function counted(n, one) {
    return `${n} ${one}${n === 1 ? '' : 's'}`;
}
/** `ownership ❌ (2 problems, 1 warning)`: a section's status and what is wrong in it. */
function sectionStatus(section) {
    const problems = section.checks.filter((c) => shownStatus(c) === 'fail').length;
    const warnings = section.checks.filter((c) => shownStatus(c) === 'warn').length;
    const counts = [problems ? counted(problems, 'problem') : '', warnings ? counted(warnings, 'warning') : '']
        .filter(Boolean)
        .join(', ');
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
    return [check.message, check.fix ? `Fix: ${asSentence(check.fix)}` : '', check.note ?? ''].filter(Boolean).join(' ');
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
        item('special categories', listed(s.specialCategories, term), false)
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
        review
    ];
    return `**Ownership:** ${items.filter(Boolean).join(' · ')}`;
}
function hasPrivacy(s) {
    return s.personalData !== undefined || s.regulations.length + s.legalBasis.length + s.specialCategories.length > 0 || s.anonymisation !== undefined;
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
        hasOwnership(summary) || checked.has('ownership') ? ownershipLine(summary) : undefined
    ].filter((l) => l !== undefined);
    return lines.length ? lines.join('\\\n') : undefined;
}
/**
 * The declarations block: the glance lines, then a details element (open when a declaration
 * blocks) whose summary gives each section's status and whose table lists every check.
 */
function declarationsBlock(ev) {
    const sections = declarationSections(ev.checks);
    const lines = glance(ev.declarations, sections);
    if (sections.length === 0)
        return lines;
    const open = ev.checks.some((c) => c.kind === 'declaration' && blocksMerge(c)) ? ' open' : '';
    const details = [
        `<details${open}><summary>Declarations: ${sections.map(sectionStatus).join(' · ')}</summary>`,
        '',
        '| | Field | Line | Result |',
        '|:-:|---|---|---|',
        ...checkRows(ev.checks),
        '',
        '</details>'
    ].join('\n');
    return lines ? `${lines}\n\n${details}` : details;
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
        const blocking = chosen.every(blocksMerge);
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
    const failing = checks.filter((c) => c.kind === 'declaration' && blocksMerge(c));
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
function format_formatNumber(n, digits = DEFAULT_DIGITS) {
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
function format_formatDistinct(values, references = []) {
    const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    const others = [...numbers, ...references.filter(Number.isFinite)];
    for (let digits = DEFAULT_DIGITS; digits < MAX_DIGITS; digits++) {
        const clash = numbers.some((v) => others.some((o) => o !== v && format_formatNumber(o, digits) === format_formatNumber(v, digits)));
        if (!clash)
            return values.map((v) => format_formatNumber(v, digits));
    }
    return values.map((v) => format_formatNumber(v, MAX_DIGITS));
}
/** A relative change in percent: whole percent from 10%, one decimal below, one digit if tiny. */
function format_formatPercent(percent) {
    const abs = Math.abs(percent);
    if (abs >= 10)
        return String(Math.round(abs));
    if (abs >= 0.05)
        return trimZeros(abs.toFixed(1));
    return format_formatNumber(abs, 1);
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
    const absolute = signed(delta, format_formatNumber(Math.abs(delta)).replace(MINUS, ''));
    if (baseline === 0)
        return absolute;
    const percent = (delta / Math.abs(baseline)) * 100;
    return `${absolute} (${signed(delta, format_formatPercent(percent))}%)`;
}
/** The first 7 characters of a commit SHA; other strings unchanged. */
function format_shortSha(sha) {
    return /^[0-9a-f]{8,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/** How far a value moved, unsigned: relative to |baseline| (`3.7%`), absolute when it is 0. */
function formatMovement(candidate, baseline) {
    const delta = Math.abs(candidate - baseline);
    if (baseline === 0)
        return format_formatNumber(delta);
    return `${format_formatPercent((delta / Math.abs(baseline)) * 100)}%`;
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
    error: '**Advisory mode:** this result did not fail the check; in enforce mode this error would have blocked the merge.'
};
/** The full PR comment: the marker line, then the body. */
function renderComment(result, ctx) {
    return `${markerFor(result.modelKey, result.headSha)}\n${renderBody(result, ctx)}`;
}
/** The job summary: the same content as the comment, without the marker. */
function renderSummary(result, ctx) {
    return renderBody(result, ctx);
}
function renderBody(result, ctx) {
    const blocksOut = [heading(result)];
    if (result.mode === 'advisory')
        blocksOut.push(ADVISORY_LINE[result.verdict]);
    const changes = policyChangesBlock(result.evaluations.flatMap((ev) => ev.policyChanges));
    const [single] = result.evaluations;
    if (result.evaluations.length === 0) {
        blocksOut.push('No model was evaluated.', changes);
    }
    else if (result.evaluations.length === 1 && single) {
        blocksOut.push(...evaluationBlocks(single, result, ctx, changes));
    }
    else {
        for (const ev of result.evaluations) {
            blocksOut.push(`### ${VERDICT_ICON[ev.verdict]} model ${code(ev.model)}: ${ev.verdict} — ${outcome(ev)}`);
            blocksOut.push(...evaluationBlocks(ev, result, ctx, undefined));
        }
        blocksOut.push(changes);
    }
    blocksOut.push(...nextSteps(result, ctx));
    const run = safeUrl(ctx.runUrl);
    if (run)
        blocksOut.push(`[Run log](<${run}>)`);
    return `${blocksOut.filter((b) => b !== undefined && b !== '').join('\n\n')}\n`;
}
/**
 * The short outcome after the verdict word, counted in what the reader sees below it: rows of the
 * metrics table, checks of the declarations table, blocking policy problems. `2 of 9 metrics fail`.
 */
function outcome(ev) {
    if (ev.verdict === 'error')
        return 'the gate could not be evaluated';
    const rows = metricRows(ev.checks);
    const declarations = ev.checks.filter((c) => c.kind === 'declaration');
    const policyBlocks = ev.checks.filter((c) => c.kind === 'policy' && blocksMerge(c)).length;
    const fails = (n) => (n === 1 ? 'fails' : 'fail');
    if (ev.verdict === 'blocked') {
        const failedRows = rows.filter((row) => row.checks.some(blocksMerge)).length;
        const failedDeclarations = declarations.filter(blocksMerge).length;
        return [
            failedRows ? `${failedRows} of ${plural(rows.length, 'metric')} ${fails(failedRows)}` : '',
            failedDeclarations ? `${failedDeclarations} of ${plural(declarations.length, 'declaration check')} ${fails(failedDeclarations)}` : '',
            policyBlocks ? `${plural(policyBlocks, 'policy problem')}` : ''
        ]
            .filter(Boolean)
            .join('; ');
    }
    if (rows.length === 0 && declarations.length === 0)
        return 'no checks are configured';
    const tally = (status) => rows.filter((row) => row.status === status).length;
    const declarationWarnings = declarations.filter((c) => shownStatus(c) === 'warn').length;
    return [
        tally('pass') ? plural(tally('pass'), 'metric passes', 'metrics pass') : '',
        tally('warn') ? plural(tally('warn'), 'metric warning') : '',
        tally('not_evaluated') ? `${tally('not_evaluated')} not evaluated` : '',
        tally('skip') ? `${tally('skip')} skipped` : '',
        declarations.length ? (declarationWarnings ? plural(declarationWarnings, 'declaration warning') : 'declarations sound') : ''
    ]
        .filter(Boolean)
        .join(', ');
}
function modelsOutcome(evaluations) {
    const n = evaluations.length;
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
    return `## ${VERDICT_ICON[result.verdict]} model-gate${name}: ${result.verdict}${advisory} — ${detail}`;
}
/**
 * The sections of one model's part of the comment, in the order they are shown. A new section is
 * one module exporting a CommentSection, listed here where it belongs.
 */
const comment_SECTIONS = [
    { id: 'problems', render: ({ ev }) => problemsBlock(ev.problems) },
    { id: 'summary', render: ({ ev, views }) => summaryLine(ev, views) },
    { id: 'metrics', render: ({ ev, views, result }) => (views.length ? metricTable(views, ev, result) : undefined) },
    { id: 'notes', render: ({ ev, views }) => notesBlock(ev, views) },
    { id: 'declarations', render: ({ ev }) => declarationsBlock(ev) },
    { id: 'policy-changes', render: ({ changes }) => changes },
    { id: 'provenance', render: ({ ev, ctx }) => provenanceLine(ev, ctx) }
];
function evaluationBlocks(ev, result, ctx, changes) {
    const input = { ev, result, ctx, views: metricRows(ev.checks).map(viewOf), changes };
    return comment_SECTIONS.map((section) => section.render(input));
}
function comment_finite(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function viewOf(row) {
    const { candidate, baseline } = rowValues(row);
    const references = row.checks.map((c) => c.limit).filter(comment_finite);
    const [candidateText = '—', baselineText = '—'] = format_formatDistinct([candidate, baseline], references);
    return { row, candidate, baseline, candidateText, baselineText, change: formatChange(candidate, baseline) };
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
        return `${name} ${verb}${by} (${view.baselineText} → ${view.candidateText}; ${rules})`;
    }
    if (candidate !== undefined)
        return `${name} is ${view.candidateText} (${rules})`;
    return subjectMessage(view.row.name, failing[0]?.message ?? '');
}
function summaryItems(ev, views, picked) {
    return [
        ...views.flatMap((view) => {
            const failing = view.row.checks.filter(picked);
            return failing.length ? [metricItem(view, failing)] : [];
        }),
        ...declarationSummaryItems(ev.checks, picked),
        ...ev.checks.filter((c) => c.kind === 'policy' && picked(c)).map((c) => prose(c.message))
    ];
}
function capped(items) {
    const rest = items.length - SUMMARY_ITEMS;
    return items.slice(0, SUMMARY_ITEMS).join(' · ') + (rest > 0 ? ` · and ${rest} more` : '');
}
/** One line of what blocks (or, when nothing blocks, what warns). */
function summaryLine(ev, views) {
    const blocking = summaryItems(ev, views, blocksMerge);
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
    return ['**Problems:**', ...lines].join('\n');
}
function ruleCell(row) {
    const mixed = new Set(row.checks.map(shownStatus)).size > 1;
    return row.checks
        .map((c) => {
        const status = shownStatus(c);
        const flags = new Set();
        if (c.severity === 'warn')
            flags.add('warning');
        if (mixed && status !== 'pass')
            flags.add(c.status === 'fail' ? 'fails' : STATUS_WORDS[status]);
        return cell(c.rule) + (flags.size ? ` (${[...flags].join(', ')})` : '');
    })
        .join('; ');
}
function metricTable(views, ev, result) {
    const baselineSha = ev.baseline.source !== 'none' ? ev.baseline.sha : undefined;
    const candidateSha = ev.candidate.sha ?? result.headSha;
    const label = (name, sha) => (sha ? `${name} ${code(format_shortSha(sha))}` : name);
    const sameCommit = baselineSha !== undefined && baselineSha === candidateSha;
    const candidateLabel = sameCommit && ev.candidate.source === 'workspace' ? `Candidate: workspace on ${code(format_shortSha(candidateSha))}` : label('Candidate', candidateSha);
    const lines = [
        `| | Check | ${label('Baseline', baselineSha)} | ${candidateLabel} | Change | Rule |`,
        '|:-:|---|--:|--:|--:|---|',
        ...views
            .slice(0, TABLE_ROWS)
            .map((v) => `| ${ICON[v.row.status]} | ${code(v.row.name)} | ${v.baselineText} | ${v.candidateText} | ${v.change} | ${ruleCell(v.row)} |`)
    ];
    const hidden = views.slice(TABLE_ROWS);
    if (hidden.length === 0)
        return lines.join('\n');
    const passing = hidden.filter((v) => v.row.status === 'pass').length;
    return `${lines.join('\n')}\n\n… and ${plural(hidden.length, 'more metric')} (${passing} passing) in the JSON report.`;
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
    if (lines.length === 0)
        return undefined;
    const rest = lines.length - NOTE_LINES;
    return [...lines.slice(0, NOTE_LINES), ...(rest > 0 ? [`- … and ${rest} more in the JSON report`] : [])].join('\n');
}
const EFFECT_ORDER = { loosens: 0, changes: 1, tightens: 2 };
/** `` `target`: words ``, the target as a code span. */
function changeWords(change) {
    return `${code(change.target)}: ${prose(change.words)}`;
}
function policyChangesBlock(changes) {
    const lines = new Set([...changes]
        .sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect])
        .map((c) => `- **${c.effect}** ${changeWords(c)}`));
    if (lines.size === 0)
        return undefined;
    return ['**Policy changes in this PR** (apply after merge; the base policy decided this run):', ...lines].join('\n');
}
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s<>]+$/.test(url) ? url : undefined;
}
function commitRef(sha, ctx) {
    const repo = safeUrl(ctx.repoUrl);
    const short = code(format_shortSha(sha));
    return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](<${repo.replace(/\/$/, '')}/commit/${sha}>)` : short;
}
function comment_describe(label, prov, path, ctx) {
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
        comment_describe('Policy', ev.policy, ev.policy.path ?? ctx.policyPath, ctx),
        comment_describe('baseline', ev.baseline, ev.baseline.path, ctx),
        comment_describe('candidate', ev.candidate, ev.candidate.path, ctx)
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
        const failing = row.checks.filter(blocksMerge);
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
    for (const c of ev.checks.filter((check) => check.kind === 'policy' && blocksMerge(check)))
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

;// CONCATENATED MODULE: ./src/render/junit.ts
/** The JUnit XML document for a run. */
function renderJUnit(result) {
    const suites = result.evaluations.map(suite);
    const totals = suites.reduce((t, s) => ({ tests: t.tests + s.tests, failures: t.failures + s.failures, errors: t.errors + s.errors, skipped: t.skipped + s.skipped }), { tests: 0, failures: 0, errors: 0, skipped: 0 });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="model-gate" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
        '',
    ].join('\n');
}
function suite(evaluation) {
    const cases = [...evaluation.checks.map((c) => checkCase(evaluation.model, c)), ...evaluation.problems.map((p, i) => problemCase(evaluation.model, p, i))];
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
    const details = [check.message, `Rule: ${check.rule}`, ...(check.baseline !== undefined ? [`Baseline: ${String(check.baseline)}`] : []), ...(check.candidate !== undefined ? [`Candidate: ${String(check.candidate)}`] : [])].join('\n');
    let outcome = 'pass';
    const body = [];
    if (check.status === 'fail' && check.severity === 'block') {
        outcome = 'failure';
        body.push(`<failure message="${xmlAttr(check.message)}" type="${xmlAttr(check.kind)}">${xmlText(details)}</failure>`);
    }
    else if (check.status === 'skip' || check.status === 'not_evaluated') {
        outcome = 'skipped';
        body.push(`<skipped message="${xmlAttr(check.message)}"/>`);
    }
    else if (check.status === 'warn' || check.status === 'fail') {
        body.push(`<system-out>${xmlText(`warning: ${details}`)}</system-out>`);
    }
    return { outcome, xml: testcase(model, check.kind, check.id, body, check.location) };
}
function problemCase(model, problem, i) {
    const details = problem.fix ? `${problem.message}\nFix: ${problem.fix}` : problem.message;
    const body = [`<error message="${xmlAttr(problem.message)}" type="input">${xmlText(details)}</error>`];
    return { outcome: 'error', xml: testcase(model, 'problem', `problem ${i + 1}: ${problem.file}${problem.line !== undefined ? `:${problem.line}` : ''}`, body, problem) };
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

;// CONCATENATED MODULE: ./src/render/report.ts

const REPORT_VERSION = 1;
const NO_SOURCE = { source: 'none' };
function source(prov, fallbackPath) {
    return { source: prov.source, sha: prov.sha ?? null, path: prov.path ?? fallbackPath ?? null, note: prov.note ?? null };
}
function declarations(summary) {
    if (!summary)
        return null;
    return {
        file: summary.file,
        personalData: summary.personalData ?? null,
        regulations: [...summary.regulations],
        legalBasis: [...summary.legalBasis],
        anonymisation: summary.anonymisation ?? null,
        specialCategories: [...summary.specialCategories],
        owners: [...summary.owners],
        team: summary.team ?? null,
        onCall: summary.onCall ?? null,
        lastReviewed: summary.lastReviewed ?? null,
        nextReview: summary.nextReview ?? null
    };
}
function finiteOrNull(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
/** A JSON value: `undefined` becomes null, anything JSON cannot hold becomes its string form. */
function jsonValue(value) {
    if (value === undefined)
        return null;
    try {
        return JSON.parse(JSON.stringify(value) ?? 'null');
    }
    catch {
        return String(value);
    }
}
/** The JSON report of a run: the verdict, where inputs came from, and every check of every model. */
function toReport(result) {
    const [first] = result.evaluations;
    const policyPath = result.policyPath;
    return {
        version: REPORT_VERSION,
        verdict: result.verdict,
        mode: result.mode,
        failed: failedCount(result.evaluations),
        model: result.modelKey,
        head: result.headSha ?? null,
        base: result.baseSha ?? null,
        policy: source(first?.policy ?? NO_SOURCE, policyPath),
        baseline: source(first?.baseline ?? NO_SOURCE),
        candidate: source(first?.candidate ?? NO_SOURCE),
        models: result.evaluations.map((ev) => ({
            model: ev.model,
            verdict: ev.verdict,
            failed: ev.checks.filter(blocksMerge).length,
            policy: source(ev.policy, policyPath),
            baseline: source(ev.baseline),
            candidate: source(ev.candidate),
            declarations: declarations(ev.declarations)
        })),
        checks: result.evaluations.flatMap((ev) => ev.checks.map((c) => ({
            id: c.id,
            kind: c.kind,
            metric: c.metric ?? null,
            status: c.status,
            severity: c.severity,
            candidate: finiteOrNull(c.candidate),
            baseline: finiteOrNull(c.baseline),
            ruleKey: c.ruleKey ?? null,
            rule: c.rule,
            limit: finiteOrNull(c.limit),
            worsening: finiteOrNull(c.worsening),
            message: c.message,
            fix: c.fix ?? null,
            note: c.note ?? null,
            field: c.field ?? null,
            gate: c.gate ?? null,
            location: c.location
                ? { file: c.location.file, line: c.location.line ?? null, column: c.location.column ?? null }
                : null,
            model: ev.model
        }))),
        problems: result.evaluations.flatMap((ev) => ev.problems.map((p) => ({
            file: p.file,
            line: p.line ?? null,
            column: p.column ?? null,
            message: p.message,
            fix: p.fix ?? null,
            model: ev.model
        }))),
        policyChanges: result.evaluations.flatMap((ev) => ev.policyChanges.map((c) => ({
            target: c.target,
            field: c.field,
            from: jsonValue(c.from),
            to: jsonValue(c.to),
            effect: c.effect,
            words: c.words,
            description: c.description,
            model: ev.model
        })))
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sources/source.ts

const MiB = 1024 * 1024;
/**
 * The most bytes model-gate reads from one file of each kind. Policies, cards, CODEOWNERS and
 * schemas are written by hand; metrics files may be generated and large. GitHub itself ignores a
 * CODEOWNERS file over 3 MB.
 */
const FILE_LIMITS = {
    policy: 1 * MiB,
    metrics: 64 * MiB,
    declarations: 5 * MiB,
    codeowners: 3 * MiB,
    schema: 1 * MiB
};
/** The most bytes model-gate reads from any one file (the cap when a read names no kind). */
const MAX_FILE_BYTES = FILE_LIMITS.metrics;
const KIND_WORDS = {
    policy: 'a policy file',
    metrics: 'a metrics file',
    declarations: 'a model card',
    codeowners: 'a CODEOWNERS file',
    schema: 'a declarations schema'
};
/** The byte cap for a read of `kind`. */
function limitFor(kind) {
    return kind ? FILE_LIMITS[kind] : MAX_FILE_BYTES;
}
/** A file size for a message: whole MiB as such, others exactly (`1,048,577 bytes` is over 1 MiB). */
function sizeText(bytes) {
    return bytes >= MiB && bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${bytes.toLocaleString('en-US')} bytes`;
}
/** The error for a file over its cap: `where` names the file and the place it was read from. */
function tooLargeError(path, where, size, kind) {
    const limit = limitFor(kind);
    return new GateError({
        file: path,
        message: `${where} is ${sizeText(size)}, more than the ${limit / MiB} MiB model-gate reads from ${kind ? KIND_WORDS[kind] : 'one file'}; it was not read.`,
        fix: kind === 'metrics' ? 'Write only the metrics the gate needs into this file.' : `Keep the file under ${limit / MiB} MiB.`
    });
}
/**
 * Bytes as UTF-8 text, a leading byte order mark dropped. Invalid UTF-8 (Latin-1, UTF-16, a
 * binary file) is an error naming the file and where the first bad byte is, never silently
 * replaced characters.
 */
function decodeUtf8(bytes, path, where) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const at = firstInvalidByte(bytes);
        const lineStart = at > 0 ? bytes.lastIndexOf(0x0a, at - 1) + 1 : 0;
        let line = 1;
        for (let i = 0; i < lineStart; i++)
            if (bytes[i] === 0x0a)
                line++;
        const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, at)).length + 1;
        throw new GateError({
            file: path,
            line,
            column,
            message: `${where} is not valid UTF-8 text; save it as UTF-8 (the first invalid byte is on line ${line}).`,
            fix: 'Save the file with UTF-8 encoding (not Latin-1, Windows-1252 or UTF-16).'
        });
    }
}
/** The offset of the first byte that is not part of valid UTF-8: where the lenient decoding first differs. */
function firstInvalidByte(bytes) {
    const again = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8');
    let i = 0;
    while (i < bytes.length && bytes[i] === again[i])
        i++;
    return i;
}
/** A repository-relative path that stays inside the repository, or an Error saying why not. */
function checkRepoPath(path) {
    const normal = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (normal === '' || normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..') || /[\u0000-\u001f\u007f]/.test(normal)) {
        throw new Error(`${JSON.stringify(path)}: expected a path inside the repository, relative to its root (no leading /, no .., no control characters)`);
    }
    return normal;
}

;// CONCATENATED MODULE: ./src/sources/git.ts


/** Output git may print for a command that is not reading a file (SHAs, paths, object sizes). */
const SMALL_OUTPUT = 64 * 1024;
function git(cwd, args, input, maxBytes) {
    const encoding = maxBytes === undefined ? 'utf8' : 'buffer';
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)('git', args, { cwd, maxBuffer: maxBytes ?? SMALL_OUTPUT, encoding }, (err, stdout, stderr) => {
            if (err && typeof err.code !== 'number') {
                reject(new Error(`git ${args[0]} failed: ${err.message}`));
                return;
            }
            resolve({ code: err ? Number(err.code) : 0, stdout, stderr: stderr.toString() });
        });
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(input);
    });
}
/** The full SHA of a commit-ish, or undefined when the repository does not have it. */
async function resolveCommit(cwd, ref) {
    if (ref.startsWith('-'))
        return undefined;
    const result = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
}
/** Where the default branch is looked for, in order, when no base is given. */
const DEFAULT_BASE_REFS = ['origin/HEAD', 'main', 'master'];
/**
 * The default base: the merge-base of HEAD with the default branch (`origin/HEAD`, else `main`,
 * else `master`), so a committed change is compared with where its branch started. Undefined
 * when none of them exists.
 */
async function defaultBase(cwd) {
    for (const ref of DEFAULT_BASE_REFS) {
        if (!(await resolveCommit(cwd, ref)))
            continue;
        const result = await git(cwd, ['merge-base', 'HEAD', ref]);
        if (result.code === 0)
            return { ref, sha: result.stdout.trim() };
    }
    return undefined;
}
/** True when `dir` has no uncommitted change (tracked or untracked) below it. */
async function isClean(dir) {
    const result = await git(dir, ['status', '--porcelain', '--', '.']);
    return result.code === 0 && result.stdout.trim() === '';
}
/** The repository root of `cwd` (so repository-relative paths can be used), or undefined outside git. */
async function repoRoot(cwd) {
    const result = await git(cwd, ['rev-parse', '--show-toplevel']).catch(() => undefined);
    return result?.code === 0 ? result.stdout.trim() : undefined;
}
/**
 * Files as they are at one commit, read with git. Paths are relative to `dir` (the repository root,
 * or a folder inside it when the CLI runs with `-C`).
 */
function gitSource(dir, sha) {
    const describe = async (path) => {
        const check = await git(dir, ['cat-file', '--batch-check'], `${sha}:./${checkRepoPath(path)}\n`);
        const [, type, sizeText] = check.stdout.trim().split(' ');
        return check.code === 0 && sizeText !== undefined ? { type, sizeText } : {};
    };
    return {
        label: `commit ${sha.slice(0, 7)}`,
        sha,
        async exists(path) {
            return (await describe(path)).type === 'blob';
        },
        async read(path, kind) {
            const spec = `${sha}:./${checkRepoPath(path)}`;
            const where = `${path} at ${sha.slice(0, 7)}`;
            const { type, sizeText } = await describe(path);
            if (type === undefined || sizeText === undefined)
                return undefined;
            if (type !== 'blob')
                throw new Error(`${where} is not a file`);
            const size = Number(sizeText);
            const limit = limitFor(kind);
            if (!(size <= limit))
                throw tooLargeError(path, where, size, kind);
            const result = await git(dir, ['cat-file', 'blob', spec], undefined, limit + 1);
            if (result.code !== 0)
                throw new Error(`git could not read ${where}: ${result.stderr.trim()}`);
            return decodeUtf8(result.stdout, path, where);
        }
    };
}

;// CONCATENATED MODULE: ./src/sources/workspace.ts



/** Files of the checked-out working tree (the PR's head): candidate metrics, the model card. */
function workspaceSource(root, sha) {
    /** The real path of a file inside the tree; undefined when absent; throws when it leads outside. */
    const resolveInside = async (path) => {
        const full = (0,external_node_path_namespaceObject.join)(root, checkRepoPath(path));
        let real;
        try {
            real = await (0,promises_namespaceObject.realpath)(full);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        const rootReal = await (0,promises_namespaceObject.realpath)(root);
        if (real !== rootReal && !real.startsWith(rootReal + external_node_path_namespaceObject.sep)) {
            throw new Error(`${path}: resolves outside the repository (a symbolic link?); refusing to read it`);
        }
        return real;
    };
    return {
        label: 'the workspace',
        sha,
        async exists(path) {
            const real = await resolveInside(path);
            const info = real === undefined ? undefined : await (0,promises_namespaceObject.stat)(real).catch(() => undefined);
            return info?.isFile() ?? false;
        },
        async read(path, kind) {
            const real = await resolveInside(path);
            if (real === undefined)
                return undefined;
            const where = `${path} in the workspace`;
            const limit = limitFor(kind);
            const before = await (0,promises_namespaceObject.stat)(real);
            if (!before.isFile())
                throw new Error(`${where} is not a regular file`);
            if (before.size > limit)
                throw tooLargeError(path, where, before.size, kind);
            const handle = await (0,promises_namespaceObject.open)(real, 'r');
            try {
                // Read at most one byte past the cap, so a file that grew after the check is still refused.
                const buffer = Buffer.alloc(Math.min(before.size, limit) + 1);
                let length = 0;
                for (;;) {
                    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
                    if (bytesRead === 0)
                        break;
                    length += bytesRead;
                    if (length === buffer.length)
                        break;
                }
                if (length > limit)
                    throw tooLargeError(path, where, (await handle.stat()).size, kind);
                if (length === buffer.length)
                    throw new Error(`${where} changed while it was read`);
                return decodeUtf8(buffer.subarray(0, length), path, where);
            }
            finally {
                await handle.close();
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/metrics/formats/shared.ts
/** Helpers the formats share: the parsed document of a file input, file names, fits. */

/** The input's parsed JSON/YAML mapping, or why there is none (a directory, a syntax error, a list). */
function mappingOf(input) {
    if (input.kind !== 'file')
        return { why: 'it is a directory, not a file' };
    let doc;
    try {
        doc = input.document();
    }
    catch (err) {
        return { why: `it is not valid JSON or YAML (${firstLine(err.message)})` };
    }
    if (!isMapping(doc))
        return { why: `its top level is ${doc === null || doc === undefined ? 'empty' : Array.isArray(doc) ? 'a list' : `a ${typeof doc}`}, not a mapping` };
    return { mapping: doc };
}
/** The last segment of a `/`-separated path. */
function baseName(path) {
    const parts = path.replace(/\\/g, '/').replace(/\/+$/, '').split('/');
    return parts[parts.length - 1] ?? path;
}
/** The folder of a repository path, '' for the root. */
function dirName(path) {
    const normal = path.replace(/\\/g, '/');
    const i = normal.lastIndexOf('/');
    return i < 0 ? '' : normal.slice(0, i);
}
/** `a/b` joined, with '' meaning the repository root. */
function joinRepo(dir, path) {
    return dir === '' ? path : `${dir.replace(/\/+$/, '')}/${path}`;
}
const FITS = { fits: true };
function noFit(why) {
    return { fits: false, why };
}
/** The keys of a mapping in order. */
function keysOf(mapping) {
    return mapping instanceof Map ? [...mapping.keys()] : Object.keys(mapping);
}
function shared_isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

;// CONCATENATED MODULE: ./src/metrics/formats/csv.ts
/**
 * CSV and TSV metrics (RFC 4180 quoting). Two layouts:
 * - long: a header with `name` (or `metric`) and `value` columns, optionally `n`, `stderr`, `unit`;
 *   one row per metric, the name written as a metric path (`slices.mobile.recall`);
 * - wide: a header of metric names and exactly one row of values.
 * Numbers may be written as Python writes them (`nan`, `inf`); other text stays text (a gate on it fails).
 */


/** Rows read from one CSV file at most: metric tables are small; this stops a data dump. */
const MAX_CSV_ROWS = 100_000;
/** Columns per row at most (a wide file is one column per metric). */
const MAX_CSV_COLUMNS = 10_000;
const LONG_NAME = ['name', 'metric'];
const LONG_EXTRA = new Set(['n', 'stderr', 'unit']);
function delimiterOf(path) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv'))
        return ',';
    if (lower.endsWith('.tsv') || lower.endsWith('.tab'))
        return '\t';
    return undefined;
}
/** Splits CSV text into rows of cells; a quote left open is an error at the line it opened on. */
function parseDelimited(text, delimiter, file) {
    const rows = [];
    let cells = [];
    let cell = '';
    let line = 1;
    let rowLine = 1;
    let quotedAt = 0;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const endRow = () => {
        cells.push(cell);
        cell = '';
        if (!(cells.length === 1 && cells[0] === '')) {
            if (rows.length >= MAX_CSV_ROWS)
                throw new GateError({ file, line: rowLine, message: `more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; model-gate reads metric tables, not data.`, fix: 'Write one row per metric (or one row of metrics).' });
            if (cells.length > MAX_CSV_COLUMNS)
                throw new GateError({ file, line: rowLine, message: `more than ${MAX_CSV_COLUMNS.toLocaleString('en-US')} columns.`, fix: 'Write one row per metric instead (columns name,value).' });
            rows.push({ line: rowLine, cells });
        }
        cells = [];
    };
    while (i < text.length) {
        const ch = text[i];
        if (quotedAt > 0) {
            if (ch !== '"') {
                const close = text.indexOf('"', i);
                if (close < 0)
                    break;
                const chunk = text.slice(i, close);
                for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', nl + 1))
                    line++;
                cell += chunk;
                i = close;
                continue;
            }
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    cell += '"';
                    i += 2;
                    continue;
                }
                quotedAt = 0;
                i++;
                const next = text[i];
                if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
                    throw new GateError({ file, line, message: `text after a closing quote (${JSON.stringify(next)}).`, fix: 'Quote the whole cell, and double any quote inside it ("").' });
                }
                continue;
            }
        }
        if (ch === '"' && cell === '') {
            quotedAt = line;
            i++;
        }
        else if (ch === delimiter) {
            cells.push(cell);
            cell = '';
            i++;
        }
        else if (ch === '\n' || ch === '\r') {
            endRow();
            i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
            line++;
            rowLine = line;
        }
        else {
            cell += ch;
            i++;
        }
    }
    if (quotedAt > 0)
        throw new GateError({ file, line: quotedAt, message: 'a quoted cell is never closed.', fix: 'Close the quote, and double any quote inside the cell ("").' });
    endRow();
    return rows;
}
/** A cell as a metric value: a number when it is one (Python's nan/inf too), else the text. */
function csv_valueOf(cell) {
    const t = cell.trim();
    const lower = t.toLowerCase();
    if (lower === 'nan')
        return NaN;
    if (lower === 'inf' || lower === 'infinity' || lower === '+inf')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t))
        return Number(t);
    return t;
}
function numberCell(cell, column, row, file) {
    if (cell === undefined || cell.trim() === '')
        return undefined;
    const v = csv_valueOf(cell);
    if (typeof v === 'number' && Number.isFinite(v))
        return v;
    throw new GateError({ file, line: row.line, message: `the \`${column}\` cell is ${JSON.stringify(cell)}, not a number.`, fix: `Write a number in the \`${column}\` column, or leave it empty.` });
}
function read(input) {
    if (input.kind !== 'file')
        throw new Error(`${input.path} is a directory; the csv format reads one file`);
    const file = input.path;
    const rows = parseDelimited(input.text, delimiterOf(file) ?? (input.text.includes('\t') && !input.text.includes(',') ? '\t' : ','), file);
    const [header, ...body] = rows;
    if (!header)
        throw new GateError({ file, line: 1, message: 'the file is empty; expected a header row.', fix: 'Write a header `name,value` and one row per metric.' });
    const columns = header.cells.map((c) => c.trim());
    const seen = new Map();
    const out = new Map();
    const add = (name, metric, line) => {
        if (name === '')
            throw new GateError({ file, line, message: 'a metric has an empty name.', fix: 'Give every metric a name.' });
        const first = seen.get(name);
        if (first !== undefined)
            throw new GateError({ file, line, message: `the metric \`${name}\` appears twice (first on line ${first}).`, fix: 'Write each metric once.' });
        seen.set(name, line);
        out.set(name, metric);
    };
    const lower = columns.map((c) => c.toLowerCase());
    const nameAt = lower.findIndex((c) => LONG_NAME.includes(c));
    const valueAt = lower.indexOf('value');
    if (nameAt >= 0 && valueAt >= 0) {
        const extra = lower.filter((c, i) => i !== nameAt && i !== valueAt);
        const unknown = extra.filter((c) => !LONG_EXTRA.has(c));
        if (unknown.length > 0) {
            throw new GateError({ file, line: header.line, message: `unknown column ${unknown.map((c) => `\`${c}\``).join(', ')} in a name,value table.`, fix: 'Use only the columns name, value, n, stderr and unit.' });
        }
        for (const row of body) {
            if (row.cells.length !== columns.length)
                throw columnCount(file, row, columns.length);
            const metric = { value: csv_valueOf(row.cells[valueAt]) };
            if (row.cells[valueAt]?.trim() === '')
                throw new GateError({ file, line: row.line, message: `\`${row.cells[nameAt]}\` has no value.`, fix: 'Write the number in the value column.' });
            lower.forEach((c, i) => {
                if (c === 'n' || c === 'stderr') {
                    const v = numberCell(row.cells[i], c, row, file);
                    if (v !== undefined)
                        metric[c] = v;
                }
                else if (c === 'unit' && (row.cells[i] ?? '').trim() !== '')
                    metric.unit = row.cells[i].trim();
            });
            add(row.cells[nameAt].trim(), metric, row.line);
        }
        return out;
    }
    if (body.length !== 1) {
        throw new GateError({
            file,
            line: (body[1] ?? header).line,
            message: `a table without \`name\` and \`value\` columns is read as one row of metrics, but it has ${body.length} rows.`,
            fix: 'Write either a header `name,value` and one row per metric, or a header of metric names and one row of values.',
        });
    }
    const row = body[0];
    if (row.cells.length !== columns.length)
        throw columnCount(file, row, columns.length);
    columns.forEach((name, i) => {
        const cell = row.cells[i];
        if (cell.trim() === '')
            throw new GateError({ file, line: row.line, message: `\`${name}\` has no value.`, fix: 'Write a number under every metric name.' });
        add(name, { value: csv_valueOf(cell) }, header.line);
    });
    return out;
}
function columnCount(file, row, expected) {
    return new GateError({ file, line: row.line, message: `this row has ${row.cells.length} cells; the header has ${expected}.`, fix: 'Give every row one cell per header column (quote cells that contain the delimiter).' });
}
const csvFormat = {
    name: 'csv',
    describe: 'CSV or TSV: `name,value[,n,stderr,unit]` rows, or one row under a header of metric names',
    detect(input) {
        if (input.kind !== 'file')
            return noFit('it is a directory, not a file');
        return delimiterOf(input.path) ? FITS : noFit('its name does not end in .csv or .tsv');
    },
    async read(input) {
        return { metrics: read(input) };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/input.ts
/**
 * Builds a MetricsInput from a path and the caller's files: a directory when the files can list
 * it, else a file. The parsed JSON/YAML document is computed once and shared by every format's
 * `detect`, so auto-detection parses a file once.
 */






/** The most files a directory listing returns: an MLflow run of 10,000 metrics fits, a whole disk does not. */
const MAX_LISTED_FILES = 20_000;
/** How deep a listing goes (MLflow metric names with `/` make nested folders). */
const MAX_LIST_DEPTH = 8;
/** Opens `path` for reading: a directory when `files.list` lists it, otherwise the file's text. */
async function openMetricsInput(path, files) {
    const entries = files.list ? await files.list(path) : undefined;
    if (entries)
        return { kind: 'dir', path, entries, files };
    const text = await files.read(path);
    return text === undefined ? undefined : fileInput(path, text, files);
}
/** A file input for text already read; `files` reads siblings (none needed: the default reads nothing). */
function fileInput(path, text, files = { read: async () => undefined }) {
    let parsed;
    const document = () => {
        if (!parsed) {
            try {
                parsed = { value: parseDocument(text, path) };
            }
            catch (error) {
                parsed = { error };
            }
        }
        if ('error' in parsed)
            throw parsed.error;
        return parsed.value;
    };
    return { kind: 'file', path, text, files, document };
}
/** Today's rule: .json → JSON (with NaN/Infinity), .yaml/.yml → YAML, else a leading `{` means JSON. */
function parseDocument(text, file) {
    const lower = file.toLowerCase();
    const json = lower.endsWith('.json') || (!lower.endsWith('.yaml') && !lower.endsWith('.yml') && text.trimStart().startsWith('{'));
    return json ? parseJsonText(text, file, { mappings: 'map' }) : parseYaml(text, file, { mappings: 'map' }).value;
}
/** Reads through a FileSource with the metrics size cap; `list` lists a directory of `root` when given. */
function metricsFiles(source, root) {
    const files = { read: (path) => source.read(path, 'metrics') };
    if (root !== undefined)
        files.list = (dir) => listDirectory(root, dir);
    return files;
}
/**
 * Every regular file under `dir` (relative to the repository `root`), as `/`-separated paths
 * relative to `dir`, sorted; undefined when `dir` is not a directory. Symbolic links are not
 * followed. More than MAX_LISTED_FILES files, or nesting past MAX_LIST_DEPTH, is an error.
 */
async function listDirectory(root, dir) {
    const full = (0,external_node_path_namespaceObject.join)(root, checkRepoPath(dir));
    let real;
    try {
        real = await (0,promises_namespaceObject.realpath)(full);
    }
    catch {
        return undefined;
    }
    const rootReal = await (0,promises_namespaceObject.realpath)(root);
    if (real !== rootReal && !real.startsWith(rootReal + external_node_path_namespaceObject.sep))
        throw new Error(`${dir}: resolves outside the repository (a symbolic link?); refusing to read it`);
    const out = [];
    const walk = async (at, prefix, depth) => {
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)(at, { withFileTypes: true });
        }
        catch (err) {
            if (err.code === 'ENOTDIR')
                return false;
            throw err;
        }
        for (const entry of entries) {
            const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
            if (entry.isFile())
                out.push(rel);
            else if (entry.isDirectory()) {
                if (depth >= MAX_LIST_DEPTH)
                    throw tooMany(dir, `folders nested more than ${MAX_LIST_DEPTH} deep (at ${rel})`);
                await walk((0,external_node_path_namespaceObject.join)(at, entry.name), rel, depth + 1);
            }
            if (out.length > MAX_LISTED_FILES)
                throw tooMany(dir, `more than ${MAX_LISTED_FILES.toLocaleString('en-US')} files`);
        }
        return true;
    };
    if (!(await walk(real, '', 0)))
        return undefined;
    return out.sort();
}
function tooMany(dir, what) {
    return new GateError({ file: dir, message: `the directory ${dir} holds ${what}; model-gate did not read it.`, fix: 'Point the metrics path at the run directory itself (mlruns/<experiment>/<run>), not a parent of many runs.' });
}

;// CONCATENATED MODULE: ./src/metrics/formats/dvc.ts
/**
 * DVC. A DVC metrics file is plain JSON or YAML, named by `dvc metrics show` as the generic
 * reader names it. `dvc.yaml` itself is read as the set of metric files it lists: the top-level
 * `metrics:` list and every stage's `metrics:` (a path, or a `{path: {cache: false}}` mapping),
 * relative to dvc.yaml's folder. One listed file gives its names as they are; several prefix each
 * name with the file's path (`eval/metrics\.json.avg_prec.test`), as `dvc metrics show` groups them.
 */






/** Metric files one dvc.yaml may list. */
const MAX_DVC_METRIC_FILES = 1_000;
function isDvcYaml(path) {
    return /^dvc\.ya?ml$/i.test(baseName(path));
}
/** The metric file paths listed in a parsed dvc.yaml, in order, without repeats. */
function dvcMetricPaths(doc) {
    const out = [];
    const add = (list) => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (typeof item === 'string')
                out.push(item);
            else if (isMapping(item))
                out.push(...keysOf(item));
        }
    };
    add(getOwn(doc, 'metrics'));
    const stages = getOwn(doc, 'stages');
    if (isMapping(stages))
        for (const stage of keysOf(stages)) {
            const s = getOwn(stages, stage);
            if (isMapping(s))
                add(getOwn(s, 'metrics'));
        }
    return [...new Set(out)];
}
function fit(input) {
    if (input.kind !== 'file')
        return noFit('it is a directory, not a file');
    if (!isDvcYaml(input.path))
        return noFit('it is not named dvc.yaml');
    const doc = mappingOf(input);
    if ('why' in doc)
        return noFit(doc.why);
    // A dvc.yaml is never a metrics file itself: it fits by name, and one without metrics says so when read.
    return getOwn(doc.mapping, 'stages') !== undefined || getOwn(doc.mapping, 'metrics') !== undefined ? FITS : noFit('it has neither `stages:` nor `metrics:`');
}
const dvcFormat = {
    name: 'dvc',
    describe: 'DVC: dvc.yaml read as the metric files its `metrics:` lists name (a DVC metrics file itself is generic JSON/YAML)',
    detect: fit,
    async read(input) {
        if (input.kind !== 'file')
            throw new Error(`${input.path} is a directory; the dvc format reads dvc.yaml or a metrics file`);
        if (!isDvcYaml(input.path))
            return { metrics: flattenMetrics(input.document(), input.path) };
        const doc = mappingOf(input);
        if ('why' in doc) {
            input.document();
            throw new Error(`${input.path}: ${doc.why}`);
        }
        const paths = dvcMetricPaths(doc.mapping);
        if (paths.length === 0)
            throw new GateError({ file: input.path, message: 'dvc.yaml lists no metric files (no `metrics:` at the top level or in a stage).', fix: 'Add `metrics: [eval/metrics.json]` to dvc.yaml, or point the policy\'s `metrics.file` at the metrics file itself.' });
        if (paths.length > MAX_DVC_METRIC_FILES)
            throw new GateError({ file: input.path, message: `dvc.yaml lists ${paths.length} metric files, more than the ${MAX_DVC_METRIC_FILES} model-gate reads.`, fix: 'Point `metrics.file` at the metric file the gates need.' });
        const base = dirName(input.path);
        const metrics = new Map();
        const files = [];
        for (const listed of paths) {
            const path = joinRepo(base, listed.replace(/^\.\//, ''));
            const text = await input.files.read(path);
            if (text === undefined) {
                throw new GateError({ file: input.path, message: `dvc.yaml lists the metrics file ${listed}, which does not exist (${path}).`, fix: 'Run the pipeline (`dvc repro`) or fetch its outputs (`dvc pull`) before model-gate, or remove the entry.' });
            }
            files.push(path);
            const flat = flattenMetrics(parseDocument(text, path), path);
            for (const [name, metric] of flat)
                metrics.set(paths.length === 1 ? name : `${joinPath([listed])}.${name}`, metric);
        }
        return { metrics, provenance: { description: `dvc.yaml metrics: ${files.join(', ')}`, files } };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/generic.ts
/**
 * Generic JSON and YAML metrics files (today's behaviour, unchanged): nested mappings flatten to
 * dot paths and `{value, n, stderr, ci, unit}` objects are one metric (see flatten.ts). DVC
 * metric files are this format too: `dvc metrics show` names them the same way.
 */


function generic_looksLikeJson(input) {
    if (input.kind !== 'file')
        return false;
    const lower = input.path.toLowerCase();
    if (lower.endsWith('.json'))
        return true;
    if (lower.endsWith('.yaml') || lower.endsWith('.yml'))
        return false;
    return input.text.trimStart().startsWith('{');
}
function generic(name, describe, isJson) {
    return {
        name,
        describe,
        detect(input) {
            if (input.kind !== 'file')
                return noFit('it is a directory, not a file');
            if (generic_looksLikeJson(input) !== isJson)
                return noFit(isJson ? 'it is not JSON (no .json extension, no leading `{`)' : 'it is JSON');
            const doc = mappingOf(input);
            return 'why' in doc ? noFit(doc.why) : FITS;
        },
        async read(input) {
            if (input.kind !== 'file')
                throw new Error(`${input.path} is a directory; the ${name} format reads one file`);
            return { metrics: flattenMetrics(input.document(), input.path) };
        },
    };
}
const jsonFormat = generic('json', 'a JSON mapping of metric names to numbers (nested objects flatten to dot paths)', true);
const yamlFormat = generic('yaml', 'a YAML mapping of metric names to numbers (nested mappings flatten to dot paths)', false);

;// CONCATENATED MODULE: ./src/metrics/formats/hf-card.ts




function frontMatter(input) {
    if (input.kind !== 'file')
        return { why: 'it is a directory, not a file' };
    if (!/^\ufeff?---[ \t]*\r?\n/.test(input.text))
        return { why: 'it does not start with `---` front matter' };
    try {
        return { data: parseDeclarations(input.text, /\.(ya?ml|json)$/i.test(input.path) ? `${input.path}.md` : input.path).data };
    }
    catch (err) {
        return { why: `its front matter does not parse (${err.message.split('\n')[0] ?? ''})` };
    }
}
function modelIndexOf(data) {
    return isMapping(data) ? getOwn(data, 'model-index') : undefined;
}
const hfCardFormat = {
    name: 'hf-card',
    describe: 'a Hugging Face model card: the results in its front matter\'s `model-index`',
    detect(input) {
        const fm = frontMatter(input);
        if ('why' in fm)
            return noFit(fm.why);
        return Array.isArray(modelIndexOf(fm.data)) ? FITS : noFit('its front matter has no `model-index` list');
    },
    async read(input) {
        if (input.kind !== 'file')
            throw new Error(`${input.path} is a directory; the hf-card format reads a model card`);
        const data = parseDeclarations(input.text, /\.(ya?ml|json)$/i.test(input.path) ? `${input.path}.md` : input.path).data;
        const entries = modelIndexEntries(modelIndexOf(data));
        const names = modelIndexNames(entries);
        const metrics = new Map();
        entries.forEach((entry, i) => {
            const v = entry.value;
            const value = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
            metrics.set(names[i], { value });
        });
        return { metrics };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/lm-eval.ts
/**
 * lm-evaluation-harness results (`results_*.json`, `--output_path`): metrics are the
 * `results.<task>.<metric>,<filter>` entries (and `groups.…` alike), named exactly so.
 * `<metric>_stderr,<filter>` becomes that metric's `stderr`; `N/A` means "no value" (a stderr of
 * N/A is left out; a metric of N/A has value null); `n-samples.<task>.effective` (else
 * `original`) gives `n`; `higher_is_better.<task>.<metric>` gives the metric's direction
 * (`better`), used by gates that do not say. `alias`, `name`, `sample_len` and the file's other
 * sections are metadata. Older files without `,<filter>` are read the same way.
 */



const lm_eval_MARKERS = ['versions', 'n-shot', 'higher_is_better', 'n-samples', 'configs', 'config'];
const TASK_METADATA = new Set(['alias', 'name', 'sample_len', 'samples']);
const lm_eval_SECTIONS = ['results', 'groups'];
function lm_eval_fit(input) {
    const doc = mappingOf(input);
    if ('why' in doc)
        return noFit(doc.why);
    const results = getOwn(doc.mapping, 'results');
    if (!isMapping(results))
        return noFit('it has no `results` mapping');
    if (!lm_eval_MARKERS.some((k) => getOwn(doc.mapping, k) !== undefined))
        return noFit('it has none of lm-eval\'s `versions`, `n-shot`, `higher_is_better`, `config`');
    if (!keysOf(results).every((task) => isMapping(getOwn(results, task))))
        return noFit('`results` holds values that are not per-task mappings');
    return FITS;
}
function splitKey(key) {
    const comma = key.indexOf(',');
    return comma < 0 ? { metric: key } : { metric: key.slice(0, comma), filter: key.slice(comma + 1) };
}
function withFilter(metric, filter) {
    return filter === undefined ? metric : `${metric},${filter}`;
}
function isNA(value) {
    return typeof value === 'string' && value.trim().toUpperCase() === 'N/A';
}
function readTask(section, task, entries, file, out) {
    const keys = keysOf(entries);
    const present = new Set(keys);
    const nSamples = getOwn(file, 'n-samples');
    const counts = isMapping(nSamples) ? getOwn(nSamples, task) : undefined;
    const n = isMapping(counts) ? [getOwn(counts, 'effective'), getOwn(counts, 'original')].find(shared_isFiniteNumber) : undefined;
    const hib = getOwn(file, 'higher_is_better');
    const directions = isMapping(hib) ? getOwn(hib, task) : undefined;
    for (const key of keys) {
        if (TASK_METADATA.has(key))
            continue;
        const { metric, filter } = splitKey(key);
        const raw = getOwn(entries, key);
        if (metric.endsWith('_stderr') && present.has(withFilter(metric.slice(0, -'_stderr'.length), filter)))
            continue;
        if (isMapping(raw) || Array.isArray(raw))
            continue;
        const value = isNA(raw) ? null : typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean' ? raw : null;
        const m = { value };
        const stderr = getOwn(entries, withFilter(`${metric}_stderr`, filter));
        if (shared_isFiniteNumber(stderr))
            m.stderr = stderr;
        if (n !== undefined)
            m.n = n;
        const higher = isMapping(directions) ? getOwn(directions, metric) : undefined;
        if (typeof higher === 'boolean')
            m.better = higher ? 'higher' : 'lower';
        out.set(joinPath([section, task, key]), m);
    }
}
const lmEvalFormat = {
    name: 'lm-eval',
    describe: 'lm-evaluation-harness results: `results.<task>.<metric>,<filter>` with stderr, n and higher_is_better',
    detect: lm_eval_fit,
    async read(input) {
        const fits = lm_eval_fit(input);
        if (!fits.fits)
            throw new Error(`${input.path}: not lm-evaluation-harness results: ${fits.why}`);
        const doc = mappingOf(input);
        const metrics = new Map();
        for (const section of lm_eval_SECTIONS) {
            const tasks = getOwn(doc.mapping, section);
            if (!isMapping(tasks))
                continue;
            for (const task of keysOf(tasks)) {
                const entries = getOwn(tasks, task);
                if (isMapping(entries))
                    readTask(section, task, entries, doc.mapping, metrics);
            }
        }
        const metadata = {};
        for (const key of ['model_name', 'model_source', 'lm_eval_version', 'git_hash', 'date']) {
            const v = getOwn(doc.mapping, key);
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                metadata[key] = v;
        }
        return { metrics, provenance: Object.keys(metadata).length > 0 ? { metadata } : undefined };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/mlflow.ts
/**
 * The MLflow file store. A run directory (`mlruns/<experiment>/<run>/`) holds one file per metric
 * under `metrics/` (a metric named `eval/loss` is the file `metrics/eval/loss`), each line
 * `timestamp value step` (logged models add a run id). The metric's value is the line with the
 * highest step; among equal steps the latest timestamp; among equal both, the last line. The run
 * name (`meta.yaml`'s `run_name`, else `tags/mlflow.runName`) and id go into the provenance. A
 * single metric file can be read too; its name is the file's name.
 */





/** Metric files one run may hold. */
const MAX_MLFLOW_METRICS = 10_000;
/** Bytes read from all of a run's metric files together. */
const MAX_MLFLOW_BYTES = 64 * 1024 * 1024;
/** Files read at once. */
const CONCURRENCY = 16;
const LINE = /^(-?\d+)[ \t]+(\S+)[ \t]+(-?\d+)(?:[ \t]+\S+)?[ \t]*$/;
function numberOf(text) {
    const lower = text.toLowerCase();
    if (lower === 'nan')
        return NaN;
    if (lower === 'inf' || lower === 'infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
}
/** The value of one metric file: highest step, then latest timestamp, then last line. */
function latestValue(text, file) {
    let best;
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        const t = raw.replace(/\r$/, '');
        if (t.trim() === '')
            continue;
        const m = LINE.exec(t);
        const value = m ? numberOf(m[2]) : undefined;
        if (!m || value === undefined) {
            throw new GateError({ file, line, message: `expected \`timestamp value step\` (as MLflow writes), found ${JSON.stringify(t.slice(0, 80))}.`, fix: 'This is not an MLflow metric file, or it is damaged: log the metric again with mlflow.log_metric.' });
        }
        const time = Number(m[1]);
        const step = Number(m[3]);
        if (!best || step > best.step || (step === best.step && time >= best.time))
            best = { step, time, value };
    }
    if (!best)
        throw new GateError({ file, line: 1, message: 'the MLflow metric file is empty.', fix: 'Log the metric with mlflow.log_metric, or remove the empty file.' });
    return best.value;
}
function looksLikeMetricFile(text) {
    const lines = text.split('\n', 50).filter((l) => l.trim() !== '');
    return lines.length > 0 && lines.every((l) => LINE.test(l.replace(/\r$/, '')));
}
function mlflow_fit(input) {
    if (input.kind === 'file')
        return looksLikeMetricFile(input.text) ? FITS : noFit('it is not a directory, nor an MLflow metric file of `timestamp value step` lines');
    if (!input.entries.some((e) => e.startsWith('metrics/')))
        return noFit('the directory has no metrics/ folder');
    return FITS;
}
async function provenanceOf(input, files) {
    const metadata = {};
    if (input.entries.includes('meta.yaml')) {
        const path = joinRepo(input.path, 'meta.yaml');
        const text = await input.files.read(path);
        const meta = text === undefined ? undefined : parseYaml(text, path).value;
        if (isMapping(meta)) {
            for (const key of ['run_name', 'run_id', 'experiment_id', 'status', 'start_time', 'end_time']) {
                const v = getOwn(meta, key);
                if (typeof v === 'string' || typeof v === 'number')
                    metadata[key] = v;
            }
        }
    }
    if (metadata.run_name === undefined && input.entries.includes('tags/mlflow.runName')) {
        const text = await input.files.read(joinRepo(input.path, 'tags/mlflow.runName'));
        if (text !== undefined && text.trim() !== '')
            metadata.run_name = text.trim().slice(0, 200);
    }
    const name = metadata.run_name;
    const id = metadata.run_id;
    const description = name !== undefined || id !== undefined ? `MLflow run ${name ?? ''}${id !== undefined ? `${name !== undefined ? ' ' : ''}(${String(id)})` : ''}` : undefined;
    return { description, files, metadata };
}
const mlflowFormat = {
    name: 'mlflow',
    describe: 'MLflow file-store run directory (metrics/<name> files; latest step wins), or one metric file',
    detect: mlflow_fit,
    async read(input) {
        if (input.kind === 'file')
            return { metrics: new Map([[joinPath([baseName(input.path)]), { value: latestValue(input.text, input.path) }]]) };
        const names = input.entries.filter((e) => e.startsWith('metrics/')).map((e) => e.slice('metrics/'.length));
        if (names.length === 0)
            throw new GateError({ file: input.path, message: 'the MLflow run directory has no metrics/ files.', fix: 'Point the metrics path at a run directory (mlruns/<experiment>/<run>) that logged metrics.' });
        if (names.length > MAX_MLFLOW_METRICS) {
            throw new GateError({ file: input.path, message: `the MLflow run logs ${names.length.toLocaleString('en-US')} metrics, more than the ${MAX_MLFLOW_METRICS.toLocaleString('en-US')} model-gate reads.`, fix: 'Log fewer metrics to this run, or export the gated ones to a JSON file.' });
        }
        const values = new Array(names.length);
        let bytes = 0;
        let next = 0;
        const worker = async () => {
            while (next < names.length) {
                const i = next++;
                const path = joinRepo(input.path, `metrics/${names[i]}`);
                const text = await input.files.read(path);
                if (text === undefined)
                    throw new GateError({ file: path, message: 'the metric file disappeared while the run was read.', fix: 'Run model-gate after the run has finished.' });
                bytes += text.length;
                if (bytes > MAX_MLFLOW_BYTES)
                    throw new GateError({ file: input.path, message: `the run's metric files hold more than ${MAX_MLFLOW_BYTES / 1024 / 1024} MiB together; model-gate did not read them all.`, fix: 'Export the gated metrics to a JSON file.' });
                values[i] = latestValue(text, path);
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker));
        const metrics = new Map();
        names.forEach((name, i) => metrics.set(joinPath([name]), { value: values[i] }));
        return { metrics, provenance: await provenanceOf(input, names.map((n) => `metrics/${n}`)) };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/sklearn.ts
/**
 * scikit-learn `classification_report(..., output_dict=True)` saved as JSON or YAML: a mapping of
 * class labels (and `macro avg`, `weighted avg`, `micro avg`) to `{precision, recall, f1-score,
 * support}`, plus `accuracy`. Names are `<label>.<metric>` as the generic reader gives them; each
 * class's `support` becomes the `n` of its precision, recall and f1-score, and the total support
 * (of `macro avg`) the `n` of `accuracy`, so the statistics can size their intervals.
 */



const CLASS_KEYS = ['precision', 'recall', 'f1-score', 'support'];
const AVERAGES = new Set(['macro avg', 'weighted avg', 'micro avg', 'samples avg']);
function isClassEntry(value) {
    if (!isMapping(value))
        return false;
    const keys = keysOf(value);
    return keys.length === CLASS_KEYS.length && CLASS_KEYS.every((k) => shared_isFiniteNumber(getOwn(value, k)));
}
function sklearn_fit(input) {
    const doc = mappingOf(input);
    if ('why' in doc)
        return noFit(doc.why);
    const keys = keysOf(doc.mapping);
    if (keys.length === 0)
        return noFit('it is empty');
    for (const key of keys) {
        const value = getOwn(doc.mapping, key);
        if (key === 'accuracy' && shared_isFiniteNumber(value))
            continue;
        if (!isClassEntry(value))
            return noFit(`\`${key}\` is not a {precision, recall, f1-score, support} entry`);
    }
    if (!keys.some((k) => AVERAGES.has(k)) && !keys.includes('accuracy'))
        return noFit('it has no `accuracy` and no `macro avg`');
    return FITS;
}
const sklearnFormat = {
    name: 'sklearn',
    describe: 'scikit-learn classification_report(output_dict=True): `<label>.<precision|recall|f1-score|support>`, `accuracy`; support is each metric\'s n',
    detect: sklearn_fit,
    async read(input) {
        const doc = mappingOf(input);
        if ('why' in doc)
            throw new Error(`${input.path}: not a scikit-learn classification report: ${doc.why}`);
        const fits = sklearn_fit(input);
        if (!fits.fits)
            throw new Error(`${input.path}: not a scikit-learn classification report: ${fits.why}`);
        const metrics = new Map();
        const total = ['macro avg', 'weighted avg', 'micro avg'].map((k) => getOwn(doc.mapping, k)).find(isClassEntry);
        for (const key of keysOf(doc.mapping)) {
            const value = getOwn(doc.mapping, key);
            if (key === 'accuracy') {
                const metric = { value: value };
                const n = total ? getOwn(total, 'support') : undefined;
                if (shared_isFiniteNumber(n))
                    metric.n = n;
                metrics.set('accuracy', metric);
                continue;
            }
            const entry = value;
            const support = getOwn(entry, 'support');
            for (const k of CLASS_KEYS) {
                const metric = { value: getOwn(entry, k) };
                if (k !== 'support')
                    metric.n = support;
                metrics.set(joinPath([key, k]), metric);
            }
        }
        return { metrics };
    },
};

;// CONCATENATED MODULE: ./src/metrics/formats/summary.ts



/** Nesting the metadata strip walks (the flattener refuses deeper files anyway). */
const summary_MAX_DEPTH = 64;
/** A copy without underscore keys and W&B `_type` objects; top-level scalar metadata is collected. */
function strip(node, depth, metadata) {
    const out = newMapping('map');
    for (const key of keysOf(node)) {
        const value = getOwn(node, key);
        if (key.startsWith('_')) {
            if (metadata && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'))
                metadata[key] = value;
            continue;
        }
        if (isMapping(value)) {
            if (getOwn(value, '_type') !== undefined)
                continue;
            setMapping(out, key, depth < summary_MAX_DEPTH ? strip(value, depth + 1) : value);
        }
        else
            setMapping(out, key, value);
    }
    return out;
}
function reader(name) {
    return async (input) => {
        const doc = mappingOf(input);
        if ('why' in doc) {
            if (input.kind === 'file')
                input.document();
            throw new Error(`${input.path}: cannot be read as ${name}: ${doc.why}`);
        }
        const metadata = {};
        const metrics = flattenMetrics(strip(doc.mapping, 1, metadata), input.path);
        return { metrics, provenance: Object.keys(metadata).length > 0 ? { metadata } : undefined };
    };
}
function hasKey(input, keys, why) {
    const doc = mappingOf(input);
    if ('why' in doc)
        return noFit(doc.why);
    return keys.some((k) => getOwn(doc.mapping, k) !== undefined) ? FITS : noFit(why);
}
const evaluateFormat = {
    name: 'evaluate',
    describe: 'Hugging Face evaluate.save() JSON: the results, underscore keys as metadata',
    detect: (input) => hasKey(input, ['_evaluate_version', '_interpreter_path'], 'it has no `_evaluate_version` key'),
    read: reader('evaluate.save() output'),
};
const wandbFormat = {
    name: 'wandb',
    describe: 'Weights & Biases wandb-summary.json: the run summary, underscore keys as metadata',
    detect(input) {
        if (input.kind === 'file' && baseName(input.path) === 'wandb-summary.json') {
            const doc = mappingOf(input);
            return 'why' in doc ? noFit(doc.why) : FITS;
        }
        return hasKey(input, ['_wandb'], 'it is not named wandb-summary.json and has no `_wandb` key');
    },
    read: reader('a W&B summary'),
};

;// CONCATENATED MODULE: ./src/metrics/formats/index.ts
/**
 * The metrics formats, in detection order: the first whose `detect` fits reads the file. The
 * specific formats come first; the generic JSON and YAML readers (today's behaviour) last.
 * `metrics.format` (policy) and `--format` (CLI) force one by name.
 */











const METRICS_FORMATS = [
    mlflowFormat,
    hfCardFormat,
    dvcFormat,
    lmEvalFormat,
    sklearnFormat,
    evaluateFormat,
    wandbFormat,
    csvFormat,
    jsonFormat,
    yamlFormat,
];
/** The names `metrics.format` and `--format` accept. */
const FORMAT_NAMES = METRICS_FORMATS.map((f) => f.name);
/** The format called `name`, or undefined. */
function formatNamed(name) {
    return METRICS_FORMATS.find((f) => f.name === name);
}
/**
 * Reads an input with the forced format, or the first format that fits. When none fits, a
 * file that does not parse as JSON/YAML throws that located syntax error; otherwise the error
 * lists every format tried and why it did not fit. A forced name that is not a format is an error.
 */
async function readMetricsInput(input, options = {}) {
    if (options.format !== undefined) {
        const format = formatNamed(options.format);
        if (!format) {
            throw new GateError({ file: input.path, message: `unknown metrics format \`${options.format}\`.`, fix: `Use one of: ${FORMAT_NAMES.join(', ')}.` });
        }
        return { format: format.name, ...(await format.read(input)) };
    }
    const tried = [];
    for (const format of METRICS_FORMATS) {
        const fit = format.detect(input);
        if (fit.fits)
            return { format: format.name, ...(await format.read(input)) };
        tried.push(`${format.name}: ${fit.why ?? 'does not fit'}`);
    }
    if (input.kind === 'file' && !/\.(csv|tsv|md|markdown)$/i.test(input.path)) {
        // A broken JSON/YAML file: its syntax error, with line and column, says more than the list.
        input.document();
    }
    throw new GateError({
        file: input.path,
        message: `model-gate does not recognise the format of ${input.path}. Formats tried: ${tried.join('; ')}.`,
        fix: `Write the metrics as a JSON object of names to numbers, or set \`metrics.format\` (one of: ${FORMAT_NAMES.join(', ')}).`,
    });
}
/** Opens `path` through `files` and reads it; undefined when there is no such file or directory. */
async function readMetricsPath(path, files, options = {}) {
    const input = await openMetricsInput(path, files);
    return input ? readMetricsInput(input, options) : undefined;
}

;// CONCATENATED MODULE: ./src/cli/metrics.ts
/**
 * `model-gate metrics FILE|DIR [--format F] [--json]`: lists every metric a file (or an MLflow
 * run directory) yields, so a user can see what names to gate on.
 */






const METRICS_USAGE = `Usage: model-gate metrics FILE|DIR [--format F] [--json]

Lists every metric FILE (or an MLflow run directory) yields: name, value, and n/stderr when known.

Options:
  --format F   read as this format instead of detecting it (${FORMAT_NAMES.join(', ')})
  --json       print {"format": ..., "metrics": {name: {value, n?, stderr?}}}
  -C DIR       paths are relative to DIR`;
/** Runs the metrics command on its own arguments (after `metrics`); resolves to the exit status. */
async function metricsCommand(argv, io) {
    let values;
    let positionals;
    try {
        ;
        ({ values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: { format: { type: 'string' }, json: { type: 'boolean' }, C: { type: 'string', short: 'C' }, help: { type: 'boolean', short: 'h' } },
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
    const root = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.C ?? '.');
    const path = positionals[0];
    const source = workspaceSource(root);
    try {
        const read = await readMetricsPath(path, { read: (p) => source.read(p, 'metrics'), list: (dir) => listDirectory(root, dir) }, { format: values.format });
        if (!read) {
            io.stderr(`model-gate metrics: ${logSafe(path)}: no such file or directory (relative to ${root})\n`);
            return 2;
        }
        if (values.json) {
            const metrics = Object.create(null);
            for (const [name, metric] of read.metrics)
                metrics[name] = jsonMetric(metric);
            io.stdout(JSON.stringify({ format: read.format, ...(read.provenance ? { provenance: read.provenance } : {}), metrics }, jsonNumbers, 2) + '\n');
        }
        else
            io.stdout(logSafe(table(read.format, read.metrics, read.provenance?.description)));
        return 0;
    }
    catch (err) {
        io.stderr(`model-gate metrics: ${logSafe(err instanceof GateError ? err.message : err.message)}\n`);
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
    const rows = [...metrics].map(([name, m]) => [metrics_visible(name), m.value === null ? '(no value)' : metrics_visible(String(m.value)), m.n === undefined ? '' : String(m.n), m.stderr === undefined ? '' : String(m.stderr), m.better ?? '']);
    const header = ['metric', 'value', 'n', 'stderr', 'better'];
    const used = header.map((_, i) => i < 2 || rows.some((r) => r[i] !== ''));
    const all = [header, ...rows].map((r) => r.filter((_, i) => used[i]));
    const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
    const lines = all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd());
    const title = `${metrics.size} ${metrics.size === 1 ? 'metric' : 'metrics'} (format: ${format}${description ? `; ${description}` : ''})`;
    return [title, ...lines].join('\n') + '\n';
}
/** A cell on one line: control and line-separator characters shown as `\uXXXX`, so a name cannot forge table lines. */
function metrics_visible(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

;// CONCATENATED MODULE: ./src/core/history/entry.ts
const HISTORY_VERSION = 1;
/** Default number of entries kept; the oldest are dropped first. */
const DEFAULT_KEEP = 500;
/** Default cap on the history file's size in bytes (the contents API's JSON form serves up to 1 MB). */
const DEFAULT_MAX_BYTES = 900 * 1024;
/** Builds the history entry of one model's evaluation. Metrics whose value is not a finite number are left out. */
function buildEntry(evaluation, options) {
    const metrics = {};
    const limits = {};
    for (const check of evaluation.checks) {
        if ((check.kind !== 'threshold' && check.kind !== 'baseline') || check.metric === undefined)
            continue;
        if (typeof check.candidate !== 'number' || !Number.isFinite(check.candidate))
            continue;
        metrics[check.metric] = check.candidate;
        const rule = options.policy?.gates.find((gate) => gate.pattern === check.gate);
        if (rule && limits[check.metric] === undefined) {
            limits[check.metric] = { better: rule.better, ...(rule.rules.min !== undefined ? { min: rule.rules.min } : {}), ...(rule.rules.max !== undefined ? { max: rule.rules.max } : {}) };
        }
    }
    const declarationChecks = evaluation.checks.filter((check) => check.kind === 'declaration');
    const problems = declarationChecks.filter((check) => check.status === 'fail' || check.status === 'warn').length;
    const hasDeclarations = evaluation.declarations !== undefined || declarationChecks.length > 0;
    const nextReview = evaluation.declarations?.nextReview;
    return {
        v: HISTORY_VERSION,
        time: options.time,
        sha: options.sha,
        model: evaluation.model,
        verdict: evaluation.verdict,
        mode: evaluation.mode,
        metrics,
        ...(Object.keys(limits).length > 0 ? { limits } : {}),
        ...(options.kpis && Object.keys(options.kpis).length > 0 ? { kpis: options.kpis } : {}),
        ...(hasDeclarations ? { declarations: { ok: problems === 0, problems, ...(nextReview ? { nextReview } : {}) } } : {}),
        ...(options.override ? { override: options.override } : {}),
    };
}
/** One entry per evaluated model of a run, all with the same time and commit. */
function buildEntries(result, options) {
    return result.evaluations.map((evaluation) => buildEntry(evaluation, {
        ...options,
        policy: options.policies?.find((policy) => policy.name === evaluation.model) ?? options.policy,
        kpis: options.kpisByModel?.[evaluation.model] ?? options.kpis,
    }));
}
/** The entry as one compact JSON line (no trailing newline). */
function serializeEntry(entry) {
    return JSON.stringify(entry);
}
const VERDICTS = new Set(['approved', 'blocked', 'error']);
const MODES = new Set(['enforce', 'advisory']);
const encoder = new TextEncoder();
function utf8Length(text) {
    return encoder.encode(text).length;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Why `value` is not a history entry, or undefined when it is one. */
function entryProblem(value) {
    if (!isRecord(value))
        return 'not a JSON object';
    if (value.v !== HISTORY_VERSION)
        return `unknown version ${JSON.stringify(value.v)} (expected ${HISTORY_VERSION})`;
    for (const key of ['time', 'sha', 'model']) {
        if (typeof value[key] !== 'string' || value[key] === '')
            return `"${key}" must be a non-empty string`;
    }
    if (Number.isNaN(Date.parse(value.time)))
        return `"time" is not an ISO date: ${JSON.stringify(value.time)}`;
    if (!VERDICTS.has(value.verdict))
        return `"verdict" must be approved, blocked or error`;
    if (!MODES.has(value.mode))
        return `"mode" must be enforce or advisory`;
    if (!isRecord(value.metrics) || !Object.values(value.metrics).every((n) => typeof n === 'number' && Number.isFinite(n))) {
        return '"metrics" must map names to finite numbers';
    }
    if (value.kpis !== undefined) {
        if (!isRecord(value.kpis) || !Object.values(value.kpis).every((k) => isRecord(k) && typeof k.value === 'number' && Number.isFinite(k.value))) {
            return '"kpis" must map names to { value: number, unit? }';
        }
    }
    if (value.limits !== undefined && !isRecord(value.limits))
        return '"limits" must be an object';
    if (value.declarations !== undefined && !isRecord(value.declarations))
        return '"declarations" must be an object';
    if (value.override !== undefined && (!isRecord(value.override) || typeof value.override.by !== 'string'))
        return '"override" must be { by, reason? }';
    return undefined;
}
/**
 * Parses a JSONL history file. Blank lines are ignored; a line that is not a valid entry is
 * skipped with a warning naming `file` and its line number. Over `maxBytes`, only the newest
 * lines that fit are read (with a warning). Never throws.
 */
function parseHistory(text, options = {}) {
    const file = options.file ?? 'history.jsonl';
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES * 4;
    const warnings = [];
    const lines = text.split(/\r?\n/);
    let first = 0;
    let size = utf8Length(text);
    if (size > maxBytes) {
        while (first < lines.length && size > maxBytes)
            size -= utf8Length(lines[first++] ?? '') + 1;
        warnings.push({ message: `${file} is larger than ${maxBytes} bytes: its oldest ${first} lines were not read. Lower history.keep.` });
    }
    const entries = [];
    for (let i = first; i < lines.length; i++) {
        const line = (lines[i] ?? '').trim();
        if (line === '')
            continue;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            warnings.push({ line: i + 1, message: `${file}:${i + 1}: not valid JSON; the line was skipped.` });
            continue;
        }
        const problem = entryProblem(value);
        if (problem) {
            warnings.push({ line: i + 1, message: `${file}:${i + 1}: not a history entry (${problem}); the line was skipped.` });
            continue;
        }
        entries.push(value);
    }
    return { entries, warnings };
}
/**
 * The file's text with `added` appended, keeping at most `keep` entries per model and at most
 * `maxBytes` bytes in all (the oldest lines are dropped first). Lines that did not parse are
 * dropped too (reported by {@link parseHistory}).
 */
function appendEntries(text, added, options = {}) {
    const keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const parsed = parseHistory(text, { file: options.file, maxBytes: Number.MAX_SAFE_INTEGER });
    const all = [...parsed.entries, ...added];
    const perModel = new Map();
    const kept = [];
    for (let i = all.length - 1; i >= 0; i--) {
        const entry = all[i];
        const count = perModel.get(entry.model) ?? 0;
        if (count >= keep)
            continue;
        perModel.set(entry.model, count + 1);
        kept.push(serializeEntry(entry));
    }
    kept.reverse();
    let size = kept.reduce((sum, line) => sum + utf8Length(line) + 1, 0);
    let start = 0;
    while (size > maxBytes && start < kept.length - added.length)
        size -= utf8Length(kept[start++]) + 1;
    const lines = kept.slice(start);
    return { text: lines.length > 0 ? `${lines.join('\n')}\n` : '', dropped: all.length - lines.length, warnings: parsed.warnings };
}

;// CONCATENATED MODULE: ./src/core/history/trend.ts
/** Default number of merged values shown. */
const DEFAULT_TREND = 20;
/** The series of one metric (or KPI) of one model: merged values oldest first, then the candidate. */
function trendSeries(entries, options) {
    const kind = options.kind ?? 'metric';
    const trend = Math.max(1, options.trend ?? DEFAULT_TREND);
    const merged = [];
    let recordedLimit;
    let unit;
    for (let i = entries.length - 1; i >= 0 && merged.length < trend; i--) {
        const entry = entries[i];
        if (entry.model !== options.model)
            continue;
        const value = kind === 'kpi' ? entry.kpis?.[options.name]?.value : entry.metrics[options.name];
        if (value === undefined || !Number.isFinite(value))
            continue;
        recordedLimit ??= entry.limits?.[options.name];
        if (kind === 'kpi')
            unit ??= entry.kpis?.[options.name]?.unit;
        merged.push({ label: entry.sha.slice(0, 7), value, candidate: false });
    }
    merged.reverse();
    const points = options.candidate !== undefined && Number.isFinite(options.candidate) ? [...merged, { label: 'PR', value: options.candidate, candidate: true }] : merged;
    const limit = options.limit ?? recordedLimit;
    return {
        name: options.name,
        kind,
        better: options.better ?? limit?.better ?? 'higher',
        ...(unit !== undefined ? { unit } : {}),
        ...(limit?.min !== undefined ? { min: limit.min } : {}),
        ...(limit?.max !== undefined ? { max: limit.max } : {}),
        points,
    };
}
const trend_MINUS = '\u2212';
/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, ... */
function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
    return `${n}${suffix}`;
}
function trend_signed(value, digits) {
    let text = Math.abs(value).toFixed(digits);
    if (Number(text) === 0 && value !== 0)
        text = Math.abs(value).toPrecision(1);
    if (Number(text) === 0)
        return text;
    return `${value < 0 ? trend_MINUS : '+'}${text}`;
}
function trend_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/**
 * The trend in one line. Rules, for points p₀ … pₙ (the candidate last):
 * - one point: `first merge`;
 * - all equal: `unchanged over n merges`;
 * - otherwise the streak of the last move: k consecutive strict drops (or rises) ending at pₙ give
 *   `kth drop in a row` (k ≥ 2), `drop`/`rise` (k = 1), or `unchanged since the last merge` (pₙ = pₙ₋₁);
 *   then the total change pₙ against p₀, relative to |p₀| (absolute when p₀ = 0), `over n merges`.
 * `worsening` is set when the last move goes against `better` (a drop of a higher-is-better metric).
 */
function describeTrend(name, values, better) {
    const n = values.length - 1;
    if (n < 0)
        return undefined;
    if (n === 0)
        return { text: `${name}: first merge`, streak: 0, direction: 'flat', worsening: false };
    const first = values[0];
    const last = values[n];
    if (values.every((value) => value === first)) {
        return { text: `${name}: unchanged over ${trend_plural(n, 'merge')}`, streak: 0, direction: 'flat', worsening: false, changePercent: 0 };
    }
    const step = Math.sign(last - values[n - 1]);
    let streak = 0;
    if (step !== 0) {
        for (let i = n; i > 0 && Math.sign(values[i] - values[i - 1]) === step; i--)
            streak++;
    }
    const direction = step < 0 ? 'drop' : step > 0 ? 'rise' : 'flat';
    const moved = direction === 'flat' ? 'unchanged since the last merge' : streak >= 2 ? `${ordinal(streak)} ${direction} in a row` : direction;
    const changePercent = first !== 0 ? ((last - first) / Math.abs(first)) * 100 : undefined;
    const change = changePercent !== undefined ? `${trend_signed(changePercent, 1)}%` : trend_signed(last - first, 3);
    const worsening = (better === 'higher' && step < 0) || (better === 'lower' && step > 0);
    return {
        text: `${name}: ${moved}, ${change} over ${trend_plural(n, 'merge')}`,
        streak,
        direction,
        worsening,
        ...(changePercent !== undefined ? { changePercent } : {}),
    };
}
/**
 * The trends a PR comment shows for one model: each KPI (candidate value from `kpis`) and each
 * blocking threshold/baseline metric with a numeric candidate, against the model's history.
 * Series with no merged value are left out, so no history gives no trend.
 */
function commentTrends(entries, evaluation, options = {}) {
    const series = [];
    for (const [name, kpi] of Object.entries(options.kpis ?? {})) {
        series.push(trendSeries(entries, { model: evaluation.model, name, kind: 'kpi', candidate: kpi.value, ...(options.trend !== undefined ? { trend: options.trend } : {}) }));
    }
    const seen = new Set();
    for (const check of evaluation.checks) {
        if ((check.kind !== 'threshold' && check.kind !== 'baseline') || check.severity !== 'block' || check.metric === undefined || seen.has(check.metric))
            continue;
        if (typeof check.candidate !== 'number' || !Number.isFinite(check.candidate))
            continue;
        seen.add(check.metric);
        const rule = options.policy?.gates.find((gate) => gate.pattern === check.gate);
        const limit = rule ? { better: rule.better, ...(rule.rules.min !== undefined ? { min: rule.rules.min } : {}), ...(rule.rules.max !== undefined ? { max: rule.rules.max } : {}) } : undefined;
        series.push(trendSeries(entries, { model: evaluation.model, name: check.metric, candidate: check.candidate, ...(limit ? { limit } : {}), ...(options.trend !== undefined ? { trend: options.trend } : {}) }));
    }
    const withHistory = series.filter((s) => s.points.some((point) => !point.candidate));
    const lines = withHistory
        .map((s) => describeTrend(s.name, s.points.map((point) => point.value), s.better))
        .filter((line) => line !== undefined)
        .sort((a, b) => Number(b.worsening) - Number(a.worsening) || b.streak - a.streak);
    return { series: withHistory, lines };
}

;// CONCATENATED MODULE: ./src/dashboard/html.ts
/** HTML text escaping for the dashboard: repository text (model and metric names) is never markup. */
function esc(text) {
    return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}
/** A number for display: up to 4 significant digits, thousands grouped. */
function formatValue(value, unit) {
    const abs = Math.abs(value);
    const text = abs !== 0 && (abs >= 1e9 || abs < 1e-4)
        ? value.toExponential(2)
        : abs >= 1000
            ? Math.round(value).toLocaleString('en-US')
            : String(Number(value.toPrecision(4)));
    return unit ? `${text} ${unit}` : text;
}

;// CONCATENATED MODULE: ./src/dashboard/chart.ts
/**
 * Inline SVG line charts for the dashboard, drawn here (no library, no script): the values over
 * time, the gate's threshold as a dashed step line, advisory periods shaded, overrides and
 * blocked runs marked. Long series are downsampled (min and max of each bucket kept) so a chart
 * of 5,000 merges stays a few hundred points.
 */

/** Indices kept from `n` values: all when n ≤ max, else the first, last, and each bucket's min and max. */
function downsample(values, max) {
    const n = values.length;
    if (n <= max)
        return values.map((_, i) => i);
    const buckets = Math.max(1, Math.floor((max - 2) / 2));
    const kept = new Set([0, n - 1]);
    for (let b = 0; b < buckets; b++) {
        const start = 1 + Math.floor((b * (n - 2)) / buckets);
        const end = 1 + Math.floor(((b + 1) * (n - 2)) / buckets);
        let lo = start;
        let hi = start;
        for (let i = start; i < end; i++) {
            if (values[i] < values[lo])
                lo = i;
            if (values[i] > values[hi])
                hi = i;
        }
        if (start < end)
            kept.add(lo).add(hi);
    }
    return [...kept].sort((a, b) => a - b);
}
/** Round axis ticks covering [low, high]. */
function ticks(low, high, count = 5) {
    if (!(high > low))
        return [low];
    const raw = (high - low) / count;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
    const out = [];
    for (let t = Math.ceil(low / step) * step; t <= high + step * 1e-9; t += step)
        out.push(Number(t.toPrecision(12)));
    return out;
}
const fmt = (n) => (Math.round(n * 10) / 10).toString();
/** One chart as an `<svg>` element string; an empty-state `<p>` when there is no point. */
function lineChart(points, options) {
    if (points.length === 0)
        return `<p class="empty">No values recorded for ${esc(options.title)}.</p>`;
    const width = options.width ?? 640;
    const height = options.height ?? 220;
    const ys = points.flatMap((p) => (p.threshold !== undefined ? [p.y, p.threshold] : [p.y]));
    let low = Math.min(...ys);
    let high = Math.max(...ys);
    const span = high - low || Math.abs(high) * 0.1 || 1;
    low -= span * 0.08;
    high += span * 0.08;
    const tickValues = ticks(low, high);
    const widest = Math.max(...tickValues.map((t) => formatValue(t).length));
    const pad = { left: Math.max(40, 12 + widest * 6.5), right: 12, top: 28, bottom: 28 };
    const x0 = points[0].x;
    const x1 = points[points.length - 1].x;
    const sx = (x) => pad.left + (x1 > x0 ? ((x - x0) / (x1 - x0)) * (width - pad.left - pad.right) : (width - pad.left - pad.right) / 2);
    const sy = (y) => pad.top + (1 - (y - low) / (high - low)) * (height - pad.top - pad.bottom);
    const parts = [];
    // Advisory periods: runs of consecutive advisory points, shaded.
    for (let i = 0; i < points.length; i++) {
        if (!points[i].advisory)
            continue;
        let j = i;
        while (j + 1 < points.length && points[j + 1].advisory)
            j++;
        const a = sx(points[i].x) - 2;
        const b = sx(points[j].x) + 2;
        parts.push(`<rect class="advisory" x="${fmt(a)}" y="${pad.top}" width="${fmt(Math.max(b - a, 4))}" height="${height - pad.top - pad.bottom}"><title>advisory mode</title></rect>`);
        i = j;
    }
    for (const t of tickValues) {
        parts.push(`<line class="grid" x1="${pad.left}" x2="${width - pad.right}" y1="${fmt(sy(t))}" y2="${fmt(sy(t))}"/>`, `<text class="tick" x="${pad.left - 6}" y="${fmt(sy(t) + 4)}" text-anchor="end">${esc(formatValue(t))}</text>`);
    }
    const firstDate = new Date(x0);
    const lastDate = new Date(x1);
    if (!Number.isNaN(firstDate.getTime()) && x0 > 1e11) {
        parts.push(`<text class="tick" x="${pad.left}" y="${height - 8}">${firstDate.toISOString().slice(0, 10)}</text>`, `<text class="tick" x="${width - pad.right}" y="${height - 8}" text-anchor="end">${lastDate.toISOString().slice(0, 10)}</text>`);
    }
    // Threshold: a step line through the points that have one.
    const withThreshold = points.filter((p) => p.threshold !== undefined);
    if (withThreshold.length > 0) {
        const kept = downsample(withThreshold.map((p) => p.threshold), options.maxPoints ?? 400).map((i) => withThreshold[i]);
        let d = '';
        kept.forEach((p, i) => {
            d += i === 0 ? `M${fmt(sx(p.x))},${fmt(sy(p.threshold))}` : `H${fmt(sx(p.x))}V${fmt(sy(p.threshold))}`;
        });
        const last = kept[kept.length - 1];
        parts.push(`<path class="threshold" d="${d}H${fmt(Math.max(sx(last.x), width - pad.right))}"><title>threshold ${esc(formatValue(last.threshold, options.unit))}</title></path>`);
    }
    const kept = downsample(points.map((p) => p.y), options.maxPoints ?? 400).map((i) => points[i]);
    parts.push(`<polyline class="value" points="${kept.map((p) => `${fmt(sx(p.x))},${fmt(sy(p.y))}`).join(' ')}"/>`);
    for (const p of points) {
        if (p.override !== undefined) {
            parts.push(`<g class="override"><line x1="${fmt(sx(p.x))}" x2="${fmt(sx(p.x))}" y1="${pad.top}" y2="${height - pad.bottom}"/><circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="4"/><title>override by ${esc(p.override)}: ${esc(p.label)}</title></g>`);
        }
        else if (p.blocked) {
            parts.push(`<circle class="blocked" cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="3"><title>blocked: ${esc(p.label)}</title></circle>`);
        }
    }
    const last = points[points.length - 1];
    parts.push(`<circle class="last" cx="${fmt(sx(last.x))}" cy="${fmt(sy(last.y))}" r="3.5"><title>${esc(formatValue(last.y, options.unit))} — ${esc(last.label)}</title></circle>`);
    const title = `${options.title}${options.unit ? ` (${options.unit})` : ''}`;
    return [
        `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
        `<text class="title" x="${pad.left}" y="18">${esc(title)}</text>`,
        `<text class="latest" x="${width - pad.right}" y="18" text-anchor="end">${esc(formatValue(last.y, options.unit))}</text>`,
        ...parts,
        '</svg>',
    ].join('');
}

;// CONCATENATED MODULE: ./src/dashboard/build.ts



const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--card:#f6f8fa;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--accent:#0969da}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 32px;border-bottom:1px solid var(--line);background:var(--card)}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:var(--muted)}
main{padding:16px 32px;max-width:1400px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:150px}
.card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}.card .v{font-size:18px;font-weight:600}
.approved{color:var(--ok)}.blocked,.error,.overdue{color:var(--bad)}.soon,.advisory-text{color:var(--warn)}
table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid var(--line);padding:5px 10px;text-align:left;vertical-align:top}th{background:var(--card)}td.num{text-align:right;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:12px}
.chart{background:#fff;border:1px solid var(--line);border-radius:8px;width:100%;height:auto}
.chart .title{font-weight:600;font-size:13px;fill:var(--fg)}.chart .latest{font-size:13px;font-weight:600;fill:var(--accent)}
.chart .tick{font-size:11px;fill:var(--muted)}.chart .grid{stroke:#eef1f4}.chart .value{fill:none;stroke:var(--accent);stroke-width:1.8}
.chart .threshold{fill:none;stroke:var(--bad);stroke-width:1.4;stroke-dasharray:5 4}.chart .advisory{fill:#fff8c5;opacity:.8}
.chart .override line{stroke:#bf8700;stroke-width:1.2;stroke-dasharray:2 2}.chart .override circle{fill:#bf8700}.chart .blocked{fill:var(--bad)}.chart .last{fill:var(--accent)}
.legend{color:var(--muted);font-size:12px}.legend span{margin-right:14px}.sw{display:inline-block;width:18px;height:3px;vertical-align:middle;margin-right:4px}
.empty{color:var(--muted)}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--card);padding:1px 4px;border-radius:4px}
footer{padding:16px 32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line);margin-top:32px}
`;
function page(title, subtitle, body, footer) {
    return [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${esc(title)}</title><style>${STYLE}</style></head><body>`,
        `<header><h1>${esc(title)}</h1><p>${subtitle}</p></header>`,
        `<main>${body}</main>`,
        `<footer>${footer}</footer>`,
        '</body></html>',
    ].join('\n');
}
/** A file-name-safe slug per model, unique among `models`. */
function modelSlugs(models) {
    const used = new Set();
    const out = new Map();
    for (const model of models) {
        const base = model.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'model';
        let slug = base;
        for (let i = 2; used.has(slug); i++)
            slug = `${base}-${i}`;
        used.add(slug);
        out.set(model, slug);
    }
    return out;
}
const DAY = 86_400_000;
function reviewState(nextReview, now, warningDays) {
    if (!nextReview)
        return { text: 'not declared', cls: 'soon' };
    const due = Date.parse(nextReview);
    if (Number.isNaN(due))
        return { text: esc(nextReview), cls: '' };
    const days = Math.floor((due - now) / DAY);
    if (days < 0)
        return { text: `${esc(nextReview)} (overdue by ${-days} day${days === -1 ? '' : 's'})`, cls: 'overdue' };
    if (days <= warningDays)
        return { text: `${esc(nextReview)} (in ${days} day${days === 1 ? '' : 's'})`, cls: 'soon' };
    return { text: esc(nextReview), cls: '' };
}
function names(entries, pick) {
    const seen = new Set();
    for (const entry of entries)
        for (const name of Object.keys(pick(entry) ?? {}))
            seen.add(name);
    return [...seen];
}
function xOf(entry, index) {
    const t = Date.parse(entry.time);
    return Number.isNaN(t) ? index : t;
}
function label(entry) {
    return `${entry.sha.slice(0, 7)} · ${entry.time.slice(0, 16).replace('T', ' ')}`;
}
function thresholdOf(entry, name) {
    const limit = entry.limits?.[name];
    if (!limit)
        return undefined;
    return limit.better === 'lower' ? (limit.max ?? limit.min) : (limit.min ?? limit.max);
}
function metricPoints(entries, name, kind) {
    const points = [];
    entries.forEach((entry, i) => {
        const y = kind === 'kpi' ? entry.kpis?.[name]?.value : entry.metrics[name];
        if (y === undefined || !Number.isFinite(y))
            return;
        const threshold = kind === 'metric' ? thresholdOf(entry, name) : undefined;
        points.push({
            x: xOf(entry, i),
            y,
            label: label(entry),
            ...(threshold !== undefined ? { threshold } : {}),
            ...(entry.mode === 'advisory' ? { advisory: true } : {}),
            ...(entry.override ? { override: entry.override.by } : {}),
            ...(entry.verdict !== 'approved' ? { blocked: true } : {}),
        });
    });
    return points;
}
/** Runs of consecutive advisory entries as [first, last] entries. */
function advisoryPeriods(entries) {
    const out = [];
    for (let i = 0; i < entries.length; i++) {
        if (entries[i].mode !== 'advisory')
            continue;
        let j = i;
        while (j + 1 < entries.length && entries[j + 1].mode === 'advisory')
            j++;
        out.push([entries[i], entries[j]]);
        i = j;
    }
    return out;
}
const LEGEND = '<p class="legend"><span><i class="sw" style="background:#0969da"></i>value at each merge</span><span><i class="sw" style="background:#cf222e"></i>threshold (dashed)</span><span><i class="sw" style="background:#fff8c5;height:10px"></i>advisory mode</span><span><i class="sw" style="background:#bf8700"></i>override</span><span>● red: blocked run</span></p>';
function modelPage(model, entries, options) {
    const latest = entries[entries.length - 1];
    const review = reviewState(latest.declarations?.nextReview, options.now, options.reviewWarningDays);
    const declarations = latest.declarations
        ? latest.declarations.ok
            ? '<span class="approved">sound</span>'
            : `<span class="blocked">${latest.declarations.problems} problem${latest.declarations.problems === 1 ? '' : 's'}</span>`
        : '<span class="soon">none recorded</span>';
    const card = (k, v) => `<div class="card"><div class="k">${k}</div><div class="v">${v}</div></div>`;
    const body = [
        '<p><a href="../index.html">← all models</a></p>',
        '<div class="cards">',
        card('Latest verdict', `<span class="${latest.verdict}">${latest.verdict}</span>`),
        card('Mode', latest.mode === 'advisory' ? '<span class="advisory-text">advisory</span>' : 'enforce'),
        card('Merges recorded', String(entries.length)),
        card('Last merge', `<code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}`),
        card('Declarations', declarations),
        card('Next review', `<span class="${review.cls}">${review.text}</span>`),
        '</div>',
    ];
    const kpis = names(entries, (e) => e.kpis);
    const metrics = names(entries, (e) => e.metrics);
    const charts = (list, kind) => `<div class="charts">${list
        .map((name) => {
        const points = metricPoints(entries, name, kind);
        const unit = kind === 'kpi' ? [...entries].reverse().find((e) => e.kpis?.[name]?.unit)?.kpis?.[name]?.unit : undefined;
        return lineChart(points, { title: name, ...(unit ? { unit } : {}), maxPoints: options.maxPoints });
    })
        .join('\n')}</div>`;
    if (kpis.length > 0)
        body.push('<h2>KPIs</h2>', LEGEND, charts(kpis, 'kpi'));
    body.push('<h2>Gated metrics</h2>');
    if (metrics.length === 0)
        body.push('<p class="empty">No gated metric recorded.</p>');
    else {
        body.push('<table><tr><th>Metric</th><th>Latest</th><th>Threshold</th><th>Trend</th></tr>');
        for (const name of metrics) {
            const points = metricPoints(entries, name, 'metric');
            const last = points[points.length - 1];
            const threshold = thresholdOf(latest, name);
            const better = latest.limits?.[name]?.better ?? 'higher';
            const trend = describeTrend(name, points.slice(-(options.trend + 1)).map((p) => p.y), better);
            const bound = threshold === undefined ? '—' : `${better === 'lower' ? '≤' : '≥'} ${esc(formatValue(threshold))}`;
            body.push(`<tr><td><code>${esc(name)}</code></td><td class="num">${last ? esc(formatValue(last.y)) : '—'}</td><td class="num">${bound}</td><td>${trend ? esc(trend.text.slice(name.length + 2)) : ''}</td></tr>`);
        }
        body.push('</table>', LEGEND, charts(metrics, 'metric'));
    }
    const overrides = entries.filter((e) => e.override);
    body.push('<h2>Overrides</h2>');
    if (overrides.length === 0)
        body.push('<p class="empty">No override.</p>');
    else {
        body.push('<table><tr><th>Merge</th><th>By</th><th>Reason</th></tr>');
        for (const e of overrides.slice(-50).reverse())
            body.push(`<tr><td><code>${esc(e.sha.slice(0, 7))}</code> ${esc(e.time.slice(0, 10))}</td><td>${esc(e.override.by)}</td><td>${esc(e.override.reason ?? '')}</td></tr>`);
        body.push('</table>');
        if (overrides.length > 50)
            body.push(`<p class="empty">The 50 newest of ${overrides.length} overrides.</p>`);
    }
    const periods = advisoryPeriods(entries);
    body.push('<h2>Advisory periods</h2>');
    body.push(periods.length === 0
        ? '<p class="empty">Always enforced.</p>'
        : `<ul>${periods.map(([a, b]) => `<li>${esc(a.time.slice(0, 10))} – ${esc(b.time.slice(0, 10))} (<code>${esc(a.sha.slice(0, 7))}</code>…<code>${esc(b.sha.slice(0, 7))}</code>)</li>`).join('')}</ul>`);
    return page(`${options.title}: ${model}`, `${entries.length} merges from ${esc(entries[0].time.slice(0, 10))} to ${esc(latest.time.slice(0, 10))}`, body.join('\n'), `Generated ${esc(options.generated)} by model-gate.`);
}
/**
 * The dashboard's files, path (relative, `/`-separated) → HTML. Entries are taken in file order
 * (merge order); each model gets its own page. No entry: an index saying so.
 */
function buildDashboard(entries, options = {}) {
    const title = options.title ?? 'model-gate dashboard';
    const generated = options.now ?? entries[entries.length - 1]?.time ?? '';
    const now = Date.parse(generated);
    const settings = { title, reviewWarningDays: options.reviewWarningDays ?? 30, maxPoints: options.maxPoints ?? 400, trend: options.trend ?? 20, now: Number.isNaN(now) ? 0 : now, generated };
    const byModel = new Map();
    for (const entry of entries)
        byModel.set(entry.model, [...(byModel.get(entry.model) ?? []), entry]);
    const slugs = modelSlugs([...byModel.keys()]);
    const files = new Map();
    const rows = [];
    for (const [model, list] of byModel) {
        const slug = slugs.get(model);
        files.set(`models/${slug}.html`, modelPage(model, list, settings));
        const latest = list[list.length - 1];
        const review = reviewState(latest.declarations?.nextReview, settings.now, settings.reviewWarningDays);
        const worst = Object.keys(latest.metrics)
            .map((name) => {
            const values = list.slice(-(settings.trend + 1)).map((e) => e.metrics[name]).filter((v) => v !== undefined);
            return describeTrend(name, values, latest.limits?.[name]?.better ?? 'higher');
        })
            .filter((t) => t?.worsening)
            .sort((a, b) => b.streak - a.streak)[0];
        rows.push(`<tr><td><a href="models/${slug}.html">${esc(model)}</a></td><td class="${latest.verdict}">${latest.verdict}</td><td>${latest.mode}</td><td class="num">${list.length}</td><td><code>${esc(latest.sha.slice(0, 7))}</code> ${esc(latest.time.slice(0, 10))}</td><td>${latest.declarations ? (latest.declarations.ok ? '<span class="approved">sound</span>' : `<span class="blocked">${latest.declarations.problems} problem(s)</span>`) : '—'}</td><td class="${review.cls}">${review.text}</td><td>${worst ? esc(worst.text) : ''}</td></tr>`);
    }
    const body = rows.length === 0
        ? '<p class="empty">No merged run recorded yet: the history is empty.</p>'
        : `<table><tr><th>Model</th><th>Verdict</th><th>Mode</th><th>Merges</th><th>Last merge</th><th>Declarations</th><th>Next review</th><th>Watch</th></tr>${rows.join('\n')}</table>`;
    files.set('index.html', page(title, `${entries.length} merged runs, ${byModel.size} model${byModel.size === 1 ? '' : 's'}`, body, `Generated ${esc(generated)} by model-gate.`));
    return files;
}

;// CONCATENATED MODULE: ./src/cli/dashboard.ts
/**
 * `model-gate dashboard --history FILE --out DIR`: the static dashboard of a history file, for
 * GitHub Pages (or opening from disk). Bad lines are reported on stderr and skipped.
 */





const DASHBOARD_USAGE = `Usage: model-gate dashboard --history FILE --out DIR [options]

Builds a static site (index.html and one page per model) from a model-gate history file.

Options:
  --history FILE   the history (JSON Lines), e.g. history.jsonl from the model-gate-data branch
  --out DIR        directory to write the site to (created if missing)
  --title TEXT     page title (default: model-gate dashboard)
  --now DATE       judge review dates as of DATE (default: the newest entry's time)
  -h, --help       show this help

Exit status: 0 written, 2 error.`;
/** Runs the dashboard command; returns the exit status. */
async function runDashboard(argv, io) {
    let values;
    try {
        values = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: { history: { type: 'string' }, out: { type: 'string' }, title: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        }).values;
    }
    catch (error) {
        io.stderr(`model-gate dashboard: ${error instanceof Error ? error.message : String(error)}\n\n${DASHBOARD_USAGE}\n`);
        return 2;
    }
    if (values.help) {
        io.stdout(`${DASHBOARD_USAGE}\n`);
        return 0;
    }
    if (!values.history || !values.out) {
        io.stderr(`model-gate dashboard: --history and --out are required.\n\n${DASHBOARD_USAGE}\n`);
        return 2;
    }
    if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
        io.stderr(`model-gate dashboard: --now is "${values.now}"; expected a date such as 2026-12-01.\n`);
        return 2;
    }
    const historyPath = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.history);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(historyPath, 'utf8');
    }
    catch (error) {
        io.stderr(`model-gate dashboard: cannot read the history ${values.history}: ${error.code ?? String(error)}. Fetch it with: git show origin/model-gate-data:history.jsonl > history.jsonl\n`);
        return 2;
    }
    const parsed = parseHistory(text, { file: values.history });
    for (const warning of parsed.warnings)
        io.stderr(`warning: ${warning.message}\n`);
    const files = buildDashboard(parsed.entries, {
        ...(values.title ? { title: values.title } : {}),
        ...(values.now ? { now: new Date(values.now).toISOString() } : {}),
    });
    const out = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.out);
    for (const [path, content] of files) {
        const target = (0,external_node_path_namespaceObject.join)(out, ...path.split('/'));
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(target, content);
    }
    io.stdout(`Dashboard of ${parsed.entries.length} entries written to ${values.out} (${files.size} pages): open ${(0,external_node_path_namespaceObject.join)(values.out, 'index.html')}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/text.ts



const text_ORDER = ['fail', 'warn', 'not_evaluated', 'skip', 'pass'];
const MARK = { fail: '✗', warn: '!', not_evaluated: '?', skip: '-', pass: '✓' };
/** Repository text goes to a terminal: no control characters (escape sequences, carriage returns). */
function plain(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '�').replace(/\n/g, ' ');
}
function text_where(p) {
    const at = p.source === 'workspace' ? 'the working tree' : p.sha ? `${p.sha.slice(0, 7)}` : p.source;
    return `${plain(p.path ?? '')} at ${at}`;
}
function checkLine(check) {
    const name = check.metric ?? check.id;
    return `  ${MARK[check.status]} ${plain(name)}: ${plain(checkSentence(check))}`;
}
/** The result for a terminal: the verdict line, then the checks that need attention, then the rest. */
function renderText(result, opts) {
    const failed = failedCount(result.evaluations);
    const advisory = result.mode === 'advisory' ? ' (advisory: not enforced)' : '';
    const outcome = result.verdict === 'error' ? 'the gate could not be evaluated' : `${failed} failed blocking check${failed === 1 ? '' : 's'}`;
    const lines = [`model-gate: ${result.verdict.toUpperCase()}${advisory} — ${outcome}`];
    if (opts.quiet)
        return lines.join('\n') + '\n';
    for (const evaluation of result.evaluations) {
        if (result.evaluations.length > 1)
            lines.push('', `model ${plain(evaluation.model)}: ${evaluation.verdict}`);
        for (const problem of evaluation.problems)
            lines.push(`  ✗ ${plain(formatProblem(problem))}`);
        const sorted = [...evaluation.checks].sort((a, b) => text_ORDER.indexOf(a.status) - text_ORDER.indexOf(b.status));
        for (const check of sorted)
            lines.push(checkLine(check));
        if (evaluation.policyChanges.length > 0) {
            lines.push('  This change edits the policy (applies after merge):');
            for (const change of evaluation.policyChanges)
                lines.push(`    ${change.effect}: ${plain(change.description)}`);
        }
        if (evaluation.problems.length > 0)
            continue;
        lines.push(`  policy ${text_where(evaluation.policy)}; baseline ${evaluation.baseline.source === 'none' ? 'none' : text_where(evaluation.baseline)}; candidate ${text_where(evaluation.candidate)}`);
        for (const p of [evaluation.policy, evaluation.baseline])
            if (p.note)
                lines.push(`  note: ${plain(p.note)}`);
    }
    lines.push(`  (in ${opts.dir})`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/cli/main.ts















const USAGE = `Usage: model-gate check [options]
       model-gate metrics FILE|DIR [--format F] [--json]   (list the metrics a file yields)
       model-gate dashboard --history FILE --out DIR       (a static site of the model over time)
       model-gate --version

Evaluates the working tree against a base ref: the policy and the baseline are read from the
base ref with git, the candidate metrics and the model card from the working tree.

Options:
  --base REF             base ref for the policy and baseline (default: the merge-base of HEAD
                         with origin/HEAD, else main, else master)
  --policy PATH          policy file (default: .github/model-gate.yml)
  --policy-source SRC    base (default): read the policy at --base; workspace: the working tree's copy
  --mode MODE            enforce or advisory; overrides the policy's mode
  --model NAME           in a multi-model policy, gate only this model
  --report FILE          write the JSON report to FILE
  --markdown FILE        write the PR comment, exactly as the Action would post it, to FILE
  --junit FILE           write JUnit XML (a test suite per model, a test case per check) to FILE
  --now DATE             judge review dates as of DATE (YYYY-MM-DD) instead of today
  -C DIR                 run as if started in DIR (paths are relative to it)
  -q, --quiet            print only the verdict line
  -h, --help             show this help
  -V, --version          print the version

Exit status: 0 approved, 1 blocked, 2 error (advisory mode: always 0).`;
class UsageError extends Error {
}
function oneOf(flag, value, allowed) {
    if (value === undefined)
        return undefined;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`${flag} is "${value}"; expected one of: ${allowed.join(', ')}`);
}
function parse(argv) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            base: { type: 'string' },
            policy: { type: 'string' },
            'policy-source': { type: 'string' },
            mode: { type: 'string' },
            model: { type: 'string' },
            report: { type: 'string' },
            markdown: { type: 'string' },
            junit: { type: 'string' },
            now: { type: 'string' },
            C: { type: 'string', short: 'C' },
            quiet: { type: 'boolean', short: 'q' },
            help: { type: 'boolean', short: 'h' },
            version: { type: 'boolean', short: 'V' }
        }
    });
    return { values, positionals };
}
async function check(values, io) {
    const dir = (0,external_node_path_namespaceObject.resolve)(io.cwd, values.C ?? '.');
    const mode = oneOf('--mode', values.mode, ['enforce', 'advisory']);
    const policySource = oneOf('--policy-source', values['policy-source'], ['base', 'workspace']) ?? 'base';
    const policyPath = values.policy ?? '.github/model-gate.yml';
    const now = values.now === undefined ? new Date() : new Date(`${values.now}T00:00:00Z`);
    if (values.now !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.now) || Number.isNaN(now.getTime()))) {
        throw new UsageError(`--now is "${values.now}"; expected a date like 2026-11-25`);
    }
    if (!(await repoRoot(dir)))
        throw new UsageError(`${dir} is not inside a git repository; model-gate check reads the base with git`);
    const headSha = await resolveCommit(dir, 'HEAD');
    const base = await chooseBase(dir, values.base, io);
    const baseSha = base.sha;
    const result = await runGate({
        policyPath,
        policySource,
        mode,
        model: values.model,
        base: gitSource(dir, baseSha),
        workspace: workspaceSource(dir, headSha),
        headSha,
        now
    });
    if (baseSha === headSha && result.evaluations.some((ev) => ev.baseline.source !== 'none' && ev.baseline.path === ev.candidate.path) && (await isClean(dir))) {
        io.stderr(`model-gate: warning: the base is HEAD itself (${baseSha.slice(0, 7)}) and the working tree has no changes, so the baseline equals the candidate; pass --base with the commit to compare with.\n`);
    }
    await publish(result, values, io, policyPath, dir);
    if (result.mode === 'advisory')
        return 0;
    return result.verdict === 'approved' ? 0 : result.verdict === 'blocked' ? 1 : 2;
}
/** The base commit: --base as given, else the merge-base with the default branch, else HEAD; says which on stderr. */
async function chooseBase(dir, given, io) {
    if (given !== undefined) {
        const sha = await resolveCommit(dir, given);
        if (!sha)
            throw new UsageError(`--base ${given}: no such commit in this repository (fetch it first, e.g. git fetch origin ${given})`);
        return { ref: given, sha };
    }
    const found = await defaultBase(dir);
    if (found) {
        io.stderr(`model-gate: base: the merge-base of HEAD and ${found.ref} (${found.sha.slice(0, 7)}); pass --base REF to choose another.\n`);
        return found;
    }
    const head = await resolveCommit(dir, 'HEAD');
    if (!head)
        throw new UsageError('this repository has no commit yet; commit the policy and the baseline first');
    io.stderr(`model-gate: base: HEAD (${head.slice(0, 7)}): no origin/HEAD, main or master to take the merge-base with; pass --base REF to choose another.\n`);
    return { ref: 'HEAD', sha: head };
}
async function publish(result, values, io, policyPath, dir) {
    if (values.report)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, values.report), JSON.stringify(toReport(result), null, 2) + '\n');
    if (values.markdown)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, values.markdown), renderComment(result, renderContextFromEnv(io.env, policyPath)));
    if (values.junit)
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, values.junit), renderJUnit(result));
    io.stdout(logSafe(renderText(result, { quiet: values.quiet ?? false, dir })));
}
/** Runs the CLI; resolves to the exit status. */
async function main(argv, io) {
    if (argv[0] === 'metrics')
        return metricsCommand(argv.slice(1), io);
    if (argv[0] === 'dashboard')
        return runDashboard(argv.slice(1), io);
    try {
        const { values, positionals } = parse(argv);
        if (values.help) {
            io.stdout(USAGE + '\n');
            return 0;
        }
        if (values.version) {
            io.stdout(`model-gate ${package_namespaceObject.rE}\n`);
            return 0;
        }
        if (positionals.length !== 1 || positionals[0] !== 'check') {
            throw new UsageError(positionals.length === 0 ? 'missing command: check' : `unknown command: ${positionals.join(' ')}`);
        }
        return await check(values, io);
    }
    catch (err) {
        const usage = err instanceof UsageError || err.code?.startsWith('ERR_PARSE_ARGS');
        io.stderr(`model-gate: ${logSafe(err.message)}\n${usage ? "Run 'model-gate --help' for the options.\n" : ''}`);
        return 2;
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(5402);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(5407);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(5407);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(5402);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(5407);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 5407:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(5407);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(5407);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 5402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(9210);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(5402);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(5402);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 7216:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/applicator","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/applicator":true},"$dynamicAnchor":"meta","title":"Applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"prefixItems":{"$ref":"#/$defs/schemaArray"},"items":{"$dynamicRef":"#meta"},"contains":{"$dynamicRef":"#meta"},"additionalProperties":{"$dynamicRef":"#meta"},"properties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"propertyNames":{"format":"regex"},"default":{}},"dependentSchemas":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"},"default":{}},"propertyNames":{"$dynamicRef":"#meta"},"if":{"$dynamicRef":"#meta"},"then":{"$dynamicRef":"#meta"},"else":{"$dynamicRef":"#meta"},"allOf":{"$ref":"#/$defs/schemaArray"},"anyOf":{"$ref":"#/$defs/schemaArray"},"oneOf":{"$ref":"#/$defs/schemaArray"},"not":{"$dynamicRef":"#meta"}},"$defs":{"schemaArray":{"type":"array","minItems":1,"items":{"$dynamicRef":"#meta"}}}}');

/***/ }),

/***/ 8226:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/content","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Content vocabulary meta-schema","type":["object","boolean"],"properties":{"contentEncoding":{"type":"string"},"contentMediaType":{"type":"string"},"contentSchema":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 518:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/core","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true},"$dynamicAnchor":"meta","title":"Core vocabulary meta-schema","type":["object","boolean"],"properties":{"$id":{"$ref":"#/$defs/uriReferenceString","$comment":"Non-empty fragments not allowed.","pattern":"^[^#]*#?$"},"$schema":{"$ref":"#/$defs/uriString"},"$ref":{"$ref":"#/$defs/uriReferenceString"},"$anchor":{"$ref":"#/$defs/anchorString"},"$dynamicRef":{"$ref":"#/$defs/uriReferenceString"},"$dynamicAnchor":{"$ref":"#/$defs/anchorString"},"$vocabulary":{"type":"object","propertyNames":{"$ref":"#/$defs/uriString"},"additionalProperties":{"type":"boolean"}},"$comment":{"type":"string"},"$defs":{"type":"object","additionalProperties":{"$dynamicRef":"#meta"}}},"$defs":{"anchorString":{"type":"string","pattern":"^[A-Za-z_][-A-Za-z0-9._]*$"},"uriString":{"type":"string","format":"uri"},"uriReferenceString":{"type":"string","format":"uri-reference"}}}');

/***/ }),

/***/ 4588:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/format-annotation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/format-annotation":true},"$dynamicAnchor":"meta","title":"Format vocabulary meta-schema for annotation results","type":["object","boolean"],"properties":{"format":{"type":"string"}}}');

/***/ }),

/***/ 5707:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/meta-data","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/meta-data":true},"$dynamicAnchor":"meta","title":"Meta-data vocabulary meta-schema","type":["object","boolean"],"properties":{"title":{"type":"string"},"description":{"type":"string"},"default":true,"deprecated":{"type":"boolean","default":false},"readOnly":{"type":"boolean","default":false},"writeOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true}}}');

/***/ }),

/***/ 9547:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/unevaluated","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/unevaluated":true},"$dynamicAnchor":"meta","title":"Unevaluated applicator vocabulary meta-schema","type":["object","boolean"],"properties":{"unevaluatedItems":{"$dynamicRef":"#meta"},"unevaluatedProperties":{"$dynamicRef":"#meta"}}}');

/***/ }),

/***/ 7082:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/meta/validation","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/validation":true},"$dynamicAnchor":"meta","title":"Validation vocabulary meta-schema","type":["object","boolean"],"properties":{"type":{"anyOf":[{"$ref":"#/$defs/simpleTypes"},{"type":"array","items":{"$ref":"#/$defs/simpleTypes"},"minItems":1,"uniqueItems":true}]},"const":true,"enum":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/$defs/nonNegativeInteger"},"minLength":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"maxItems":{"$ref":"#/$defs/nonNegativeInteger"},"minItems":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"maxContains":{"$ref":"#/$defs/nonNegativeInteger"},"minContains":{"$ref":"#/$defs/nonNegativeInteger","default":1},"maxProperties":{"$ref":"#/$defs/nonNegativeInteger"},"minProperties":{"$ref":"#/$defs/nonNegativeIntegerDefault0"},"required":{"$ref":"#/$defs/stringArray"},"dependentRequired":{"type":"object","additionalProperties":{"$ref":"#/$defs/stringArray"}}},"$defs":{"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"$ref":"#/$defs/nonNegativeInteger","default":0},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}}}');

/***/ }),

/***/ 1678:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://json-schema.org/draft/2020-12/schema","$vocabulary":{"https://json-schema.org/draft/2020-12/vocab/core":true,"https://json-schema.org/draft/2020-12/vocab/applicator":true,"https://json-schema.org/draft/2020-12/vocab/unevaluated":true,"https://json-schema.org/draft/2020-12/vocab/validation":true,"https://json-schema.org/draft/2020-12/vocab/meta-data":true,"https://json-schema.org/draft/2020-12/vocab/format-annotation":true,"https://json-schema.org/draft/2020-12/vocab/content":true},"$dynamicAnchor":"meta","title":"Core and Validation specifications meta-schema","allOf":[{"$ref":"meta/core"},{"$ref":"meta/applicator"},{"$ref":"meta/unevaluated"},{"$ref":"meta/validation"},{"$ref":"meta/meta-data"},{"$ref":"meta/format-annotation"},{"$ref":"meta/content"}],"type":["object","boolean"],"$comment":"This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.","properties":{"definitions":{"$comment":"\\"definitions\\" has been replaced by \\"$defs\\".","type":"object","additionalProperties":{"$dynamicRef":"#meta"},"deprecated":true,"default":{}},"dependencies":{"$comment":"\\"dependencies\\" has been split and replaced by \\"dependentSchemas\\" and \\"dependentRequired\\" in order to serve their differing semantics.","type":"object","additionalProperties":{"anyOf":[{"$dynamicRef":"#meta"},{"$ref":"meta/validation#/$defs/stringArray"}]},"deprecated":true,"default":{}},"$recursiveAnchor":{"$comment":"\\"$recursiveAnchor\\" has been replaced by \\"$dynamicAnchor\\".","$ref":"meta/core#/$defs/anchorString","deprecated":true},"$recursiveRef":{"$comment":"\\"$recursiveRef\\" has been replaced by \\"$dynamicRef\\".","$ref":"meta/core#/$defs/uriReferenceString","deprecated":true}}}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
