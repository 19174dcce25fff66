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

/** The four cells of a binary confusion matrix. */
export interface Confusion {
  tp: number
  fp: number
  tn: number
  fn: number
}

/** The confusion matrix of scores against 0/1 labels, `score >= threshold` being positive. */
export function confusion(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold: number): Confusion {
  let tp = 0
  let fp = 0
  let tn = 0
  let fn = 0
  for (let i = 0; i < labels.length; i++) {
    const positive = (scores[i] as number) >= threshold
    if (labels[i] === 1) {
      if (positive) tp++
      else fn++
    } else if (positive) fp++
    else tn++
  }
  return { tp, fp, tn, fn }
}

/** (tp + tn) / n; 0 for no examples. */
export function accuracy(c: Confusion): number {
  const n = c.tp + c.fp + c.tn + c.fn
  return n === 0 ? 0 : (c.tp + c.tn) / n
}

/** tp / (tp + fp); 0 when nothing is predicted positive. */
export function precision(c: Confusion): number {
  const d = c.tp + c.fp
  return d === 0 ? 0 : c.tp / d
}

/** tp / (tp + fn); 0 when there are no positives. */
export function recall(c: Confusion): number {
  const d = c.tp + c.fn
  return d === 0 ? 0 : c.tp / d
}

/** 2tp / (2tp + fp + fn); 0 when tp + fp + fn = 0. */
export function f1(c: Confusion): number {
  const d = 2 * c.tp + c.fp + c.fn
  return d === 0 ? 0 : (2 * c.tp) / d
}

/** The scores of the positives and of the negatives, each sorted ascending. */
export function splitSorted(labels: ArrayLike<number>, scores: ArrayLike<number>): { positives: Float64Array; negatives: Float64Array } {
  let p = 0
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) p++
  const positives = new Float64Array(p)
  const negatives = new Float64Array(labels.length - p)
  let a = 0
  let b = 0
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positives[a++] = scores[i] as number
    else negatives[b++] = scores[i] as number
  }
  positives.sort()
  negatives.sort()
  return { positives, negatives }
}

/**
 * Area under the ROC curve, as scikit-learn's roc_auc_score: the trapezoid over distinct
 * thresholds, which equals the Mann–Whitney U statistic with ties counted one half:
 * AUC = P(score⁺ > score⁻) + ½ P(score⁺ = score⁻). `undefined` when one class is absent.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number | undefined {
  const { positives, negatives } = splitSorted(labels, scores)
  const m = positives.length
  const n = negatives.length
  if (m === 0 || n === 0) return undefined
  // Walk both sorted arrays: for each run of equal positive scores, count negatives below and equal.
  let below = 0
  let sum = 0
  let i = 0
  while (i < m) {
    const s = positives[i] as number
    let run = 0
    while (i < m && positives[i] === s) {
      run++
      i++
    }
    while (below < n && (negatives[below] as number) < s) below++
    let equal = 0
    while (below + equal < n && negatives[below + equal] === s) equal++
    sum += run * (below + equal / 2)
  }
  return sum / m / n
}

/** Mean absolute error of predictions against labels; 0 for no examples. */
export function mae(labels: ArrayLike<number>, predictions: ArrayLike<number>): number {
  if (labels.length === 0) return 0
  let sum = 0
  for (let i = 0; i < labels.length; i++) sum += Math.abs((predictions[i] as number) - (labels[i] as number))
  return sum / labels.length
}

/** Root mean squared error of predictions against labels; 0 for no examples. */
export function rmse(labels: ArrayLike<number>, predictions: ArrayLike<number>): number {
  if (labels.length === 0) return 0
  let sum = 0
  for (let i = 0; i < labels.length; i++) {
    const e = (predictions[i] as number) - (labels[i] as number)
    sum += e * e
  }
  return Math.sqrt(sum / labels.length)
}

/** Every binary metric at once. `roc_auc` is absent when one class is. */
export interface BinaryMetrics {
  accuracy: number
  precision: number
  recall: number
  f1: number
  roc_auc?: number
}

/** accuracy, precision, recall, f1 at the threshold, and roc_auc. */
export function binaryMetrics(labels: ArrayLike<number>, scores: ArrayLike<number>, threshold: number): BinaryMetrics {
  const c = confusion(labels, scores, threshold)
  const out: BinaryMetrics = { accuracy: accuracy(c), precision: precision(c), recall: recall(c), f1: f1(c) }
  const auc = rocAuc(labels, scores)
  if (auc !== undefined) out.roc_auc = auc
  return out
}

/** mae and rmse. */
export function regressionMetrics(labels: ArrayLike<number>, predictions: ArrayLike<number>): { mae: number; rmse: number } {
  return { mae: mae(labels, predictions), rmse: rmse(labels, predictions) }
}
