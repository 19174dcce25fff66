/**
 * The standard normal distribution: cumulative distribution function and quantile function, in
 * double precision, without dependencies.
 */

const SQRT_1_2PI = 0.3989422804014327 // 1/√(2π)
const SQRT_32 = 5.656854249492381
const EPSILON = 1.1102230246251565e-16 // 2^−53

// W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of
// Computation 23 (1969) 631–637, as in Cody's ANORM (netlib specfun; ACM TOMS Algorithm 715,
// 1993), which R's pnorm also uses: relative error below ~1e-15 in both tails.
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113]
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956]
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
]
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266,
  38912.003286093271411, 19685.429676859990727,
]
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303,
]
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5]

function at(coefficients: number[], i: number): number {
  return coefficients[i] as number
}

/** exp(−x²/2) · factor, splitting x so that the square loses no precision (Cody's `del`). */
function gaussianTail(x: number, factor: number): number {
  const xsq = Math.trunc(x * 16) / 16
  const del = (x - xsq) * (x + xsq)
  return Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * factor
}

/** Φ(x) = P(Z ≤ x) for a standard normal Z. NaN for NaN; 0 and 1 at −∞ and +∞. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const y = Math.abs(x)
  if (y <= 0.66291) {
    const xsq = y > EPSILON ? x * x : 0
    let num = at(A, 4) * xsq
    let den = xsq
    for (let i = 0; i < 3; i++) {
      num = (num + at(A, i)) * xsq
      den = (den + at(B, i)) * xsq
    }
    return 0.5 + (x * (num + at(A, 3))) / (den + at(B, 3))
  }
  let tail: number
  if (y <= SQRT_32) {
    let num = at(C, 8) * y
    let den = y
    for (let i = 0; i < 7; i++) {
      num = (num + at(C, i)) * y
      den = (den + at(D, i)) * y
    }
    tail = gaussianTail(y, (num + at(C, 7)) / (den + at(D, 7)))
  } else if (y < 40) {
    const xsq = 1 / (x * x)
    let num = at(P, 5) * xsq
    let den = xsq
    for (let i = 0; i < 4; i++) {
      num = (num + at(P, i)) * xsq
      den = (den + at(Q, i)) * xsq
    }
    const ratio = (xsq * (num + at(P, 4))) / (den + at(Q, 4))
    tail = gaussianTail(y, (SQRT_1_2PI - ratio) / y)
  } else {
    tail = 0
  }
  return x > 0 ? 1 - tail : tail
}

// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37(3) (1988) 477–484, PPND16: accurate to about 1 part in 10^16.
const A0 = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
  33430.575583588128105, 2509.0809287301226727,
]
const B0 = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
  5226.495278852854561,
]
const C0 = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
]
const D0 = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966,
  5.475938084995344946e-4, 1.05075007164441684324e-9,
]
const E0 = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
]
const F0 = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5,
  1.4215117583164458887e-7, 2.04426310338993978564e-15,
]

/** c₀ + c₁r + … + c₇r⁷ by Horner's rule. */
function polynomial(coefficients: number[], r: number): number {
  let sum = 0
  for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * r + at(coefficients, i)
  return sum
}

/**
 * Φ⁻¹(p): the x with P(Z ≤ x) = p. −∞ at 0, +∞ at 1, NaN outside [0, 1] or for NaN.
 * The two-sided z for a confidence level γ is normalQuantile(1 − (1 − γ)/2), 1.959964 for 0.95.
 */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  const q = p - 0.5
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q
    return (q * polynomial(A0, r)) / polynomial(B0, r)
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p))
  let x: number
  if (r <= 5) {
    r -= 1.6
    x = polynomial(C0, r) / polynomial(D0, r)
  } else {
    r -= 5
    x = polynomial(E0, r) / polynomial(F0, r)
  }
  return q < 0 ? -x : x
}

/** The two-sided critical value z for a confidence level in (0, 1): 1.959964 for 0.95. */
export function zForConfidence(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2)
}

/** P(Z > x) for a standard normal Z, accurate far into the tail (no 1 − Φ cancellation). */
export function normalUpperTail(x: number): number {
  return normalCdf(-x)
}

/** The two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
export function twoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)))
}
