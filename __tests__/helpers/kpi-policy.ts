/** The issue 8 contract's `constants:` and `kpis:` as policy YAML: the fraud-loss KPI in dollars, for tests to build policies on. */
export const FRAUD_LOSS_KPI = `constants: { fraud_per_month: 1000, avg_fraud_usd: 500, legit_per_month: 200000, review_cost_usd: 4 }
kpis:
  fraud_loss:
    formula: "(1 - recall) * fraud_per_month * avg_fraud_usd + false_positive_rate * legit_per_month * review_cost_usd"
    unit: USD
    better: lower
    max: 100000
    max_regression: 5%
    description: Expected monthly loss to fraud and manual review
`
