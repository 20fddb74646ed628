"""Reading a label schema from TOML, strictly: an unknown key (a typo such as
``atributes``), a wrong type, a duplicate name or key, or a key that collides with another
or with the window's reserved keys is refused with a reason naming the file and the item.

The file format (``resources/schema/default.toml`` is the reference)::

    name = "…"            version = 1
    [roles]               timex = "DATE", claim = "CLAIM", claimant = "claimant", …
    [[labels]]            name, key (one digit), color (#rgb or #rrggbb), underline,
                          description (text, or a table language -> text), display
                          (a table language -> the label's name as users read it),
                          attributes = [{name, values?, display?, value_display?}]
    [[relations]]         name, key (one letter), head, tail (lists of labels),
                          max_per_head?, description?, display?
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core.schema import (
    DEFAULT_ROLES,
    RESERVED_KEYS,
    UNDERLINES,
    Attribute,
    Label,
    RelationType,
    Roles,
    Schema,
    SchemaError,
)

TOP_KEYS = {"name", "version", "roles", "labels", "relations"}
LABEL_KEYS = {"name", "key", "color", "underline", "description", "display", "attributes"}
ATTRIBUTE_KEYS = {"name", "values", "display", "value_display"}
RELATION_KEYS = {"name", "key", "head", "tail", "max_per_head", "description", "display"}
ROLE_KEYS = set(Roles.LABELS + Roles.RELATIONS + Roles.ACTOR_ATTRIBUTES)
_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})\Z")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*\Z")
_LANG = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\Z")


class _Where:
    def __init__(self, source: str):
        self.source = source or "schema"

    def fail(self, where: str, reason: str) -> SchemaError:
        return SchemaError(f"{self.source}: {where}: {reason}" if where
                           else f"{self.source}: {reason}")


def _type_name(value: Any) -> str:
    return {str: "text", int: "an integer", float: "a number", bool: "true/false",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)


def _keys(w: _Where, where: str, table: Any, allowed: set[str]) -> dict:
    if not isinstance(table, dict):
        raise w.fail(where, f"must be a table, not {_type_name(table)}")
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise w.fail(where, f"unknown key{'s' if len(unknown) > 1 else ''} "
                     f"{', '.join(repr(k) for k in unknown)} (known: {', '.join(sorted(allowed))})")
    return table


def _text(w: _Where, where: str, value: Any, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise w.fail(where, f"must be non-empty text, not {_type_name(value)}"
                     if not isinstance(value, str) else "must not be empty")
    return value


def _names(w: _Where, where: str, value: Any) -> dict[str, str]:
    """A per-language table (``{en = "…", ar = "…"}``) or plain text (English)."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict):
        raise w.fail(where, f"must be text or a table of language -> text, not "
                     f"{_type_name(value)}")
    for lang, text in value.items():
        if not _LANG.match(lang):
            raise w.fail(where, f"{lang!r} is not a language code (such as en, ar)")
        if not isinstance(text, str):
            raise w.fail(f"{where}.{lang}", f"must be text, not {_type_name(text)}")
    return dict(value)


def _str_list(w: _Where, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise w.fail(where, "must be a list of text")
    if len(set(value)) != len(value):
        raise w.fail(where, "lists a value twice")
    return tuple(value)


def _attribute(w: _Where, where: str, raw: Any) -> Attribute:
    raw = _keys(w, where, raw, ATTRIBUTE_KEYS)
    name = _text(w, f"{where}.name", raw.get("name"))
    where = f"{where} {name!r}"
    values = _str_list(w, f"{where}.values", raw["values"]) if "values" in raw else ()
    shown = raw.get("value_display", {})
    if not isinstance(shown, dict):
        raise w.fail(f"{where}.value_display", "must be a table of value -> names")
    value_display = {}
    for value, names in shown.items():
        if value not in values:
            raise w.fail(f"{where}.value_display", f"{value!r} is not one of its values")
        value_display[value] = _names(w, f"{where}.value_display.{value}", names)
    return Attribute(name, values, _names(w, f"{where}.display", raw.get("display")),
                     value_display)


def _label(w: _Where, n: int, raw: Any) -> Label:
    where = f"label {n}"
    raw = _keys(w, where, raw, LABEL_KEYS)
    name = _text(w, f"{where}.name", raw.get("name"))
    if not _NAME.match(name):
        raise w.fail(f"{where}.name", f"{name!r} must be a code of letters, digits and _")
    where = f"label {name!r}"
    key = raw.get("key")
    if isinstance(key, int) and not isinstance(key, bool):
        key = str(key)
    if not isinstance(key, str) or len(key) != 1 or not key.isascii() or not key.isdigit():
        raise w.fail(f"{where}.key", f"must be one digit (0-9), not {key!r}")
    color = raw.get("color")
    if not isinstance(color, str) or not _COLOR.match(color):
        raise w.fail(f"{where}.color", f"must be a colour such as '#fde68a', not {color!r}")
    underline = raw.get("underline", "solid")
    if underline not in UNDERLINES:
        raise w.fail(f"{where}.underline", f"must be one of {', '.join(UNDERLINES)}")
    descriptions = _names(w, f"{where}.description", raw.get("description"))
    attrs_raw = raw.get("attributes", [])
    if not isinstance(attrs_raw, list):
        raise w.fail(f"{where}.attributes", "must be a list of tables ([[labels.attributes]])")
    attrs = tuple(_attribute(w, f"{where} attribute {i}", a)
                  for i, a in enumerate(attrs_raw, 1))
    seen = [a.name for a in attrs]
    dup = next((a for a in seen if seen.count(a) > 1), None)
    if dup:
        raise w.fail(where, f"attribute {dup!r} is listed twice")
    return Label(name, key, color, underline, descriptions.get("en", ""), attrs,
                 _names(w, f"{where}.display", raw.get("display")), descriptions)


def _relation(w: _Where, n: int, raw: Any, labels: list[str]) -> RelationType:
    where = f"relation {n}"
    raw = _keys(w, where, raw, RELATION_KEYS)
    name = _text(w, f"{where}.name", raw.get("name"))
    where = f"relation {name!r}"
    key = raw.get("key")
    if not isinstance(key, str) or len(key) != 1 or not key.isascii() or not key.isalpha():
        raise w.fail(f"{where}.key", f"must be one letter (A-Z), not {key!r}")
    head = _str_list(w, f"{where}.head", raw.get("head"))
    tail = _str_list(w, f"{where}.tail", raw.get("tail"))
    for end, names in (("head", head), ("tail", tail)):
        if not names:
            raise w.fail(f"{where}.{end}", "must name at least one label")
        for lab in names:
            if lab not in labels:
                raise w.fail(f"{where}.{end}", f"names unknown label {lab!r}")
    limit = raw.get("max_per_head")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise w.fail(f"{where}.max_per_head", f"must be a whole number ≥ 1, not {limit!r}")
    descriptions = _names(w, f"{where}.description", raw.get("description"))
    if key.upper() in RESERVED_KEYS:
        raise w.fail(f"{where}.key", f"{key!r} is a key the window uses itself "
                     f"({', '.join(sorted(RESERVED_KEYS))}): choose another letter")
    return RelationType(name, key.upper(), head, tail, limit, descriptions.get("en", ""),
                        _names(w, f"{where}.display", raw.get("display")), descriptions)


def _roles(w: _Where, raw: Any, labels: list[Label], relations: list[RelationType]) -> Roles:
    raw = _keys(w, "roles", raw, ROLE_KEYS)
    label_names = {lab.name for lab in labels}
    rel_names = {r.name for r in relations}
    given = dict(raw)
    values: dict[str, str | None] = {}
    for role in Roles.LABELS:
        name = given.get(role, DEFAULT_ROLES[role])
        if role in given:
            name = _text(w, f"roles.{role}", given[role])
            if name not in label_names:
                raise w.fail(f"roles.{role}", f"names unknown label {name!r}")
        values[role] = name if name in label_names else None
    for role in Roles.RELATIONS:
        name = given.get(role, DEFAULT_ROLES[role])
        if role in given:
            name = _text(w, f"roles.{role}", given[role])
            if name not in rel_names:
                raise w.fail(f"roles.{role}", f"names unknown relation type {name!r}")
        values[role] = name if name in rel_names else None
    actor = next((lab for lab in labels if lab.name == values["actor"]), None)
    for role in Roles.ACTOR_ATTRIBUTES:
        name = given.get(role, DEFAULT_ROLES[role])
        if role in given:
            name = _text(w, f"roles.{role}", given[role])
            if actor is None or actor.attribute(name) is None:
                raise w.fail(f"roles.{role}", f"the actor label has no attribute {name!r}")
        values[role] = name if actor is not None and actor.attribute(name) else None
    return Roles(**values)


def parse(data: dict[str, Any], source: str = "") -> Schema:
    w = _Where(source)
    data = _keys(w, "", data, TOP_KEYS)
    name = _text(w, "name", data.get("name", "schema"))
    version = data.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise w.fail("version", f"must be a whole number, not {version!r}")
    raw_labels = data.get("labels")
    if not isinstance(raw_labels, list) or not raw_labels:
        raise w.fail("labels", "a schema needs at least one label ([[labels]])")
    labels = [_label(w, n, raw) for n, raw in enumerate(raw_labels, 1)]
    for what, values in (("name", [lab.name for lab in labels]),
                         ("key", [lab.key for lab in labels])):
        dup = next((v for v in values if values.count(v) > 1), None)
        if dup is not None:
            raise w.fail("labels", f"label {what}s must be unique: {dup!r} is used twice")
    raw_rels = data.get("relations", [])
    if not isinstance(raw_rels, list):
        raise w.fail("relations", "must be a list of tables ([[relations]])")
    names = [lab.name for lab in labels]
    relations = [_relation(w, n, raw, names) for n, raw in enumerate(raw_rels, 1)]
    for what, values in (("name", [r.name for r in relations]),
                         ("key", [r.key for r in relations])):
        dup = next((v for v in values if values.count(v) > 1), None)
        if dup is not None:
            raise w.fail("relations", f"relation {what}s must be unique: {dup!r} is used twice")
    clash = set(names) & {r.name for r in relations}
    if clash:
        raise w.fail("relations", f"{sorted(clash)[0]!r} is both a label and a relation type")
    roles = _roles(w, data.get("roles", {}), labels, relations)
    return Schema(name, tuple(labels), tuple(relations), source, roles)


def loads(text: str, source: str = "") -> Schema:
    import tomllib  # here: the default schema is read from its parsed JSON (schema.load)

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"{source or 'schema'}: not valid TOML: {exc}") from None
    return parse(data, source)


__all__ = ["loads", "parse"]
