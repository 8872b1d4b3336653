"""Radar redraw cost: updating the figure in place versus building a new one.

Target: ≤ 50 ms median per in-place redraw (update + PNG), the way the
diagnostic page redraws on every answer.

    python benchmarks/radar_redraw.py [--runs 40]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median  # noqa: E402

TARGET_MS = 50.0
LABELS = ["Pas d’usage personnel", "Pro et perso mêlés", "Le temps", "Faire bonne figure", "Quoi dire ?"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    from kit.charts.radar import Radar

    rng = random.Random(1)
    radar = Radar(LABELS, "Aujourd’hui", "Première évaluation")
    radar.png()  # warm-up: fonts and caches
    in_place, fresh = [], []
    for _ in range(args.runs):
        scores = [rng.uniform(0, 100) for _ in LABELS]
        start = time.perf_counter()
        radar.update(scores, [50] * 5)
        radar.png()
        in_place.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        other = Radar(LABELS, "Aujourd’hui", "Première évaluation")
        other.update(scores, [50] * 5)
        other.png()
        fresh.append((time.perf_counter() - start) * 1000)
    print(f"radar redraw in place: median {median(in_place):.1f} ms ({args.runs} runs); new figure each time: median {median(fresh):.1f} ms")
    ok = median(in_place) <= TARGET_MS
    print(f"in place / new figure = {median(in_place) / median(fresh):.2f}; target in place <= {TARGET_MS:.0f} ms: {'OK' if ok else 'OVER TARGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
