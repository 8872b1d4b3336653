"""Shared by tests/ and the nbval run of notebooks/.

Every test run (and every notebook kernel it starts) writes progress files into
a throw-away folder, never into the developer's own ``~/.local/share``.
"""

import os
import tempfile

os.environ["KIT_DATA_DIR"] = tempfile.mkdtemp(prefix="kit-test-data-")
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

# `python -m kit` entry point: importing it would run the CLI.
collect_ignore = ["kit/__main__.py"]
