"""Run pytest and refuse "no tests collected" (pytest exit code 5) as a failure.

Usage: python tests/run_pytest.py [pytest arguments...]
"""

import sys

import pytest

NO_TESTS_COLLECTED = 5

if __name__ == "__main__":
    code = pytest.main(sys.argv[1:])
    if code == NO_TESTS_COLLECTED:
        print("ÉCHEC : aucun test n'a été collecté (pytest exit 5). / FAILED: no test was collected.", file=sys.stderr)
        sys.exit(1)
    sys.exit(int(code))
