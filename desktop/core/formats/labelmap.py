"""``--label-map FILE|OLD=NEW,...``: foreign label and relation names onto the schema.

Either a file with one ``OLD=NEW`` a line (blank lines and ``#`` comments allowed) or the
pairs themselves, comma-separated. ``NEW`` must be a label or relation type of the
schema; a name that is both a foreign label and a foreign relation maps the same way.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.schema import Schema


def parse(arg: str, schema: Schema) -> dict[str, str]:
    """The mapping; ValueError with a reason for a human."""
    path = Path(arg)
    if "=" not in arg or path.is_file():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ValueError(f"--label-map {arg}: cannot read it ({exc.strerror or exc}); "
                             "give a file of OLD=NEW lines or OLD=NEW,... pairs") from None
        except UnicodeDecodeError:
            raise ValueError(f"--label-map {arg}: not UTF-8 text") from None
        items = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1)]
        items = [(f"{arg}:{n}", x) for n, x in items if x and not x.startswith("#")]
    else:
        items = [("--label-map", x.strip()) for x in arg.split(",") if x.strip()]
    out: dict[str, str] = {}
    known = set(schema.label_names) | {r.name for r in schema.relations}
    for where, item in items:
        old, sep, new = item.partition("=")
        old, new = old.strip(), new.strip()
        if not sep or not old or not new:
            raise ValueError(f"{where}: {item!r} is not OLD=NEW")
        if new not in known:
            raise ValueError(f"{where}: {new!r} is not a label or relation type of the "
                             f"schema ({', '.join(sorted(known))})")
        if old in out and out[old] != new:
            raise ValueError(f"{where}: {old!r} is mapped twice ({out[old]!r}, {new!r})")
        out[old] = new
    return out
