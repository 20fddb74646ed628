"""``python -m tests.reliability.run -c CODE ARGS...``: run CODE with ``sys.argv[1:]`` =
ARGS (the torture tests start small programs this way, with the repository importable)."""

import sys

if __name__ == "__main__":
    assert sys.argv[1] == "-c"
    code = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    exec(compile(code, "<torture>", "exec"))
