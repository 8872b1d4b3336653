"""Base of the exercise views: read the progress, save every change, reload after a restore.

A view builds its widgets, then implements ``load()`` (progress -> widgets)
and ``refresh()`` (recompute feedback). Widget callbacks go through
``self.changed(update)`` so that nothing is saved while loading.
"""

from __future__ import annotations


class ExerciseView:
    """Common behaviour of every exercise page section."""

    widget = None

    def __init__(self, page):
        self.page = page
        self._loading = False
        page.on_change(lambda event: event == "replaced" and self.reload())

    def load(self) -> None:  # pragma: no cover - every view overrides it
        raise NotImplementedError

    def refresh(self) -> None:
        """Recompute what is shown from the progress (override when there is feedback)."""

    def reload(self) -> None:
        """Show what the progress file holds (at start, after a restore or a start over)."""
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.refresh()

    def changed(self, update) -> None:
        """Apply ``update()`` to the progress, save, refresh — unless the widgets are being loaded."""
        if self._loading:
            return
        update()
        self.page.save()
        self.refresh()

    def show(self) -> None:
        """Display the view in the notebook (nothing when the content is broken)."""
        self._display(self.widget)

    def _display(self, box) -> None:
        """Display one part of the view (notebooks show long views cell by cell)."""
        from kit.ui.page import display_if_ok

        display_if_ok(self.page, box)
