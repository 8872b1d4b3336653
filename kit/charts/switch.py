"""Small charts as PNG bytes (matplotlib imported only when a chart is drawn).

Series are told apart by hatching and labels, never by colour alone.
"""

from __future__ import annotations

import io


def switch_chart_png(weeks: list, labels: dict[str, str]) -> bytes:
    """Stacked bars per week: old habits (plain) and social networks (hatched), plus time added on top (dotted).

    ``labels``: ``{"today", "week", "old", "social", "added", "minutes"}`` in the page's language.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3.2), dpi=90)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    names = [labels["today"]] + [f"{labels['week']}\n{w.week}" for w in weeks[1:]]
    old = [w.old_minutes for w in weeks]
    taken = [w.social_minutes - w.added_minutes for w in weeks]
    added = [w.added_minutes for w in weeks]
    axes.bar(names, old, color="#c9d3de", edgecolor="#1a1a1a", label=labels["old"])
    axes.bar(names, taken, bottom=old, color="#0b4f8a", edgecolor="#1a1a1a", hatch="//", label=labels["social"])
    axes.bar(names, added, bottom=[o + t for o, t in zip(old, taken)], color="#ffffff", edgecolor="#1a1a1a", hatch="..", label=labels["added"])
    axes.set_ylabel(labels["minutes"])
    axes.tick_params(axis="x", labelsize=8)
    axes.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.canvas.print_png(buffer)
    return buffer.getvalue()
