"""Writing files so that nothing is ever lost: atomic, owner-only.

Readers see the old file or the new one, never half of one; only the owner
can read what the kit writes (progress files hold names and e-mails).

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "notes" / "a.txt"
>>> atomic_write(target, [b"bonjour"]).read_bytes(), oct(target.stat().st_mode & 0o777)
(b'bonjour', '0o600')
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

TEMP_PREFIX = ".progression-"


def atomic_write(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` to ``path`` so that readers see the old file or the new one, never half.

    The folder is created owner-only if missing; the temporary file is created
    owner-only in the same folder, synced to disk, then renamed over ``path``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
