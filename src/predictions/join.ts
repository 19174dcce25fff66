/**
 * Joins a candidate's and a baseline's predictions on `id`. Nothing is dropped silently: an id in
 * only one file, or a label that differs between the two, is a problem naming the file and row.
 * Duplicate ids were already refused by the reader.
 */
import { ProblemList, show, type PredictionTable } from './table.js'

/** Two models' predictions on the same examples, aligned in the candidate file's order. */
export interface JoinedPredictions {
  ids: string[]
  labels: Float64Array
  candidate: Float64Array
  baseline: Float64Array
}

/**
 * Aligns the baseline with the candidate. Throws PredictionsError with the first `maxProblems`
 * problems (default 20) and the count of the rest.
 */
export function joinPredictions(candidate: PredictionTable, baseline: PredictionTable, maxProblems = 20): JoinedPredictions {
  const problems = new ProblemList(maxProblems)
  if (candidate.task !== baseline.task) throw new RangeError('candidate and baseline were read for different tasks')
  const n = candidate.ids.length
  const aligned = new Float64Array(n)
  const seen = new Uint8Array(baseline.ids.length)
  for (let i = 0; i < n; i++) {
    const id = candidate.ids[i] as string
    const j = baseline.index.get(id)
    if (j === undefined) {
      problems.add({
        file: candidate.file,
        line: candidate.rows[i],
        message: `id ${show(id)} is not in the baseline's ${baseline.file}.`,
        fix: 'score the same examples with both models.',
      })
      continue
    }
    seen[j] = 1
    if (candidate.labels[i] !== baseline.labels[j]) {
      problems.add({
        file: candidate.file,
        line: candidate.rows[i],
        message: `id ${show(id)} has label ${candidate.labels[i]} here but ${baseline.labels[j]} in the baseline's ${baseline.file} (row ${baseline.rows[j]}).`,
        fix: 'evaluate both models on the same labelled data.',
      })
    }
    aligned[i] = baseline.values[j] as number
  }
  for (let j = 0; j < seen.length; j++) {
    if (seen[j] === 1) continue
    problems.add({
      file: baseline.file,
      line: baseline.rows[j],
      message: `id ${show(baseline.ids[j])} of the baseline is missing from the candidate's ${candidate.file}.`,
      fix: 'score the same examples with both models.',
    })
  }
  problems.throwIfAny()
  return { ids: candidate.ids, labels: candidate.labels, candidate: candidate.values, baseline: aligned }
}
