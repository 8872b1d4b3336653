"""The PDF page of the trainer-side documents: an embedded Unicode font, a footer that never claims to certify.

Built on fpdf2 (pure Python). The DejaVu Sans font shipped with matplotlib is
embedded so that French accents print. Every text read from a participant's
file goes through :func:`clean` first: control characters removed, length
capped, characters the font cannot draw replaced by « ? ». fpdf2 writes
text as PDF strings, so ``<script>`` or ``Zoé & Cie`` print as plain text.

>>> clean("Zoé\\x00 & Cie\\u202e <b>")
'Zoé & Cie <b>'
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from functools import lru_cache
from pathlib import Path

FONT = "DejaVu"
_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}


def font_path(bold: bool = False) -> Path:
    """DejaVu Sans (bold) from matplotlib's data folder."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


@lru_cache(maxsize=1)
def _drawable() -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font_path()), lazy=True) as font:
        return frozenset(font.getBestCmap())


def clean(text, max_length: int = 400) -> str:
    """Participant text made safe to print: one line, no control characters, only drawable characters."""
    text = unicodedata.normalize("NFC", str(text if text is not None else ""))
    text = "".join(" " if ch in "\t\r\n" else ch for ch in text if ch in "\t\r\n" or unicodedata.category(ch) not in _CONTROL)
    drawable = _drawable()
    text = "".join(ch if ord(ch) in drawable else "?" for ch in text)
    text = " ".join(text.split())
    return text if len(text) <= max_length else text[: max_length - 1] + "…"


def _fpdf_class():
    from fpdf import FPDF

    class EvidencePDF(FPDF):
        """An A4 page with the kit's footer: the disclaimer and the page number."""

        def __init__(self, title: str, footer: str, generated: datetime, landscape: bool = False):
            super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
            self.add_font(FONT, "", str(font_path()))
            self.add_font(FONT, "B", str(font_path(bold=True)))
            self.footer_text = footer
            self.set_title(title)
            self.set_creator("kit-coaching-reseaux")
            self.set_creation_date(generated)
            self.set_auto_page_break(True, margin=22)
            self.set_margins(16, 14, 16)
            self.add_page()

        def footer(self):
            self.set_y(-18)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(70, 70, 70)
            self.multi_cell(0, 3.6, f"{self.footer_text} — {self.page_no()}/{{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)

        # --- building blocks -------------------------------------------------------------
        def heading(self, text: str, size: float = 15) -> None:
            self.set_font(FONT, "B", size)
            self.multi_cell(0, size * 0.5, clean(text, 300), new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def paragraph(self, text: str, size: float = 10, bold: bool = False) -> None:
            self.set_font(FONT, "B" if bold else "", size)
            self.multi_cell(0, size * 0.5, clean(text, 3000), align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)

        def facts(self, rows: list[tuple[str, str]]) -> None:
            """Label — value lines (session title, dates, place…)."""
            for label, value in rows:
                self.set_font(FONT, "B", 10)
                self.cell(48, 5.5, clean(label, 80))
                self.set_font(FONT, "", 10)
                self.multi_cell(0, 5.5, clean(value, 400), align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def grid(self, headers: list[str], rows: list[list[str]], widths: tuple | None = None, line_height: float | None = None, size: float = 9) -> None:
            """A table with a header row repeated on each page; every cell is cleaned."""
            self.set_font(FONT, "", size)
            with self.table(col_widths=widths, line_height=line_height or size * 0.55, first_row_as_headings=True,
                            headings_style=_headings_style(), text_align="LEFT") as table:
                row = table.row()
                for header in headers:
                    row.cell(clean(header, 120))
                for values in rows:
                    row = table.row()
                    for value in values:
                        row.cell(clean(value, 600))
            self.ln(3)

    return EvidencePDF


def _headings_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(230, 232, 236))


def new_pdf(title: str, footer: str, generated: datetime, landscape: bool = False):
    """A new one-page PDF with the font embedded and ``footer`` on every page."""
    return _fpdf_class()(title, footer, generated, landscape)


def pdf_bytes(pdf) -> bytes:
    return bytes(pdf.output())
