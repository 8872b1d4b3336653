"""Download links that work in JupyterLab and in Voilà: the file travels inside the link (data: URL).

>>> download_link("plan.md", "text/markdown", b"# Plan", "Mon plan").startswith('<a class="kit-download" download="plan.md"')
True
"""

from __future__ import annotations

import base64
import html


def download_link(name: str, mime: str, data: bytes, label: str) -> str:
    """One ``<a download>`` link; ``label`` is escaped, the file name is the kit's own."""
    encoded = base64.b64encode(data).decode("ascii")
    return f'<a class="kit-download" download="{html.escape(name)}" href="data:{mime};base64,{encoded}">⬇ {html.escape(label)}</a>'


def download_list(files: list[tuple[str, str, bytes, str]]) -> str:
    """Several links as a list: ``(name, mime, data, label)`` each."""
    return "<ul class='kit-downloads'>" + "".join(f"<li>{download_link(*file)}</li>" for file in files) + "</ul>"
