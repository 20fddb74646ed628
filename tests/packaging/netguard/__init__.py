"""The test suite's no-network guard (see sitecustomize.py beside this file)."""

from tests.packaging.netguard.sitecustomize import (  # noqa: F401
    GUARD_DIR,
    NetworkRefused,
    install,
    installed,
    pythonpath,
)
