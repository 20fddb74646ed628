"""A temporal expression as the attributes of a DATE span: the one mapping the window's
suggestions, a hand-tagged DATE and review all use.

``timex_attrs`` turns a tagger finding into attributes; ``date_attrs`` normalises the
text of a span the annotator tagged by hand (against the document's publication date).
"""

from __future__ import annotations

from typing import Any

from desktop.core.dates.published import parse_published
from desktop.core.model import ModelError

# TIMEX3 attributes a finding carries, in the order they are written
TIMEX_FIELDS = ("type", "value", "mod")


def timex_attrs(timex: Any, schema: Any, label: str | None = None) -> dict[str, str]:
    """The DATE attributes of a tagger finding: type, value, mod when there is one,
    calendar only when it is not Gregorian (the default, as in the guideline's example).
    Values the schema does not accept for ``label`` (the schema's timex label by
    default) are dropped rather than refused: a suggestion never fails on them."""
    attrs: dict[str, str] = {}
    for name in TIMEX_FIELDS:
        value = getattr(timex, name, None)
        if value:
            attrs[name] = str(value)
    calendar = getattr(timex, "calendar", None)
    if calendar and calendar != "gregorian":
        attrs["calendar"] = str(calendar)
    label = label or schema.roles.timex
    if not label or not schema.has_label(label):
        return {}
    try:
        schema.check_attrs(label, attrs)
    except (ModelError, ValueError, KeyError):
        spec = schema.label(label)
        attrs = {k: v for k, v in attrs.items()
                 if (a := spec.attribute(k)) is None or not a.closed or v in a.values}
    return attrs


def date_attrs(text: str, published: str | None, schema: Any) -> dict[str, str]:
    """The attributes of a DATE the annotator tagged by hand over ``text``: the
    normaliser's value against the publication date, or none when it finds nothing.
    A normaliser error never costs the annotator the tag (no attributes instead)."""
    from desktop.core.dates import normalise

    try:
        timex = normalise(text, parse_published(published))
    except Exception:  # noqa: BLE001 - the tag matters more than its pre-filled value
        return {}
    return {} if timex is None else timex_attrs(timex, schema)


__all__ = ["TIMEX_FIELDS", "date_attrs", "timex_attrs"]
