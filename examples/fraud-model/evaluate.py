"""Evaluate the candidate fraud model on the frozen holdout set and write eval/metrics.json.

Run by CI before model-gate:  python evaluate.py --out eval/metrics.json
"""
import argparse
import json
import math
import time
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss, confusion_matrix, f1_score, roc_auc_score

THRESHOLD = 0.62  # decline threshold agreed with Payments Ops
CHANNELS = ("mobile", "web", "pos")


def wilson(successes: int, n: int, z: float = 1.96) -> list[float]:
    """95% Wilson score interval for a proportion."""
    if n == 0:
        return [0.0, 1.0]
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return [round(centre - half, 3), round(centre + half, 3)]


def rate(hits: int, n: int) -> dict:
    return {"value": round(hits / n, 3) if n else float("nan"), "n": int(n), "ci": wilson(hits, n)}


def expected_calibration_error(y: np.ndarray, scores: np.ndarray, bins: int = 15) -> float:
    frac_pos, mean_pred = calibration_curve(y, scores, n_bins=bins, strategy="quantile")
    return float(np.mean(np.abs(frac_pos - mean_pred)))


def latency_ms(model, features: pd.DataFrame, samples: int = 2000) -> dict:
    rows = features.sample(n=min(samples, len(features)), random_state=7)
    timings = []
    for i in range(len(rows)):
        start = time.perf_counter()
        model.predict_proba(rows.iloc[[i]])
        timings.append((time.perf_counter() - start) * 1000)
    p50, p95, p99 = np.percentile(timings, [50, 95, 99])
    return {"p50": round(p50, 1), "p95": round(p95, 1), "p99": round(p99, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="artifacts/model.joblib")
    parser.add_argument("--data", default="data/holdout-2026q3.parquet")
    parser.add_argument("--out", default="eval/metrics.json")
    args = parser.parse_args()

    model = joblib.load(args.model)
    holdout = pd.read_parquet(args.data)
    features = holdout.drop(columns=["is_fraud", "channel"])
    y = holdout["is_fraud"].to_numpy()
    scores = model.predict_proba(features)[:, 1]
    pred = (scores >= THRESHOLD).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred).ravel()

    slices = {}
    for channel in CHANNELS:
        mask = (holdout["channel"] == channel).to_numpy()
        s_tp = int(((pred == 1) & (y == 1) & mask).sum())
        s_fp = int(((pred == 1) & (y == 0) & mask).sum())
        slices[channel] = {
            "recall": rate(s_tp, int((y[mask] == 1).sum())),
            "precision": round(s_tp / (s_tp + s_fp), 3) if s_tp + s_fp else float("nan"),
        }

    metrics = {
        "auc": round(roc_auc_score(y, scores), 4),
        "recall": rate(tp, tp + fn),
        "precision": rate(tp, tp + fp),
        "f1": round(f1_score(y, pred), 4),
        "false_positive_rate": round(fp / (fp + tn), 4),
        "calibration_error": round(expected_calibration_error(y, scores), 3),
        "brier_score": round(brier_score_loss(y, scores), 4),
        "slices": slices,
        "latency_ms": latency_ms(model, features),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(metrics, indent=2) + "\n")
    print(f"wrote {out}: auc={metrics['auc']} recall={metrics['recall']['value']}")


if __name__ == "__main__":
    main()
