"""Entry point for ``python -m kit``.

The guard matters: where worker processes start by "spawn" (macOS, Windows),
each one imports this module again and must not run the command a second time.
"""

import sys

from kit.cli import main

if __name__ == "__main__":
    sys.exit(main())
