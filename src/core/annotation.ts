/** A check-run annotation as the REST API takes it: what src/render/annotations.ts builds and src/github/check-run.ts sends. */

export type AnnotationLevel = 'notice' | 'warning' | 'failure'

/** One annotation on a line of a repository file. */
export interface CheckAnnotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: AnnotationLevel
  message: string
  title?: string
}
