/** The result every paired comparison gives: candidate − baseline, with an interval at a confidence. */
export interface PairedInterval {
  /** How the interval was computed. */
  method: 'delong' | 'bootstrap' | 'normal'
  /** Two-sided confidence of the interval, in (0, 1). */
  confidence: number
  /** The observed difference, candidate − baseline. */
  estimate: number
  /** Interval for candidate − baseline; `[0, 0]` when the two agree on every example. */
  interval: [number, number]
  /** Two-sided p-value of "no difference", where the method gives one. */
  p_value?: number
}

/** Throws unless 0 < confidence < 1 (a programming error: the policy schema validates it). */
export function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`)
}
