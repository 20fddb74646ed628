"""The label schema: labels with their keys, colours and attributes; relation types.

Read from TOML (``resources/schema/default.toml`` or a project's own). Validation of
spans and relations against the schema lives here too, so every entry point (import,
window, review) applies the same rules.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.model import ModelError

UNDERLINES = ("solid", "dash", "dot", "wave", "double")


class SchemaError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Attribute:
    name: str
    values: tuple[str, ...] = ()  # empty: a free value

    @property
    def closed(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    key: str
    color: str
    underline: str
    description: str = ""
    attributes: tuple[Attribute, ...] = ()

    def attribute(self, name: str) -> Attribute | None:
        for a in self.attributes:
            if a.name == name:
                return a
        return None


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str
    key: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    max_per_head: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class Schema:
    name: str
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...]
    source: str = field(default="", compare=False)

    # ------------------------------------------------------------------ lookups
    def label(self, name: str) -> Label:
        for lab in self.labels:
            if lab.name == name:
                return lab
        raise SchemaError(f"unknown label {name!r} (known: {', '.join(self.label_names)})")

    def has_label(self, name: str) -> bool:
        return any(lab.name == name for lab in self.labels)

    @property
    def label_names(self) -> list[str]:
        return [lab.name for lab in self.labels]

    def label_for_key(self, key: str) -> Label | None:
        """The label whose key is ``key``; Arabic-Indic and Extended digits count too."""
        key = _ascii_digit(key)
        for lab in self.labels:
            if lab.key == key:
                return lab
        return None

    def relation(self, name: str) -> RelationType:
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise SchemaError(f"unknown relation type {name!r}")

    def has_relation(self, name: str) -> bool:
        return any(r.name == name for r in self.relations)

    # ------------------------------------------------------------------ validation
    def check_attrs(self, label: str, attrs: dict[str, Any]) -> None:
        lab = self.label(label)
        if not isinstance(attrs, dict):
            raise ModelError("attrs must be an object")
        for key, value in attrs.items():
            att = lab.attribute(key)
            if att is None:
                # unknown attributes are kept (projects evolve); only type is checked
                if not isinstance(value, (str, int, float, bool, type(None))):
                    raise ModelError(f"attribute {key!r} must be a scalar")
                continue
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                raise ModelError(f"attribute {key!r} of {label} must be a string")
            if att.closed and value not in att.values:
                raise ModelError(
                    f"attribute {key!r} of {label} cannot be {value!r} "
                    f"(one of: {', '.join(v for v in att.values if v)})"
                )

    def check_relation(self, type_: str, head_label: str, tail_label: str) -> None:
        rel = self.relation(type_)
        if head_label not in rel.head or tail_label not in rel.tail:
            raise ModelError(
                f"a {type_} relation goes from {'/'.join(rel.head)} to {'/'.join(rel.tail)}, "
                f"not from {head_label} to {tail_label}"
            )


_ARABIC_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}


def _ascii_digit(key: str) -> str:
    return "".join(_ARABIC_DIGITS.get(c, c) for c in key)


def parse(data: dict[str, Any], source: str = "") -> Schema:
    try:
        labels = []
        for raw in data["labels"]:
            underline = raw.get("underline", "solid")
            if underline not in UNDERLINES:
                raise SchemaError(f"label {raw['name']}: underline must be one of {UNDERLINES}")
            attrs = tuple(
                Attribute(a["name"], tuple(a.get("values", ()))) for a in raw.get("attributes", ())
            )
            labels.append(
                Label(raw["name"], str(raw["key"]), raw["color"], underline,
                      raw.get("description", ""), attrs)
            )
        relations = tuple(
            RelationType(r["name"], r["key"], tuple(r["head"]), tuple(r["tail"]),
                         r.get("max_per_head"), r.get("description", ""))
            for r in data.get("relations", ())
        )
    except (KeyError, TypeError) as exc:
        raise SchemaError(f"{source or 'schema'}: missing or malformed field {exc}") from None
    names = [lab.name for lab in labels]
    if len(set(names)) != len(names):
        raise SchemaError("label names must be unique")
    keys = [lab.key for lab in labels]
    if len(set(keys)) != len(keys):
        raise SchemaError("label keys must be unique")
    for rel in relations:
        for lab in rel.head + rel.tail:
            if lab not in names:
                raise SchemaError(f"relation {rel.name} names unknown label {lab}")
    return Schema(data.get("name", "schema"), tuple(labels), relations, source)


def loads(text: str, source: str = "") -> Schema:
    try:
        return parse(tomllib.loads(text), source)
    except tomllib.TOMLDecodeError as exc:
        raise SchemaError(f"{source or 'schema'}: {exc}") from None


def load(path: str | Path) -> Schema:
    path = Path(path)
    return loads(path.read_text(encoding="utf-8"), str(path))
