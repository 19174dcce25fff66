/** Which examples a change fixed and which it broke, for binary predictions at the threshold. */

export interface Flips {
  /** Examples the baseline got wrong and the candidate gets right. */
  fixed: number
  /** Examples the baseline got right and the candidate gets wrong. */
  broken: number
  /** Examples compared. */
  total: number
  /** Ids of the first `limit` broken examples, in the order given (the candidate file's). */
  brokenIds: string[]
}

/**
 * Counts correct→wrong and wrong→correct flips (`score >= threshold` is positive) and keeps the
 * first `limit` broken ids (default 10).
 */
export function flips(
  ids: readonly string[],
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  threshold: number,
  limit = 10,
): Flips {
  let fixed = 0
  let broken = 0
  const brokenIds: string[] = []
  for (let i = 0; i < labels.length; i++) {
    const positive = labels[i] === 1
    const candRight = (candidate[i] as number) >= threshold === positive
    const baseRight = (baseline[i] as number) >= threshold === positive
    if (candRight === baseRight) continue
    if (candRight) fixed++
    else {
      broken++
      if (brokenIds.length < limit) brokenIds.push(ids[i] as string)
    }
  }
  return { fixed, broken, total: labels.length, brokenIds }
}
