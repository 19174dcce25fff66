/**
 * A small seeded generator and the samplers the paired bootstrap needs. Deterministic across
 * platforms: only 32-bit integer arithmetic and IEEE doubles.
 */

/** xoshiro128** (Blackman & Vigna, 2018), seeded through splitmix32 so any 32-bit seed is fine. */
export class Xoshiro128 {
  private s0: number
  private s1: number
  private s2: number
  private s3: number

  constructor(seed: number) {
    let x = seed >>> 0
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0
      let z = x
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
      return (z ^ (z >>> 16)) >>> 0
    }
    this.s0 = next()
    this.s1 = next()
    this.s2 = next()
    this.s3 = next()
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0
    const t = this.s1 << 9
    this.s2 ^= this.s0
    this.s3 ^= this.s1
    this.s1 ^= this.s2
    this.s0 ^= this.s3
    this.s2 ^= t
    this.s3 = rotl(this.s3, 11)
    return result
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextDouble(): number {
    const hi = this.nextUint32() >>> 5
    const lo = this.nextUint32() >>> 6
    return (hi * 67108864 + lo) / 9007199254740992
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k))
}

/** ln Γ(x) for x > 0: Stirling's series with the recurrence below 10 (error < 1e-14 relative). */
export function logGamma(x: number): number {
  let shift = 0
  while (x < 10) {
    shift += Math.log(x)
    x += 1
  }
  const inv = 1 / x
  const inv2 = inv * inv
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680 - inv2 * (1 / 1188)))))
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift
}

/**
 * One draw from Binomial(n, p), by inversion in an order that starts at the mode and alternates
 * outward (mode, mode+1, mode−1, …). Inversion is exact for any fixed order of the outcomes; this
 * one needs O(√(np(1−p))) steps on average, so n in the millions is cheap, with no normal
 * approximation. The mode's probability comes from logGamma (relative error ~1e-9 at n = 1e7),
 * the others by the ratio recurrence. Uses at most one uniform per draw.
 */
export function binomial(rng: Xoshiro128, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0
  if (p >= 1) return n
  const u = rng.nextDouble()
  const q = 1 - p
  const mode = Math.min(n, Math.floor((n + 1) * p))
  const pmfMode = Math.exp(logGamma(n + 1) - logGamma(mode + 1) - logGamma(n - mode + 1) + mode * Math.log(p) + (n - mode) * Math.log(q))
  let acc = pmfMode
  if (u < acc) return mode
  let up = mode
  let down = mode
  let pUp = pmfMode
  let pDown = pmfMode
  const ratio = p / q
  while (up < n || down > 0) {
    if (up < n) {
      pUp *= ((n - up) / (up + 1)) * ratio
      up++
      acc += pUp
      if (u < acc) return up
    }
    if (down > 0) {
      pDown *= down / (n - down + 1) / ratio
      down--
      acc += pDown
      if (u < acc) return down
    }
  }
  return mode
}

/**
 * One multinomial draw of n items over cells with the given probabilities (summing to 1), by
 * sequential conditional binomials: cell i gets Binomial(remaining, p_i / remaining mass).
 */
export function multinomial(rng: Xoshiro128, n: number, probabilities: ArrayLike<number>, out: Float64Array): void {
  let remaining = n
  const last = probabilities.length - 1
  for (let i = 0; i < last; i++) {
    const p = probabilities[i] as number
    let mass = 0
    for (let j = i; j <= last; j++) mass += probabilities[j] as number
    const k = remaining === 0 || p <= 0 ? 0 : binomial(rng, remaining, Math.min(1, p / mass))
    out[i] = k
    remaining -= k
  }
  out[last] = remaining
}
