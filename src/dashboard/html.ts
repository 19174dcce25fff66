/** HTML text escaping for the dashboard: repository text (model and metric names) is never markup. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch)
}

/** A number for display: up to 4 significant digits, thousands grouped. */
export function formatValue(value: number, unit?: string): string {
  const abs = Math.abs(value)
  const text =
    abs !== 0 && (abs >= 1e9 || abs < 1e-4)
      ? value.toExponential(2)
      : abs >= 1000
        ? Math.round(value).toLocaleString('en-US')
        : String(Number(value.toPrecision(4)))
  return unit ? `${text} ${unit}` : text
}
