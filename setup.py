"""The one thing pyproject.toml cannot say without an experimental table: the tokenizer's
first pass in C (desktop/core/_tokenscan.c; docs/formats.md, "The Arabic tokenizer").

`make setup` builds it (pip install -e). It is optional: where no C compiler is found the
install goes on, and desktop/core/tokens.py uses its regular expressions alone (the same
items, two to three times slower token writers).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("desktop.core._tokenscan", ["desktop/core/_tokenscan.c"],
                             optional=True)])
