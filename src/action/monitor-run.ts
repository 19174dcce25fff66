import type { ActionInputs } from './inputs.js'

/** Whether the step monitors instead of gating a change: on `schedule`, or with `monitor: true`. */
export function isMonitorRun(inputs: Pick<ActionInputs, 'monitor'>, event: string): boolean {
  return inputs.monitor || event === 'schedule'
}
