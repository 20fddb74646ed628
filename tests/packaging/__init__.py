"""Tests of the frozen bundle (marked ``packaging``; ``make package`` first), of the
smoke test and of the no-network guard."""
