"""Charts of the cohort report as PNG bytes (bands by hatching, never by colour alone)."""

from __future__ import annotations

import io

HATCHES = ("", "//", "xx", "..", "\\\\")
GREYS = ("#e6ebf0", "#9fb3c8", "#0b4f8a", "#5f6b7a", "#c9d3de")


def load_chart_library() -> None:
    """Import matplotlib now (about a second) — e.g. while other processes read files."""
    import matplotlib.backends.backend_agg  # noqa: F401
    import matplotlib.figure  # noqa: F401


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=90)
    FigureCanvasAgg(figure)
    return figure


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.canvas.print_png(buffer)
    return buffer.getvalue()


def _whole_numbers(axis) -> None:
    """Counts of people: ticks at whole numbers only (never "1.5 participants")."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def bands_chart(rows: list[tuple[str, dict[str, int]]], band_labels: dict[str, str], axis_titles: tuple[str, str] | None = None) -> bytes:
    """One horizontal stacked bar per barrier: how many participants in each band at T0.

    ``axis_titles``: (x, y) titles in the report's language, e.g. ("Participants", "Frein").
    """
    figure = _figure(7, 0.55 * len(rows) + 1.5)
    axes = figure.add_subplot()
    names = [name for name, _ in rows]
    left = [0] * len(rows)
    for index, (level, label) in enumerate(band_labels.items()):
        counts = [bands.get(level, 0) for _, bands in rows]
        axes.barh(names, counts, left=left, color=GREYS[index % len(GREYS)], hatch=HATCHES[index % len(HATCHES)], edgecolor="#1a1a1a", label=label)
        left = [a + b for a, b in zip(left, counts)]
    axes.invert_yaxis()
    _whole_numbers(axes.xaxis)
    if axis_titles:
        axes.set_xlabel(axis_titles[0], fontsize=9)
        axes.set_ylabel(axis_titles[1], fontsize=9)
    axes.legend(fontsize=8, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=len(band_labels), frameon=False)
    axes.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.3, right=0.97, top=0.86, bottom=0.2)  # fixed margins: tight_layout costs ~0.2 s
    return _png(figure)


def reach_chart(reached: dict[str, int], labels: dict[str, str], total: int, axis_titles: tuple[str, str] | None = None) -> bytes:
    """Participants who opened each module; ``axis_titles``: (x, y), e.g. ("Module", "Participants")."""
    figure = _figure(7, 3.2)
    axes = figure.add_subplot()
    ids = sorted(labels)
    axes.bar([labels[i] for i in ids], [reached.get(i, 0) for i in ids], color="#9fb3c8", edgecolor="#1a1a1a", hatch="//")
    axes.set_ylim(0, max(total, 1))
    _whole_numbers(axes.yaxis)
    if axis_titles:
        axes.set_xlabel(axis_titles[0], fontsize=9)
        axes.set_ylabel(axis_titles[1], fontsize=9)
    axes.tick_params(axis="x", labelsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.1, right=0.98, top=0.95, bottom=0.18)
    return _png(figure)
