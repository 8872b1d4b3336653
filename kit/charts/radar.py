"""The five-barrier radar, drawn once and then updated in place.

The grid and labels are drawn once and kept as a bitmap; each update only
redraws the lines, fill and legend on top of it ("blitting"), then encodes a
lightly compressed PNG (see ``benchmarks/radar_redraw.py``).

Two series are told apart by line style and marker shape, not only by colour:
the current assessment is a solid line with round markers, the earlier one a
dashed line with square markers. matplotlib is imported here only, never by
``import kit``.

>>> radar = Radar(["A", "B", "C", "D", "E"], current_label="Now", previous_label="Before")
>>> radar.update([10, 20, 30, 40, 50], [20, 20, 20, 20, 20])
>>> radar.png()[:4] == b"\\x89PNG"
True
"""

from __future__ import annotations

import io
import math
import textwrap


class Radar:
    """A polar chart of scores 0–100 (None = not answered yet, drawn at 0)."""

    def __init__(self, labels: list[str], current_label: str, previous_label: str, size_inches: float = 4.6, dpi: int = 90):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.count = len(labels)
        self.angles = [2 * math.pi * i / self.count for i in range(self.count)]
        closed = self.angles + self.angles[:1]
        self.figure = Figure(figsize=(size_inches, size_inches), dpi=dpi)
        FigureCanvasAgg(self.figure)
        axes = self.figure.add_subplot(projection="polar")
        axes.set_theta_offset(math.pi / 2)
        axes.set_theta_direction(-1)
        axes.set_ylim(0, 100)
        axes.set_yticks([25, 50, 75, 100], ["25", "50", "75", "100"], fontsize=7, color="#3d4652")
        axes.set_xticks(self.angles, ["\n".join(textwrap.wrap(label, 14)) for label in labels], fontsize=9)
        zeros = [0] * (self.count + 1)
        (self.previous_line,) = axes.plot(closed, zeros, linestyle="--", linewidth=1.6, marker="s", markersize=5, color="#5f6b7a", label=previous_label)
        (self.current_line,) = axes.plot(closed, zeros, linestyle="-", linewidth=2.2, marker="o", markersize=6, color="#0b4f8a", label=current_label)
        (self.current_fill,) = axes.fill(closed, zeros, color="#0b4f8a", alpha=0.18)
        # The legend sits above the chart, clear of the barrier names (long labels in the cohort report).
        self.legend = axes.legend(loc="upper center", bbox_to_anchor=(0.5, 0.995), bbox_transform=self.figure.transFigure, fontsize=8, frameon=False)
        self.figure.subplots_adjust(left=0.16, right=0.84, top=0.78, bottom=0.06)
        self.axes = axes
        self.previous_line.set_visible(False)
        self.legend.set_visible(False)
        self._dynamic = (self.current_fill, self.previous_line, self.current_line, self.legend)
        self._background = None

    def _closed(self, values: list[float | None]) -> list[float]:
        points = [v if v is not None else 0 for v in values]
        return points + points[:1]

    def update(self, current: list[float | None], previous: list[float | None] | None = None) -> None:
        """Move the lines to new scores (``previous`` shows an earlier assessment)."""
        closed_angles = self.angles + self.angles[:1]
        values = self._closed(current)
        self.current_line.set_data(closed_angles, values)
        self.current_fill.set_xy(list(zip(closed_angles, values)))
        self.previous_line.set_visible(previous is not None)
        self.legend.set_visible(previous is not None)
        if previous is not None:
            self.previous_line.set_data(closed_angles, self._closed(previous))

    def _draw_background(self) -> None:
        canvas = self.figure.canvas
        shown = [artist.get_visible() for artist in self._dynamic]
        for artist in self._dynamic:
            artist.set_visible(False)
        canvas.draw()
        self._background = canvas.copy_from_bbox(self.figure.bbox)
        for artist, visible in zip(self._dynamic, shown):
            artist.set_visible(visible)

    def png(self) -> bytes:
        """The chart as PNG bytes."""
        from PIL import Image

        canvas = self.figure.canvas
        if self._background is None:
            self._draw_background()
        canvas.restore_region(self._background)
        for artist in self._dynamic:
            if artist.get_visible():
                self.axes.draw_artist(artist)
        width, height = canvas.get_width_height()
        image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=1)
        return buffer.getvalue()
