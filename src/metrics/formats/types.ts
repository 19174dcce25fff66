/**
 * The shape every metrics format has. A format says whether a file fits it (`detect`, cheap and
 * pure) and reads it into flattened metrics (`read`, which may read sibling files through the
 * input's `files`, so the same reader works on the workspace and at the base commit).
 */
import type { Metrics } from '../../core/types.js'

/** Reads other files through the caller's source (workspace, git at the base, GitHub API). */
export interface MetricsFiles {
  /** The text of a repository-relative file (size-capped by the source), or undefined when absent. */
  read(path: string): Promise<string | undefined>
  /**
   * Every file under a directory, as paths relative to it (`metrics/acc`), or undefined when it is
   * not a directory. Sources that cannot list (the GitHub contents API) leave this out.
   */
  list?(dir: string): Promise<string[] | undefined>
}

/** What is being read: one file with its text, or a directory with the files under it. */
export type MetricsInput =
  | { kind: 'file'; path: string; text: string; files: MetricsFiles; document: () => unknown }
  | { kind: 'dir'; path: string; entries: readonly string[]; files: MetricsFiles }

/** Where the numbers came from, beyond the path: a run name, an id, a tool version. */
export interface MetricsProvenance {
  /** e.g. `MLflow run random_forest (297e1203…)` */
  description?: string
  /** Other files the reader read (DVC's metric files, an MLflow run's metric files). */
  files?: string[]
  /** Metadata the format carries beside the metrics (underscore keys, run ids): shown, never gated. */
  metadata?: Record<string, string | number | boolean>
}

export interface MetricsRead {
  metrics: Metrics
  provenance?: MetricsProvenance
}

/** The answer of `detect`: whether the input fits, and if not why (for the "formats tried" error). */
export interface Fit {
  fits: boolean
  why?: string
}

export interface MetricsFormat {
  /** The value of `metrics.format` and `--format` that forces this format. */
  name: string
  /** One line for docs and errors, e.g. `MLflow file-store run directory`. */
  describe: string
  detect(input: MetricsInput): Fit
  read(input: MetricsInput): Promise<MetricsRead>
}
