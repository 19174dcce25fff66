export const id = 85;
export const ids = [85];
export const modules = {

/***/ 85:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readModelPredictions: () => (/* binding */ readModelPredictions)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/numbers.ts
var numbers = __webpack_require__(5993);
// EXTERNAL MODULE: ./src/core/words.ts
var words = __webpack_require__(7522);
;// CONCATENATED MODULE: ./src/core/predictions/metrics.ts
/**
 * Metrics recomputed from per-example predictions, with scikit-learn's definitions.
 *
 * Binary: `score >= threshold` is the positive class. Labels are 0 or 1.
 * Undefined cases (scikit-learn's `zero_division` default warns and gives 0; so do these, silently):
 *   - precision with no predicted positives (tp + fp = 0) is 0;
 *   - recall with no actual positives (tp + fn = 0) is 0;
 *   - f1 with tp + fp + fn = 0 is 0 (f1 = 2tp / (2tp + fp + fn), scikit-learn's form);
 *   - accuracy of zero examples is 0;
 *   - roc_auc with only one class present is `undefined` (scikit-learn raises): the caller reports it;
 *   - mae and rmse of zero examples are 0.
 */
/** The confusion matrix of scores against 0/1 labels, `score >= threshold` being positive. */
function confusion(labels, scores, threshold) {
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    for (let i = 0; i < labels.length; i++) {
        const positive = scores[i] >= threshold;
        if (labels[i] === 1) {
            if (positive)
                tp++;
            else
                fn++;
        }
        else if (positive)
            fp++;
        else
            tn++;
    }
    return { tp, fp, tn, fn };
}
/** (tp + tn) / n; 0 for no examples. */
function accuracy(c) {
    const n = c.tp + c.fp + c.tn + c.fn;
    return n === 0 ? 0 : (c.tp + c.tn) / n;
}
/** tp / (tp + fp); 0 when nothing is predicted positive. */
function precision(c) {
    const d = c.tp + c.fp;
    return d === 0 ? 0 : c.tp / d;
}
/** tp / (tp + fn); 0 when there are no positives. */
function recall(c) {
    const d = c.tp + c.fn;
    return d === 0 ? 0 : c.tp / d;
}
/** 2tp / (2tp + fp + fn); 0 when tp + fp + fn = 0. */
function f1(c) {
    const d = 2 * c.tp + c.fp + c.fn;
    return d === 0 ? 0 : (2 * c.tp) / d;
}
/** The scores of the positives and of the negatives, each sorted ascending. */
function splitSorted(labels, scores) {
    let p = 0;
    for (let i = 0; i < labels.length; i++)
        if (labels[i] === 1)
            p++;
    const positives = new Float64Array(p);
    const negatives = new Float64Array(labels.length - p);
    let a = 0;
    let b = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === 1)
            positives[a++] = scores[i];
        else
            negatives[b++] = scores[i];
    }
    positives.sort();
    negatives.sort();
    return { positives, negatives };
}
/**
 * Area under the ROC curve, as scikit-learn's roc_auc_score: the trapezoid over distinct
 * thresholds, which equals the Mann–Whitney U statistic with ties counted one half:
 * AUC = P(score⁺ > score⁻) + ½ P(score⁺ = score⁻). `undefined` when one class is absent.
 */
function rocAuc(labels, scores) {
    const { positives, negatives } = splitSorted(labels, scores);
    const m = positives.length;
    const n = negatives.length;
    if (m === 0 || n === 0)
        return undefined;
    // Walk both sorted arrays: for each run of equal positive scores, count negatives below and equal.
    let below = 0;
    let sum = 0;
    let i = 0;
    while (i < m) {
        const s = positives[i];
        let run = 0;
        while (i < m && positives[i] === s) {
            run++;
            i++;
        }
        while (below < n && negatives[below] < s)
            below++;
        let equal = 0;
        while (below + equal < n && negatives[below + equal] === s)
            equal++;
        sum += run * (below + equal / 2);
    }
    return sum / m / n;
}
/** Mean absolute error of predictions against labels; 0 for no examples. */
function mae(labels, predictions) {
    if (labels.length === 0)
        return 0;
    let sum = 0;
    for (let i = 0; i < labels.length; i++)
        sum += Math.abs(predictions[i] - labels[i]);
    return sum / labels.length;
}
/** Root mean squared error of predictions against labels; 0 for no examples. */
function rmse(labels, predictions) {
    if (labels.length === 0)
        return 0;
    let sum = 0;
    for (let i = 0; i < labels.length; i++) {
        const e = predictions[i] - labels[i];
        sum += e * e;
    }
    return Math.sqrt(sum / labels.length);
}
/** accuracy, precision, recall, f1 at the threshold, and roc_auc. */
function binaryMetrics(labels, scores, threshold) {
    const c = confusion(labels, scores, threshold);
    const out = { accuracy: accuracy(c), precision: precision(c), recall: recall(c), f1: f1(c) };
    const auc = rocAuc(labels, scores);
    if (auc !== undefined)
        out.roc_auc = auc;
    return out;
}
/** mae and rmse. */
function regressionMetrics(labels, predictions) {
    return { mae: mae(labels, predictions), rmse: rmse(labels, predictions) };
}

;// CONCATENATED MODULE: ./src/core/predictions/interval.ts
/** Throws unless 0 < confidence < 1 (a programming error: the policy schema validates it). */
function checkConfidence(confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
}

;// CONCATENATED MODULE: ./src/core/predictions/random.ts
/**
 * A small seeded generator and the samplers the paired bootstrap needs. Deterministic across
 * platforms: only 32-bit integer arithmetic and IEEE doubles.
 */
/** xoshiro128** (Blackman & Vigna, 2018), seeded through splitmix32 so any 32-bit seed is fine. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        let x = seed >>> 0;
        const next = () => {
            x = (x + 0x9e3779b9) >>> 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.s0 = next();
        this.s1 = next();
        this.s2 = next();
        this.s3 = next();
    }
    /** The next 32 random bits as an unsigned integer. */
    nextUint32() {
        const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
        const t = this.s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /** A uniform double in [0, 1) with 53 random bits. */
    nextDouble() {
        const hi = this.nextUint32() >>> 5;
        const lo = this.nextUint32() >>> 6;
        return (hi * 67108864 + lo) / 9007199254740992;
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** ln Γ(x) for x > 0: Stirling's series with the recurrence below 10 (error < 1e-14 relative). */
function logGamma(x) {
    let shift = 0;
    while (x < 10) {
        shift += Math.log(x);
        x += 1;
    }
    const inv = 1 / x;
    const inv2 = inv * inv;
    const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188)))));
    return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
}
/**
 * One draw from Binomial(n, p), by inversion in an order that starts at the mode and alternates
 * outward (mode, mode+1, mode−1, …). Inversion is exact for any fixed order of the outcomes; this
 * one needs O(√(np(1−p))) steps on average, so n in the millions is cheap, with no normal
 * approximation. The mode's probability comes from logGamma (relative error ~1e-9 at n = 1e7),
 * the others by the ratio recurrence. Uses at most one uniform per draw.
 */
function binomial(rng, n, p) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    const u = rng.nextDouble();
    const q = 1 - p;
    const mode = Math.min(n, Math.floor((n + 1) * p));
    const pmfMode = Math.exp(logGamma(n + 1) - logGamma(mode + 1) - logGamma(n - mode + 1) + mode * Math.log(p) + (n - mode) * Math.log(q));
    let acc = pmfMode;
    if (u < acc)
        return mode;
    let up = mode;
    let down = mode;
    let pUp = pmfMode;
    let pDown = pmfMode;
    const ratio = p / q;
    while (up < n || down > 0) {
        if (up < n) {
            pUp *= ((n - up) / (up + 1)) * ratio;
            up++;
            acc += pUp;
            if (u < acc)
                return up;
        }
        if (down > 0) {
            pDown *= down / (n - down + 1) / ratio;
            down--;
            acc += pDown;
            if (u < acc)
                return down;
        }
    }
    return mode;
}
/**
 * One multinomial draw of n items over cells with the given probabilities (summing to 1), by
 * sequential conditional binomials: cell i gets Binomial(remaining, p_i / remaining mass).
 */
function multinomial(rng, n, probabilities, out) {
    let remaining = n;
    const last = probabilities.length - 1;
    for (let i = 0; i < last; i++) {
        const p = probabilities[i];
        let mass = 0;
        for (let j = i; j <= last; j++)
            mass += probabilities[j];
        const k = remaining === 0 || p <= 0 ? 0 : binomial(rng, remaining, Math.min(1, p / mass));
        out[i] = k;
        remaining -= k;
    }
    out[last] = remaining;
}

;// CONCATENATED MODULE: ./src/core/predictions/bootstrap.ts
/**
 * Seeded paired bootstrap for the count-based metrics (accuracy, precision, recall, f1).
 *
 * With the same examples scored by both models, every example falls in one of eight paired
 * confusion cells: label × baseline prediction × candidate prediction. Resampling examples with
 * replacement is then exactly a multinomial draw of N over those eight cells with the observed
 * shares, so a replicate costs eight binomial draws whatever N is (see random.ts). The interval is
 * the percentile interval (quantiles with linear interpolation, numpy's default) of
 * metric(candidate) − metric(baseline) over the replicates.
 *
 * Orientation: the replicates are drawn for whichever of (candidate, baseline) and (baseline,
 * candidate) has the lexicographically smaller cell vector, and the result negated when needed,
 * so swapping the two models mirrors the interval exactly. When the cells are symmetric (swapping
 * changes nothing), replicates come in mirrored pairs, which is exact because the resampling
 * distribution is then itself symmetric.
 */



const COUNT_METRICS = ['accuracy', 'precision', 'recall', 'f1'];
const METRIC = { accuracy: accuracy, precision: precision, recall: recall, f1: f1 };
/** Index of a paired cell: label·4 + baseline positive·2 + candidate positive. */
function cellIndex(label, baselinePositive, candidatePositive) {
    return label * 4 + (baselinePositive ? 2 : 0) + (candidatePositive ? 1 : 0);
}
/** The eight paired confusion cells of 0/1 labels and the two models' scores at the threshold. */
function pairedCells(labels, candidate, baseline, threshold) {
    const cells = new Float64Array(8);
    for (let i = 0; i < labels.length; i++) {
        const k = (labels[i] === 1 ? 4 : 0) + (baseline[i] >= threshold ? 2 : 0) + (candidate[i] >= threshold ? 1 : 0);
        cells[k] = cells[k] + 1;
    }
    return cells;
}
/** The candidate's (side 1) or the baseline's (side 2) confusion matrix from the paired cells. */
function sideConfusion(cells, side) {
    const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (let k = 0; k < 8; k++) {
        const count = cells[k];
        const positive = (k & side) !== 0;
        if (k >= 4) {
            if (positive)
                c.tp += count;
            else
                c.fn += count;
        }
        else if (positive)
            c.fp += count;
        else
            c.tn += count;
    }
    return c;
}
/** The cells with candidate and baseline exchanged. */
function swapCells(cells) {
    const out = new Float64Array(8);
    for (let k = 0; k < 8; k++)
        out[(k & 4) | ((k & 1) << 1) | ((k & 2) >> 1)] = cells[k];
    return out;
}
/** -1, 0 or 1 as a is lexicographically below, equal to or above b. */
function compare(a, b) {
    for (let k = 0; k < a.length; k++) {
        if (a[k] !== b[k])
            return a[k] < b[k] ? -1 : 1;
    }
    return 0;
}
/** Quantile with linear interpolation between order statistics (numpy's default, type 7). */
function quantileSorted(sorted, q) {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const a = sorted[lo];
    const b = sorted[Math.min(sorted.length - 1, lo + 1)];
    return a + (h - lo) * (b - a);
}
/**
 * Percentile intervals of candidate − baseline for each requested count metric, from one set of
 * seeded multinomial replicates over the eight paired cells (see `pairedCells`). With no examples
 * every interval is [0, 0].
 */
function pairedBootstrap(cells, options, metrics = COUNT_METRICS) {
    checkConfidence(options.confidence);
    const replicates = Math.max(2, Math.floor(options.replicates ?? 2000));
    const seed = options.seed ?? 1;
    const swapped = swapCells(cells);
    const order = compare(swapped, cells);
    const base = order < 0 ? swapped : Float64Array.from(cells);
    const sign = order < 0 ? -1 : 1;
    let n = 0;
    for (let k = 0; k < 8; k++)
        n += base[k];
    const shares = base.map((c) => (n === 0 ? 0 : c / n));
    const rng = new Xoshiro128(seed);
    const draws = metrics.map(() => new Float64Array(replicates));
    const draw = new Float64Array(8);
    for (let r = 0; r < replicates; r++) {
        if (order === 0 && r % 2 === 1) {
            for (let d = 0; d < draws.length; d++)
                draws[d][r] = -draws[d][r - 1];
            continue;
        }
        if (n > 0)
            multinomial(rng, n, shares, draw);
        const cand = sideConfusion(draw, 1);
        const basel = sideConfusion(draw, 2);
        metrics.forEach((m, d) => {
            ;
            draws[d][r] = METRIC[m](cand) - METRIC[m](basel);
        });
    }
    const out = {};
    const alpha = (1 - options.confidence) / 2;
    metrics.forEach((m, d) => {
        const sorted = draws[d].sort();
        const hi = quantileSorted(sorted, 1 - alpha);
        // Symmetric cells: the replicates are symmetric, so is the interval (exactly, not to rounding).
        const lo = order === 0 ? -hi : quantileSorted(sorted, alpha);
        const estimate = METRIC[m](sideConfusion(base, 1)) - METRIC[m](sideConfusion(base, 2));
        out[m] = {
            method: 'bootstrap',
            confidence: options.confidence,
            estimate: sign * estimate + 0,
            interval: sign > 0 ? [lo + 0, hi + 0] : [-hi + 0, -lo + 0],
            replicates,
            seed,
        };
    });
    return out;
}

// EXTERNAL MODULE: ./src/core/stats/normal.ts
var normal = __webpack_require__(7300);
;// CONCATENATED MODULE: ./src/core/predictions/delong.ts
/**
 * DeLong's test for two correlated ROC AUCs on the same examples: E. R. DeLong, D. M. DeLong and
 * D. L. Clarke-Pearson, "Comparing the areas under two or more correlated receiver operating
 * characteristic curves: a nonparametric approach", Biometrics 44:837–845 (1988).
 *
 * Structural components (their eq. 3 and 4): for each positive i, V10(i) = share of negatives
 * scored below it (ties count ½); for each negative j, V01(j) = share of positives scored above it.
 * The AUC is the mean of either. The covariance of the two AUCs is S10/m + S01/n, with S10 and
 * S01 the sample covariance matrices (divisor m − 1 and n − 1) of the components. Same as pROC's
 * `roc.test(method = "delong")`. Components come from binary searches in sorted scores: O(N log N).
 */


/** First index in sorted `a` whose value is ≥ x. */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** First index in sorted `a` whose value is > x. */
function upperBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** V10 for each positive and V01 for each negative, in example order. */
function components(labels, scores, m, n) {
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let a = 0;
    let b = 0;
    for (let i = 0; i < labels.length; i++) {
        if (labels[i] === 1)
            pos[a++] = scores[i];
        else
            neg[b++] = scores[i];
    }
    const sortedPos = pos.slice().sort();
    const sortedNeg = neg.slice().sort();
    const v10 = new Float64Array(m);
    for (let i = 0; i < m; i++) {
        const x = pos[i];
        const lo = lowerBound(sortedNeg, x);
        v10[i] = (lo + (upperBound(sortedNeg, x) - lo) / 2) / n;
    }
    const v01 = new Float64Array(n);
    for (let j = 0; j < n; j++) {
        const y = neg[j];
        const hi = upperBound(sortedPos, y);
        v01[j] = (m - hi + (hi - lowerBound(sortedPos, y)) / 2) / m;
    }
    return { v10, v01 };
}
function mean(a) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += a[i];
    return s / a.length;
}
/** Sample variance of (a − b), divisor length − 1: the S_AA + S_BB − 2 S_AB of DeLong's eq. 5. */
function varianceOfDifference(a, b) {
    if (a.length < 2)
        return 0;
    const ma = mean(a);
    const mb = mean(b);
    let s = 0;
    for (let i = 0; i < a.length; i++) {
        const d = a[i] - ma - (b[i] - mb);
        s += d * d;
    }
    return s / (a.length - 1);
}
/**
 * Compares the AUC of the candidate's scores with the baseline's on the same examples (0/1
 * labels). The interval is estimate ± z₍₁₊c₎/₂ · √variance; the p-value is two-sided.
 * `undefined` when one class is absent (no AUC). Identical scores give variance 0, interval
 * [0, 0] and p = 1.
 */
function delong(labels, candidate, baseline, confidence) {
    checkConfidence(confidence);
    let m = 0;
    for (let i = 0; i < labels.length; i++)
        if (labels[i] === 1)
            m++;
    const n = labels.length - m;
    if (m === 0 || n === 0)
        return undefined;
    const c = components(labels, candidate, m, n);
    const b = components(labels, baseline, m, n);
    const candidateAuc = mean(c.v10);
    const baselineAuc = mean(b.v10);
    const estimate = candidateAuc - baselineAuc;
    const variance = Math.max(0, varianceOfDifference(c.v10, b.v10) / m + varianceOfDifference(c.v01, b.v01) / n);
    const sd = Math.sqrt(variance);
    let z;
    if (sd > 0)
        z = estimate / sd;
    else
        z = estimate === 0 ? 0 : estimate > 0 ? Infinity : -Infinity;
    const half = (0,normal/* normalQuantile */.Zl)((1 + confidence) / 2) * sd;
    return {
        method: 'delong',
        confidence,
        estimate,
        interval: [estimate - half, estimate + half],
        p_value: sd > 0 ? (0,normal/* twoSidedP */.mX)(z) : estimate === 0 ? 1 : 0,
        candidateAuc,
        baselineAuc,
        variance,
        z,
    };
}

;// CONCATENATED MODULE: ./src/core/predictions/flips.ts
/** Which examples a change fixed and which it broke, for binary predictions at the threshold. */
/**
 * Counts correct→wrong and wrong→correct flips (`score >= threshold` is positive) and keeps the
 * first `limit` broken ids (default 10).
 */
function flips(ids, labels, candidate, baseline, threshold, limit = 10) {
    let fixed = 0;
    let broken = 0;
    const brokenIds = [];
    for (let i = 0; i < labels.length; i++) {
        const positive = labels[i] === 1;
        const candRight = candidate[i] >= threshold === positive;
        const baseRight = baseline[i] >= threshold === positive;
        if (candRight === baseRight)
            continue;
        if (candRight)
            fixed++;
        else {
            broken++;
            if (brokenIds.length < limit)
                brokenIds.push(ids[i]);
        }
    }
    return { fixed, broken, total: labels.length, brokenIds };
}

;// CONCATENATED MODULE: ./src/core/predictions/mcnemar.ts
/**
 * McNemar's exact test for paired accuracy: under "both models are equally accurate", each of the
 * n = fixed + broken discordant examples is equally likely to go either way, so broken ~
 * Binomial(n, ½). The two-sided p-value is min(1, 2·P(X ≤ min(fixed, broken))), which equals
 * scipy.stats.binomtest(broken, n, 0.5).pvalue (the distribution is symmetric). See Agresti, An
 * Introduction to Categorical Data Analysis, 2nd ed. (2007), §10.1.
 */
/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so it stays exact-ish for n in the millions. */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    // log of the largest term, C(n, k) / 2^n, then the terms below it as ratios.
    let logTerm = -n * Math.LN2;
    for (let i = 1; i <= k; i++)
        logTerm += Math.log((n - k + i) / i);
    let sum = 0;
    let term = 1;
    for (let i = k; i >= 0; i--) {
        sum += term;
        term *= i / (n - i + 1);
        if (term < sum * 1e-17)
            break;
    }
    return Math.min(1, Math.exp(logTerm + Math.log(sum)));
}
/** Two-sided exact McNemar p-value from the discordant counts. 1 when there are none. */
function mcnemarExact(fixed, broken) {
    const n = fixed + broken;
    if (n === 0)
        return 1;
    return Math.min(1, 2 * binomialHalfCdf(Math.min(fixed, broken), n));
}

;// CONCATENATED MODULE: ./src/core/predictions/regression.ts
/**
 * Paired normal intervals for mae and rmse from per-example differences.
 *
 * mae: d_i = |e_cand,i| − |e_base,i|; the mae difference is mean(d), with standard error
 * sd(d)/√n (divisor n − 1), interval mean ± z·se, two-sided z-test p-value.
 *
 * rmse: the delta method on RMSE_c − RMSE_b = √MSE_c − √MSE_b. With a_i, b_i the squared errors,
 * Var ≈ [Var(a)/(4·MSE_c) + Var(b)/(4·MSE_b) − 2·Cov(a, b)/(4·RMSE_c·RMSE_b)] / n. Chosen over an
 * interval on the MSE difference because the interval is then in the metric's own units, like the
 * threshold a gate compares it with. A model with RMSE 0 has squared errors all 0, so its terms
 * vanish (the limit of the formula). Fewer than two examples: interval [estimate, estimate].
 */


function result(estimate, se, confidence) {
    const half = (0,normal/* normalQuantile */.Zl)((1 + confidence) / 2) * se;
    let p;
    if (se > 0)
        p = (0,normal/* twoSidedP */.mX)(estimate / se);
    else
        p = estimate === 0 ? 1 : 0;
    return {
        method: 'normal',
        confidence,
        estimate: estimate + 0,
        interval: [estimate - half + 0, estimate + half + 0],
        standardError: se,
        p_value: p,
    };
}
/** Normal interval for MAE_candidate − MAE_baseline. */
function pairedMae(labels, candidate, baseline, confidence) {
    checkConfidence(confidence);
    const n = labels.length;
    if (n === 0)
        return result(0, 0, confidence);
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const y = labels[i];
        sum += Math.abs(candidate[i] - y) - Math.abs(baseline[i] - y);
    }
    const mean = sum / n;
    if (n < 2)
        return result(mean, 0, confidence);
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const y = labels[i];
        const d = Math.abs(candidate[i] - y) - Math.abs(baseline[i] - y) - mean;
        ss += d * d;
    }
    return result(mean, Math.sqrt(ss / (n - 1) / n), confidence);
}
/** Delta-method interval for RMSE_candidate − RMSE_baseline. */
function pairedRmse(labels, candidate, baseline, confidence) {
    checkConfidence(confidence);
    const n = labels.length;
    if (n === 0)
        return result(0, 0, confidence);
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
        const y = labels[i];
        const ea = candidate[i] - y;
        const eb = baseline[i] - y;
        sa += ea * ea;
        sb += eb * eb;
    }
    const msa = sa / n;
    const msb = sb / n;
    const ra = Math.sqrt(msa);
    const rb = Math.sqrt(msb);
    const estimate = ra - rb;
    if (n < 2)
        return result(estimate, 0, confidence);
    // The gradient-weighted differences g_i = a_i/(2 RMSE_c) − b_i/(2 RMSE_b): their sample
    // variance is exactly the bracket above (a zero RMSE contributes a zero term).
    const wa = ra > 0 ? 1 / (2 * ra) : 0;
    const wb = rb > 0 ? 1 / (2 * rb) : 0;
    const meanG = wa * msa - wb * msb;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const y = labels[i];
        const ea = candidate[i] - y;
        const eb = baseline[i] - y;
        const g = wa * ea * ea - wb * eb * eb - meanG;
        ss += g * g;
    }
    return result(estimate, Math.sqrt(ss / (n - 1) / n), confidence);
}

;// CONCATENATED MODULE: ./src/core/predictions/paired.ts
/**
 * Paired comparison of a candidate's and a baseline's predictions on the same examples: every
 * computed metric for both, an interval for each difference (candidate − baseline), and flips.
 *   - roc_auc: DeLong's covariance (delong.ts);
 *   - accuracy, precision, recall, f1: seeded multinomial bootstrap over the eight paired cells
 *     (bootstrap.ts); accuracy also carries McNemar's exact p-value (mcnemar.ts);
 *   - mae, rmse: normal intervals of the paired per-example differences (regression.ts).
 * Pure and deterministic: same inputs and seed, same result.
 */






function countMetrics(c) {
    return { accuracy: accuracy(c), precision: precision(c), recall: recall(c), f1: f1(c) };
}
/**
 * Compares binary scores of two models on the same examples (aligned arrays, 0/1 labels).
 * `intervals.accuracy.p_value` is McNemar's exact p-value; `intervals.roc_auc` and `roc_auc` are
 * absent when one class is. `roc_auc` is DeLong's mean structural component, equal to
 * `rocAuc` up to rounding (one sort pass saved on a million rows).
 */
function compareBinary(ids, labels, candidate, baseline, options) {
    const cells = pairedCells(labels, candidate, baseline, options.threshold);
    const boot = pairedBootstrap(cells, {
        confidence: options.confidence,
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.replicates !== undefined ? { replicates: options.replicates } : {}),
    });
    const f = flips(ids, labels, candidate, baseline, options.threshold, options.brokenIdLimit);
    boot.accuracy.p_value = mcnemarExact(f.fixed, f.broken);
    const intervals = boot;
    const auc = delong(labels, candidate, baseline, options.confidence);
    const cand = countMetrics(sideConfusion(cells, 1));
    const base = countMetrics(sideConfusion(cells, 2));
    if (auc) {
        intervals.roc_auc = auc;
        cand.roc_auc = auc.candidateAuc;
        base.roc_auc = auc.baselineAuc;
    }
    return {
        candidate: cand,
        baseline: base,
        cells,
        flips: f,
        intervals,
    };
}
/** Compares regression predictions of two models on the same examples (aligned arrays). */
function compareRegression(labels, candidate, baseline, confidence) {
    return {
        candidate: regressionMetrics(labels, candidate),
        baseline: regressionMetrics(labels, baseline),
        intervals: {
            mae: pairedMae(labels, candidate, baseline, confidence),
            rmse: pairedRmse(labels, candidate, baseline, confidence),
        },
    };
}

;// CONCATENATED MODULE: ./src/core/predictions/summary.ts




/** The metrics computed for each task, by the names gates use. */
const COMPUTED_METRICS = {
    binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'],
    regression: ['mae', 'rmse'],
};
/** Each computed metric's direction: the worsening of a higher-is-better metric is b − c. */
const COMPUTED_BETTER = {
    accuracy: 'higher',
    precision: 'higher',
    recall: 'higher',
    f1: 'higher',
    roc_auc: 'higher',
    mae: 'lower',
    rmse: 'lower',
};
/** How far the metrics file's value may be from the computed one before the check fails. */
const CONSISTENCY_TOLERANCE = 1e-6;
/**
 * How far a reported value may be from the computed one: CONSISTENCY_TOLERANCE, or half a unit
 * in the last decimal place when the file wrote the value rounded to 3 to 5 decimals
 * (`round(recall, 3)` writes 0.811 for 0.81095). Values with fewer decimals (0.5) are held to
 * CONSISTENCY_TOLERANCE: they may well be exact.
 */
function consistencyTolerance(reported) {
    const text = String(reported);
    const decimals = /^-?\d+\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
    if (decimals < 3 || decimals > 5)
        return CONSISTENCY_TOLERANCE;
    return Math.max(CONSISTENCY_TOLERANCE, 0.5 * 10 ** -decimals * (1 + 1e-9));
}
/** Default confidence of the paired intervals when the policy does not set one. */
const DEFAULT_CONFIDENCE = 0.95;
/** Only finite values: roc_auc is absent when one class is. */
function finiteRecord(values) {
    const out = {};
    for (const [name, v] of Object.entries(values))
        if (v !== undefined && Number.isFinite(v))
            out[name] = v;
    return out;
}
/** Computes the metrics of the candidate (and the baseline, paired), the flips and the comparisons. */
function summarizePredictions(input) {
    const { settings, candidate, baseline } = input;
    const confidence = input.confidence ?? DEFAULT_CONFIDENCE;
    const summary = {
        task: settings.task,
        file: settings.file,
        rows: candidate.ids.length,
        candidate: {},
        comparisons: {},
    };
    if (settings.task === 'binary')
        summary.threshold = settings.threshold;
    if (baseline === undefined) {
        summary.candidate = finiteRecord(settings.task === 'binary'
            ? { ...binaryMetrics(candidate.labels, candidate.values, settings.threshold) }
            : { ...regressionMetrics(candidate.labels, candidate.values) });
        if (input.baselineNote !== undefined)
            summary.note = input.baselineNote;
        return summary;
    }
    summary.baselineFile = settings.baselineFile;
    if (settings.task === 'binary') {
        const cmp = compareBinary(candidate.ids, candidate.labels, candidate.values, baseline, {
            threshold: settings.threshold,
            confidence,
            ...(input.seed !== undefined ? { seed: input.seed } : {}),
        });
        summary.candidate = finiteRecord({ ...cmp.candidate });
        summary.baseline = finiteRecord({ ...cmp.baseline });
        summary.flips = cmp.flips;
        for (const [name, interval] of Object.entries(cmp.intervals)) {
            if (interval)
                summary.comparisons[name] = comparison(interval);
        }
    }
    else {
        const cmp = compareRegression(candidate.labels, candidate.values, baseline, confidence);
        summary.candidate = finiteRecord({ ...cmp.candidate });
        summary.baseline = finiteRecord({ ...cmp.baseline });
        summary.comparisons.mae = comparison(cmp.intervals.mae);
        summary.comparisons.rmse = comparison(cmp.intervals.rmse);
    }
    return summary;
}
/** The plain PairedInterval fields of a method's result (DeLong's carries more). */
function comparison(p) {
    const out = {
        method: p.method,
        confidence: p.confidence,
        estimate: p.estimate,
        interval: [p.interval[0], p.interval[1]],
    };
    if (p.p_value !== undefined)
        out.p_value = p.p_value;
    return out;
}
/**
 * The intervals on the worsening w of each compared metric, keyed by metric name, oriented by
 * the metric's own direction (COMPUTED_BETTER): w = b − c for higher-is-better metrics, so the
 * interval of c − b is negated and swapped; w = c − b for mae and rmse. `EvaluateInput.pairedIntervals`.
 */
function worseningIntervals(summary) {
    const out = new Map();
    for (const [name, cmp] of Object.entries(summary.comparisons)) {
        const lower = COMPUTED_BETTER[name] === 'lower';
        const [lo, hi] = cmp.interval;
        const entry = {
            method: cmp.method,
            confidence: cmp.confidence,
            interval: lower ? [lo, hi] : [neg(hi), neg(lo)],
        };
        if (cmp.p_value !== undefined)
            entry.p_value = cmp.p_value;
        out.set(name, entry);
    }
    return out;
}
/** −x without −0. */
function neg(x) {
    return x === 0 ? 0 : -x;
}
/**
 * `metrics` with the computed values set under their names (the computed value replaces the
 * file's: the gates judge what the predictions say). `n` is the number of examples, `better`
 * the metric's direction. Returns a new Map; `metrics` is not changed.
 */
function withComputed(metrics, computed, n) {
    const out = new Map(metrics ?? []);
    for (const [name, value] of Object.entries(computed)) {
        const metric = { value, n };
        const better = COMPUTED_BETTER[name];
        if (better)
            metric.better = better;
        out.set(name, metric);
    }
    return out;
}
/**
 * One check per computed metric that the metrics file also reports under the same name: it
 * fails (and blocks) when the two differ by more than consistencyTolerance, since the eval
 * step's numbers then disagree with its own predictions. `ruleKey: 'consistent'`; `candidate`
 * is the file's value, `limit` the computed one. A value the file holds that is not a number is
 * left to the gates.
 */
function consistencyChecks(summary, fileMetrics, metricsFile) {
    const checks = [];
    const rows = (0,words/* plural */.LS)(summary.rows, 'example');
    for (const [name, computed] of Object.entries(summary.candidate)) {
        const reported = fileMetrics.get(name)?.value;
        if (!(0,numbers/* isFiniteNumber */.Bf)(reported))
            continue;
        const agrees = Math.abs(reported - computed) <= consistencyTolerance(reported);
        const [reportedText, computedText] = (0,numbers/* formatDistinct */._P)(reported, computed);
        checks.push({
            id: `predictions:${name}:consistent`,
            kind: 'threshold',
            metric: name,
            status: agrees ? 'pass' : 'fail',
            severity: 'block',
            candidate: reported,
            baseline: null,
            ruleKey: 'consistent',
            rule: `must match ${summary.file}`,
            limit: computed,
            message: agrees
                ? `${metricsFile} reports ${reportedText} and its predictions in ${summary.file} give ${computedText} (${rows}): they agree`
                : `${metricsFile} reports ${reportedText}, but its predictions in ${summary.file} give ${computedText} (${rows}): the eval step's numbers disagree with its own predictions`,
            ...(agrees
                ? {}
                : {
                    fix: `make the eval step compute ${name} from the predictions it writes to ${summary.file} (the gates judge the computed ${computedText})`,
                }),
            location: { file: metricsFile },
        });
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/predictions/id-index.ts
/**
 * A string → position index for millions of ids, cheaper than a Map of strings: open addressing
 * (linear probing) over typed arrays, FNV-1a hashes of the UTF-16 code units kept per entry so
 * growing never rehashes a string. Positions are whatever int32 `insert` or `set` was given.
 */
class IdIndex {
    slots;
    hashes;
    keys = [];
    values;
    mask;
    count = 0;
    constructor(expected = 1024) {
        let size = 16;
        while (size < expected * 2)
            size *= 2;
        this.slots = new Int32Array(size).fill(-1);
        this.mask = size - 1;
        this.hashes = new Uint32Array(Math.max(16, expected));
        this.values = new Int32Array(Math.max(16, expected));
    }
    /** Number of ids held. */
    get size() {
        return this.count;
    }
    /** The position stored for id, or undefined. */
    get(id) {
        const h = hash(id);
        let s = h & this.mask;
        for (;;) {
            const e = this.slots[s];
            if (e === -1)
                return undefined;
            if (this.hashes[e] === h && this.keys[e] === id)
                return this.values[e];
            s = (s + 1) & this.mask;
        }
    }
    /** Stores id → position unless id is already there; returns the earlier position, or undefined. */
    insert(id, position) {
        const h = hash(id);
        let s = h & this.mask;
        for (;;) {
            const e = this.slots[s];
            if (e === -1)
                break;
            if (this.hashes[e] === h && this.keys[e] === id)
                return this.values[e];
            s = (s + 1) & this.mask;
        }
        const e = this.count++;
        if (e === this.hashes.length)
            this.growEntries();
        this.hashes[e] = h;
        this.values[e] = position;
        this.keys.push(id);
        this.slots[s] = e;
        if (this.count * 2 > this.slots.length)
            this.growSlots();
        return undefined;
    }
    /** Replaces the position stored for an id already held. */
    set(id, position) {
        const h = hash(id);
        let s = h & this.mask;
        for (;;) {
            const e = this.slots[s];
            if (e === -1)
                return;
            if (this.hashes[e] === h && this.keys[e] === id) {
                this.values[e] = position;
                return;
            }
            s = (s + 1) & this.mask;
        }
    }
    growEntries() {
        const hashes = new Uint32Array(this.hashes.length * 2);
        hashes.set(this.hashes);
        this.hashes = hashes;
        const values = new Int32Array(this.values.length * 2);
        values.set(this.values);
        this.values = values;
    }
    growSlots() {
        const size = this.slots.length * 2;
        const slots = new Int32Array(size).fill(-1);
        const mask = size - 1;
        for (let e = 0; e < this.count; e++) {
            let s = this.hashes[e] & mask;
            while (slots[s] !== -1)
                s = (s + 1) & mask;
            slots[s] = e;
        }
        this.slots = slots;
        this.mask = mask;
    }
}
/** FNV-1a over UTF-16 code units, with a final avalanche so linear probing spreads. */
function hash(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/predictions/table.ts
/**
 * The in-memory form of one predictions file, compact enough for millions of rows: typed arrays
 * for labels and values, ids as strings in one array, and the 1-based row each record came from.
 */

/** Bad predictions input: the first problems found, and how many more were not listed. */
class PredictionsError extends Error {
    problems;
    omitted;
    constructor(problems, omitted = 0) {
        const lines = problems.map((p) => `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`);
        if (omitted > 0)
            lines.push(`… and ${omitted} more problem${omitted === 1 ? '' : 's'}`);
        super(lines.join('\n'));
        this.name = 'PredictionsError';
        this.problems = problems;
        this.omitted = omitted;
    }
}
/** Collects problems up to a limit and counts the rest. */
class ProblemList {
    limit;
    problems = [];
    omitted = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(p) {
        if (this.problems.length < this.limit)
            this.problems.push(p);
        else
            this.omitted++;
    }
    get size() {
        return this.problems.length + this.omitted;
    }
    /** Throws a PredictionsError when anything was collected. */
    throwIfAny() {
        if (this.size > 0)
            throw new PredictionsError(this.problems, this.omitted);
    }
}
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A decimal number written in a text file, or undefined (no hex, no empty string, no NaN). */
function parseNumber(text) {
    let t = text;
    if (!NUMBER.test(t)) {
        t = text.trim();
        if (t === text || !NUMBER.test(t))
            return undefined;
    }
    const v = Number(t);
    return Number.isFinite(v) ? v : undefined;
}
/**
 * Builds a PredictionTable row by row, validating each value: label 0/1 (binary) or a number,
 * score in [0, 1] (binary) or a number, ids present and unique.
 */
class TableBuilder {
    file;
    task;
    column;
    problems;
    n = 0;
    labels = new Float64Array(1024);
    values = new Float64Array(1024);
    rows = new Uint32Array(1024);
    ids = [];
    index = new IdIndex();
    constructor(file, task, column, problems) {
        this.file = file;
        this.task = task;
        this.column = column;
        this.problems = problems;
    }
    /** Adds one record; `label` and `value` are text (from CSV) or already numbers/booleans (JSON, Parquet). */
    add(row, id, label, value) {
        const file = this.file;
        const idText = typeof id === 'string' ? id : typeof id === 'number' || typeof id === 'bigint' ? String(id) : undefined;
        if (idText === undefined || idText === '') {
            this.problems.add({ file, line: row, message: 'the id is empty.', fix: 'give every row an id.' });
            return;
        }
        const y = this.number(label, this.task === 'binary');
        const v = this.number(value, false);
        let ok = true;
        if (y === undefined) {
            this.problems.add({
                file,
                line: row,
                message: `label ${show(label)} is not a number.`,
                fix: this.task === 'binary' ? 'write 0 or 1.' : 'write a decimal number.',
            });
            ok = false;
        }
        else if (this.task === 'binary' && y !== 0 && y !== 1) {
            this.problems.add({
                file,
                line: row,
                message: `label ${show(label)} is not 0 or 1 (task: binary).`,
                fix: 'write 0 or 1, or set task: regression.',
            });
            ok = false;
        }
        if (v === undefined) {
            this.problems.add({
                file,
                line: row,
                message: `${this.column} ${show(value)} is not a number.`,
                fix: 'write a decimal number.',
            });
            ok = false;
        }
        else if (this.task === 'binary' && (v < 0 || v > 1)) {
            this.problems.add({
                file,
                line: row,
                message: `${this.column} ${v} is outside [0, 1].`,
                fix: 'write the probability of the positive class.',
            });
            ok = false;
        }
        const first = this.index.insert(idText, this.n);
        if (first !== undefined) {
            const firstRow = first < 0 ? -first : this.rows[first];
            this.problems.add({
                file,
                line: row,
                message: `duplicate id ${show(idText)} (first on row ${firstRow}).`,
                fix: 'give every example one row.',
            });
            return;
        }
        if (!ok || y === undefined || v === undefined) {
            // Remember the id (for duplicates) without a record: stored as minus its row.
            this.index.set(idText, -row);
            return;
        }
        if (this.n === this.labels.length)
            this.grow();
        this.labels[this.n] = y;
        this.values[this.n] = v;
        this.rows[this.n] = row;
        this.ids.push(idText);
        this.n++;
    }
    /** A number from text or a JSON/Parquet value; `truth` also takes true/false (binary labels). */
    number(v, truth) {
        if (typeof v === 'number')
            return Number.isFinite(v) ? v : undefined;
        if (typeof v === 'boolean')
            return truth ? (v ? 1 : 0) : undefined;
        if (typeof v === 'bigint')
            return Number(v);
        if (typeof v === 'string') {
            const n = parseNumber(v);
            if (n !== undefined || !truth)
                return n;
            const t = v.trim().toLowerCase();
            return t === 'true' ? 1 : t === 'false' ? 0 : undefined;
        }
        return undefined;
    }
    grow() {
        const size = this.labels.length * 2;
        const labels = new Float64Array(size);
        labels.set(this.labels);
        this.labels = labels;
        const values = new Float64Array(size);
        values.set(this.values);
        this.values = values;
        const rows = new Uint32Array(size);
        rows.set(this.rows);
        this.rows = rows;
    }
    /** The finished table; throws the collected problems, if any. */
    finish() {
        this.problems.throwIfAny();
        return {
            file: this.file,
            task: this.task,
            column: this.column,
            ids: this.ids,
            labels: this.labels.slice(0, this.n),
            values: this.values.slice(0, this.n),
            rows: this.rows.slice(0, this.n),
            index: this.index,
        };
    }
}
/** A value quoted for a message, cut to 40 characters. */
function show(v) {
    const s = typeof v === 'string' ? v : v === undefined ? 'missing' : typeof v === 'bigint' ? String(v) : (JSON.stringify(v) ?? String(v));
    const cut = s.length > 40 ? `${s.slice(0, 40)}…` : s;
    return typeof v === 'string' ? JSON.stringify(cut) : cut;
}

;// CONCATENATED MODULE: ./src/predictions/join.ts
/**
 * Joins a candidate's and a baseline's predictions on `id`. Nothing is dropped silently: an id in
 * only one file, or a label that differs between the two, is a problem naming the file and row.
 * Duplicate ids were already refused by the reader.
 */

/**
 * Aligns the baseline with the candidate. Throws PredictionsError with the first `maxProblems`
 * problems (default 20) and the count of the rest.
 */
function joinPredictions(candidate, baseline, maxProblems = 20) {
    const problems = new ProblemList(maxProblems);
    if (candidate.task !== baseline.task)
        throw new RangeError('candidate and baseline were read for different tasks');
    const n = candidate.ids.length;
    const aligned = new Float64Array(n);
    const seen = new Uint8Array(baseline.ids.length);
    for (let i = 0; i < n; i++) {
        const id = candidate.ids[i];
        const j = baseline.index.get(id);
        if (j === undefined) {
            problems.add({
                file: candidate.file,
                line: candidate.rows[i],
                message: `id ${show(id)} is not in the baseline's ${baseline.file}.`,
                fix: 'score the same examples with both models.',
            });
            continue;
        }
        seen[j] = 1;
        if (candidate.labels[i] !== baseline.labels[j]) {
            problems.add({
                file: candidate.file,
                line: candidate.rows[i],
                message: `id ${show(id)} has label ${candidate.labels[i]} here but ${baseline.labels[j]} in the baseline's ${baseline.file} (row ${baseline.rows[j]}).`,
                fix: 'evaluate both models on the same labelled data.',
            });
        }
        aligned[i] = baseline.values[j];
    }
    for (let j = 0; j < seen.length; j++) {
        if (seen[j] === 1)
            continue;
        problems.add({
            file: baseline.file,
            line: baseline.rows[j],
            message: `id ${show(baseline.ids[j])} of the baseline is missing from the candidate's ${candidate.file}.`,
            fix: 'score the same examples with both models.',
        });
    }
    problems.throwIfAny();
    return { ids: candidate.ids, labels: candidate.labels, candidate: candidate.values, baseline: aligned };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(2123);
;// CONCATENATED MODULE: ./src/predictions/delimited.ts
/**
 * An incremental splitter for delimited text (CSV with RFC 4180 quoting, or TSV): push decoded
 * text in pieces of any size, get whole records with the line each started on. Fields may be
 * quoted with `"`, a doubled `""` inside quotes is one quote, and quoted fields may hold the
 * delimiter and line breaks. Lines end in LF or CRLF. Blank lines are skipped.
 */
const QUOTE = 34;
const LF = 10;
const CR = 13;
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;
/** A structural error (stray or unterminated quote): the rest of the file cannot be trusted. */
class DelimitedSyntaxError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
    }
}
class DelimitedSplitter {
    delimiter;
    onRecord;
    fields = [];
    field = '';
    state = START;
    line = 1;
    recordLine = 1;
    quoteLine = 1;
    delimiterText;
    constructor(delimiter, onRecord) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.delimiterText = String.fromCharCode(delimiter);
    }
    /** Feeds the next piece of text; calls onRecord for every record it completes. */
    push(text) {
        const sep = this.delimiter;
        const n = text.length;
        let i = 0;
        while (i < n) {
            const state = this.state;
            if (state === START && this.fields.length === 0) {
                // Fast path: a whole line without quotes splits natively.
                const nl = text.indexOf('\n', i);
                if (nl !== -1) {
                    const line = text.slice(i, text.charCodeAt(nl - 1) === CR && nl > i ? nl - 1 : nl);
                    if (line.indexOf('"') === -1) {
                        if (line !== '')
                            this.onRecord(line.split(this.delimiterText), this.line);
                        this.line++;
                        this.recordLine = this.line;
                        i = nl + 1;
                        continue;
                    }
                }
            }
            if (state === START || state === UNQUOTED) {
                if (state === START && text.charCodeAt(i) === QUOTE) {
                    this.state = QUOTED;
                    this.quoteLine = this.line;
                    i++;
                    continue;
                }
                let j = i;
                let c = 0;
                while (j < n) {
                    c = text.charCodeAt(j);
                    if (c === sep || c === LF || c === QUOTE)
                        break;
                    j++;
                }
                this.field += text.slice(i, j);
                this.state = UNQUOTED;
                if (j === n)
                    return;
                if (c === QUOTE) {
                    throw new DelimitedSyntaxError(this.line, 'a quote inside an unquoted field.');
                }
                if (c === sep) {
                    this.fields.push(this.field);
                    this.field = '';
                    this.state = START;
                }
                else {
                    if (this.field.charCodeAt(this.field.length - 1) === CR)
                        this.field = this.field.slice(0, -1);
                    this.endRecord();
                }
                i = j + 1;
            }
            else if (state === QUOTED) {
                const j = text.indexOf('"', i);
                const piece = j === -1 ? text.slice(i) : text.slice(i, j);
                for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1))
                    this.line++;
                this.field += piece;
                if (j === -1)
                    return;
                this.state = AFTER_QUOTE;
                i = j + 1;
            }
            else {
                const c = text.charCodeAt(i);
                if (c === QUOTE) {
                    this.field += '"';
                    this.state = QUOTED;
                }
                else if (c === sep) {
                    this.fields.push(this.field);
                    this.field = '';
                    this.state = START;
                }
                else if (c === LF) {
                    this.endRecord();
                }
                else if (c !== CR) {
                    throw new DelimitedSyntaxError(this.line, 'text after the closing quote of a field.');
                }
                i++;
            }
        }
    }
    /** Ends the input: completes a last record without a final line break. */
    end() {
        if (this.state === QUOTED)
            throw new DelimitedSyntaxError(this.quoteLine, 'a quoted field is never closed.');
        if (this.state !== START || this.fields.length > 0) {
            if (this.state === UNQUOTED && this.field.charCodeAt(this.field.length - 1) === CR)
                this.field = this.field.slice(0, -1);
            this.endRecord();
        }
    }
    endRecord() {
        this.fields.push(this.field);
        const fields = this.fields;
        this.fields = [];
        this.field = '';
        this.state = START;
        const blank = fields.length === 1 && fields[0] === '';
        if (!blank)
            this.onRecord(fields, this.recordLine);
        this.line++;
        this.recordLine = this.line;
    }
}

;// CONCATENATED MODULE: ./src/predictions/read.ts
/**
 * Readers for per-example predictions: CSV, TSV, JSON Lines (streamed) and Parquet (through
 * hyparquet; codecs: uncompressed and snappy, pandas/pyarrow's default, built in; gzip and brotli
 * through node:zlib). The caller does the I/O and hands over a Buffer or a stream of chunks.
 *
 * Columns: `id`, `label`, and `score` (probability of the positive class) or `prediction`.
 * With both, binary reads `score` and regression reads `prediction`.
 */





/** Default size cap of one predictions file: 256 MiB. */
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** The format a file name's extension names, or undefined. */
function formatOf(file) {
    const m = /\.(csv|tsv|jsonl|ndjson|parquet)$/i.exec(file);
    if (!m)
        return undefined;
    const ext = m[1].toLowerCase();
    return ext === 'ndjson' ? 'jsonl' : ext;
}
/**
 * Text is decoded and split in pieces of at most 64 KiB: V8's string searches in the splitter
 * slow down with the length of the string searched (1 MiB pieces measured 2.5× slower).
 */
const PIECE = 64 * 1024;
/** The input in pieces of at most PIECE bytes, failing once more than maxBytes have arrived. */
async function* capped(input, file, maxBytes) {
    const tooBig = () => new PredictionsError([
        {
            file,
            message: `the file is larger than the ${maxBytes}-byte cap.`,
            fix: 'write fewer rows, or raise the size cap.',
        },
    ]);
    if (input instanceof Uint8Array) {
        if (input.byteLength > maxBytes)
            throw tooBig();
        for (let i = 0; i < input.byteLength; i += PIECE)
            yield input.subarray(i, i + PIECE);
        return;
    }
    let total = 0;
    for await (const chunk of input) {
        total += chunk.byteLength;
        if (total > maxBytes)
            throw tooBig();
        for (let i = 0; i < chunk.byteLength; i += PIECE)
            yield chunk.subarray(i, i + PIECE);
    }
}
/**
 * Reads one predictions file. `file` names it in messages and picks the format by extension
 * (.csv, .tsv, .jsonl/.ndjson, .parquet). Throws PredictionsError listing the first problems
 * (file and 1-based row) and counting the rest: missing column, duplicate or empty id,
 * unparsable number, score outside [0, 1] or label not 0/1 (binary), size over the cap.
 */
async function readPredictions(input, file, options) {
    const format = formatOf(file);
    if (!format) {
        throw new PredictionsError([
            { file, message: 'unknown predictions format.', fix: 'name the file .csv, .tsv, .jsonl, .ndjson or .parquet.' },
        ]);
    }
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const problems = new ProblemList(options.maxProblems ?? 20);
    const chunks = capped(input, file, maxBytes);
    if (format === 'parquet')
        return readParquet(chunks, file, options.task, problems);
    if (format === 'jsonl')
        return readJsonLines(chunks, file, options.task, problems);
    return readDelimited(chunks, file, format === 'tsv' ? 9 : 44, options.task, problems);
}
/** Which value column a header offers for the task, or a problem. */
function pickColumn(names, file, task, line) {
    const missing = [];
    for (const c of ['id', 'label'])
        if (!names.includes(c))
            missing.push(c);
    const hasScore = names.includes('score');
    const hasPrediction = names.includes('prediction');
    if (!hasScore && !hasPrediction)
        missing.push('score or prediction');
    if (missing.length > 0) {
        throw new PredictionsError([
            {
                file,
                line,
                message: `missing column ${missing.join(', ')} (found: ${names.map((n) => show(n)).join(', ') || 'none'}).`,
                fix: 'write columns id, label, and score (probability of the positive class) or prediction.',
            },
        ]);
    }
    if (hasScore && hasPrediction)
        return task === 'binary' ? 'score' : 'prediction';
    return hasScore ? 'score' : 'prediction';
}
async function readDelimited(chunks, file, delimiter, task, problems) {
    let builder;
    let cols = [0, 0, 0];
    let width = 0;
    const splitter = new DelimitedSplitter(delimiter, (fields, line) => {
        if (!builder) {
            const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim());
            const column = pickColumn(names, file, task, line);
            cols = [names.indexOf('id'), names.indexOf('label'), names.indexOf(column)];
            width = names.length;
            builder = new TableBuilder(file, task, column, problems);
            return;
        }
        if (fields.length !== width) {
            problems.add({
                file,
                line,
                message: `${fields.length} fields where the header has ${width}.`,
                fix: 'give every row one value per column (quote values that hold the delimiter).',
            });
            return;
        }
        builder.add(line, fields[cols[0]], fields[cols[1]], fields[cols[2]]);
    });
    const decoder = new TextDecoder('utf-8', { fatal: false });
    try {
        for await (const chunk of chunks)
            splitter.push(decoder.decode(chunk, { stream: true }));
        splitter.push(decoder.decode());
        splitter.end();
    }
    catch (err) {
        if (err instanceof DelimitedSyntaxError) {
            problems.add({
                file,
                line: err.line,
                message: err.message,
                fix: 'quote fields as RFC 4180 says: "a ""quoted"" value".',
            });
            throw new PredictionsError(problems.problems, problems.omitted);
        }
        throw err;
    }
    if (!builder)
        throw new PredictionsError([{ file, message: 'the file is empty.', fix: 'write a header row: id, label, score.' }]);
    return builder.finish();
}
async function readJsonLines(chunks, file, task, problems) {
    let builder;
    let line = 0;
    let pending = '';
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const handle = (text) => {
        line++;
        const t = line === 1 ? text.replace(/^\uFEFF/, '').trim() : text.trim();
        if (t === '')
            return;
        let value;
        try {
            value = JSON.parse(t);
        }
        catch {
            problems.add({ file, line, message: 'not a JSON object.', fix: 'write one JSON object per line.' });
            return;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            problems.add({ file, line, message: 'not a JSON object.', fix: 'write one JSON object per line.' });
            return;
        }
        const record = value;
        if (!builder)
            builder = new TableBuilder(file, task, pickColumn(Object.keys(record), file, task, line), problems);
        if (!(builder.column in record) || !('id' in record) || !('label' in record)) {
            const lacks = ['id', 'label', builder.column].filter((k) => !(k in record));
            problems.add({
                file,
                line,
                message: `missing ${lacks.join(', ')}.`,
                fix: `give every line id, label and ${builder.column}.`,
            });
            return;
        }
        builder.add(line, record.id, record.label, record[builder.column]);
    };
    for await (const chunk of chunks) {
        pending += decoder.decode(chunk, { stream: true });
        let start = 0;
        for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', start)) {
            handle(pending.slice(start, nl));
            start = nl + 1;
        }
        pending = pending.slice(start);
    }
    pending += decoder.decode();
    if (pending !== '')
        handle(pending);
    if (!builder)
        throw new PredictionsError([
            {
                file,
                message: 'the file holds no records.',
                fix: 'write one JSON object per line: {"id": …, "label": …, "score": …}.',
            },
        ]);
    return builder.finish();
}
/** Decompressors hyparquet lacks, from node:zlib (snappy and uncompressed are built in). */
const COMPRESSORS = {
    GZIP: (input) => new Uint8Array((0,external_node_zlib_.gunzipSync)(input)),
    BROTLI: (input) => new Uint8Array((0,external_node_zlib_.brotliDecompressSync)(input)),
};
async function readParquet(chunks, file, task, problems) {
    const parts = [];
    for await (const chunk of chunks)
        parts.push(chunk);
    const whole = Buffer.concat(parts);
    const buffer = whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength);
    let rows;
    let column;
    try {
        const metadata = (0,src_metadata/* parquetMetadata */.m5)(buffer);
        const names = metadata.schema.slice(1).map((s) => s.name);
        column = pickColumn(names, file, task, 1);
        rows = await (0,read/* parquetReadObjects */.pS)({
            file: buffer,
            metadata,
            columns: ['id', 'label', column],
            compressors: COMPRESSORS,
        });
    }
    catch (err) {
        if (err instanceof PredictionsError)
            throw err;
        throw new PredictionsError([
            {
                file,
                message: `not a readable Parquet file: ${err.message}.`,
                fix: 'write it with pandas.DataFrame.to_parquet (pyarrow), or use CSV.',
            },
        ]);
    }
    const builder = new TableBuilder(file, task, column, problems);
    rows.forEach((r, i) => builder.add(i + 1, r.id, r.label, r[column]));
    return builder.finish();
}

// EXTERNAL MODULE: ./src/sources/source.ts
var sources_source = __webpack_require__(813);
;// CONCATENATED MODULE: ./src/gate/predictions.ts
/**
 * The I/O side of `predictions:`: reads the candidate's predictions from the workspace and the
 * baseline's at the base commit (streamed where the source allows, under the predictions size
 * cap), joins them on id and hands them to the pure summary (core/predictions/summary.ts).
 * Problems in either file become a GateError naming the file, the row and which side it is.
 */





/** The problems of a PredictionsError, each saying which side's file it is in. */
function sideProblems(err, side) {
    const problems = err.problems.map((p) => ({
        file: p.file,
        ...(p.line !== undefined ? { line: p.line } : {}),
        message: `${side}: ${p.message}`,
        ...(p.fix !== undefined ? { fix: p.fix } : {}),
    }));
    const last = err.problems[err.problems.length - 1];
    if (err.omitted > 0 && last) {
        problems.push({
            file: last.file,
            message: `${side}: … and ${err.omitted} more ${err.omitted === 1 ? 'problem' : 'problems'} not listed.`,
        });
    }
    return problems;
}
async function readSide(source, path, settings, side) {
    let input;
    try {
        if (source.readBytes)
            input = await source.readBytes(path, 'predictions');
        else {
            const text = await source.read(path, 'predictions');
            input = text === undefined ? undefined : Buffer.from(text, 'utf8');
        }
        if (input === undefined)
            return undefined;
        return await readPredictions(input, path, { task: settings.task, maxBytes: sources_source/* FILE_LIMITS */.SK.predictions });
    }
    catch (err) {
        if (err instanceof PredictionsError)
            throw new errors/* GateError */.u(sideProblems(err, side));
        if (err instanceof errors/* GateError */.u)
            throw err;
        throw new errors/* GateError */.u({ file: path, message: `${side}: ${err instanceof Error ? err.message : String(err)}` });
    }
}
/**
 * Reads, joins and summarizes one model's predictions. The candidate file must exist; the
 * baseline's is optional (no base commit, or a first run: the summary says so and nothing is
 * paired). Throws GateError for any problem in either file.
 */
async function readModelPredictions(input) {
    const { settings, sources } = input;
    const candidateSide = `the candidate's predictions (${settings.file} in the workspace)`;
    const table = await readSide(sources.workspace, settings.file, settings, candidateSide);
    if (!table) {
        throw new errors/* GateError */.u({
            file: settings.file,
            message: `The candidate's predictions file ${settings.file} does not exist in the workspace.`,
            fix: 'Make the evaluation step write its per-example predictions there (columns id, label, score or prediction), or set `predictions.file` in the policy to where it writes them.',
        });
    }
    let baselineTable;
    let baselineNote;
    if (!sources.base) {
        baselineNote = `${sources.noBaseReason ?? 'there is no base commit'}: the predictions were not paired`;
    }
    else {
        const sha = sources.base.sha ? ` at base ${sources.base.sha.slice(0, 7)}` : ` at ${sources.base.label}`;
        baselineTable = await readSide(sources.base, settings.baselineFile, settings, `the baseline's predictions (${settings.baselineFile}${sha})`);
        if (!baselineTable)
            baselineNote = `${settings.baselineFile} does not exist${sha} (a first run?): the predictions were not paired`;
    }
    let baselineValues;
    if (baselineTable) {
        try {
            baselineValues = joinPredictions(table, baselineTable).baseline;
        }
        catch (err) {
            if (err instanceof PredictionsError)
                throw new errors/* GateError */.u(sideProblems(err, 'joining candidate and baseline predictions on id'));
            throw err;
        }
    }
    const summary = summarizePredictions({
        settings,
        candidate: { ids: table.ids, labels: table.labels, values: table.values },
        ...(baselineValues ? { baseline: baselineValues } : {}),
        ...(baselineNote !== undefined ? { baselineNote } : {}),
        ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
    });
    const result = {
        summary,
        candidate: withComputed(input.candidate, summary.candidate, summary.rows),
        checks: consistencyChecks(summary, input.candidate, input.metricsFile),
        pairedIntervals: worseningIntervals(summary),
    };
    if (summary.baseline)
        result.baseline = withComputed(input.baseline, summary.baseline, summary.rows);
    return result;
}


/***/ })

};
