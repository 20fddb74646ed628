"""The label schema: labels with their keys, colours and attributes; relation types; the
roles the program relies on; display names per language.

Read from TOML (``resources/schema/default.toml`` or a project's own) by
``desktop.core.schema_file``, which refuses any key, type or collision it does not know.
Validation of spans and relations against the schema lives here too, so every entry point
(import, window, review) applies the same rules.

**Roles** name the labels, relations and attributes the program itself relies on (the
timex label the date tagger fills, the claim label and its claimant relation for the
checks before "done", the actor's canonical attribute for the actor index), so no code
outside the schema spells ``"DATE"`` or ``"claimant"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message
from desktop.core.model import ModelError

UNDERLINES = ("solid", "dash", "dot", "wave", "double")

# Bare keys the window reads itself (date and mention suggestions N/P/Y/X, review J/K/G/R/V):
# a relation key may not be one of them (desktop/ui/shell/action_table.py keeps to this).
RESERVED_KEYS = frozenset("NPYXJKGRV")


class SchemaError(ValueError):
    pass


def _localised(names: dict[str, str], lang: str | None, fallback: str) -> str:
    if lang and names.get(lang):
        return names[lang]
    return names.get("en") or fallback


@dataclass(frozen=True, slots=True)
class Attribute:
    """An attribute of a label: a closed list of ``values``, or a free value."""

    name: str
    values: tuple[str, ...] = ()  # empty: a free value
    display: dict[str, str] = field(default_factory=dict, compare=False)
    value_display: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)

    @property
    def closed(self) -> bool:
        return bool(self.values)

    def display_name(self, lang: str | None = None) -> str:
        return _localised(self.display, lang, self.name)

    def value_name(self, value: str, lang: str | None = None) -> str:
        """How a value reads in ``lang`` (the value itself where no name is given)."""
        return _localised(self.value_display.get(value, {}), lang, value)


@dataclass(frozen=True, slots=True)
class Label:
    """A label: its name, its key (a digit), its colour and underline (the second,
    non-colour cue), its description and its attributes."""

    name: str
    key: str
    color: str
    underline: str
    description: str = ""
    attributes: tuple[Attribute, ...] = ()
    display: dict[str, str] = field(default_factory=dict, compare=False)
    descriptions: dict[str, str] = field(default_factory=dict, compare=False)

    def attribute(self, name: str) -> Attribute | None:
        for a in self.attributes:
            if a.name == name:
                return a
        return None

    def display_name(self, lang: str | None = None) -> str:
        """The label as a user reads it (``CLAIM`` -> "claim" / "ادعاء"); exports keep
        ``name``."""
        return _localised(self.display, lang, self.name)

    def description_in(self, lang: str | None = None) -> str:
        return _localised(self.descriptions, lang, self.description)


@dataclass(frozen=True, slots=True)
class RelationType:
    """A relation type: its key (a letter), the labels its head and tail may have, and
    how many of it one head may have (None: any number)."""

    name: str
    key: str
    head: tuple[str, ...]
    tail: tuple[str, ...]
    max_per_head: int | None = None
    description: str = ""
    display: dict[str, str] = field(default_factory=dict, compare=False)
    descriptions: dict[str, str] = field(default_factory=dict, compare=False)

    def display_name(self, lang: str | None = None) -> str:
        return _localised(self.display, lang, self.name)

    def description_in(self, lang: str | None = None) -> str:
        return _localised(self.descriptions, lang, self.description)


@dataclass(frozen=True, slots=True)
class Roles:
    """Which label, relation or attribute plays each part the program relies on (None:
    this schema has none, and the feature that needs it rests)."""

    timex: str | None = None  # the label the date tagger fills (DATE)
    claim: str | None = None  # CLAIM
    actor: str | None = None  # ACTOR
    cue: str | None = None  # CUE
    claimant: str | None = None  # claim -> actor: who makes the claim
    claim_date: str | None = None  # claim -> timex: when it was made
    event_date: str | None = None  # claim -> timex: when what it reports happened
    about: str | None = None  # claim -> actor: whom it is about
    cue_of: str | None = None  # cue -> claim
    canonical: str | None = None  # the actor attribute naming variant mentions as one
    actor_type: str | None = None  # the actor attribute giving its type

    LABELS = ("timex", "claim", "actor", "cue")
    RELATIONS = ("claimant", "claim_date", "event_date", "about", "cue_of")
    ACTOR_ATTRIBUTES = ("canonical", "actor_type")


# the roles of the default schema: a schema that names none gets these where they fit
DEFAULT_ROLES = {"timex": "DATE", "claim": "CLAIM", "actor": "ACTOR", "cue": "CUE",
                 "claimant": "claimant", "claim_date": "claim_date",
                 "event_date": "event_date", "about": "about", "cue_of": "cue_of",
                 "canonical": "canonical", "actor_type": "type"}


@dataclass(frozen=True, slots=True)
class Schema:
    """A label schema: its labels, its relation types and the roles they play."""

    name: str
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...]
    source: str = field(default="", compare=False)
    roles: Roles = field(default_factory=Roles, compare=False)

    # ------------------------------------------------------------------ lookups
    def label(self, name: str) -> Label:
        for lab in self.labels:
            if lab.name == name:
                return lab
        raise SchemaError(f"unknown label {name!r} (known: {', '.join(self.label_names)})")

    def has_label(self, name: str | None) -> bool:
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

    def has_relation(self, name: str | None) -> bool:
        return any(r.name == name for r in self.relations)

    def relation_for_key(self, letter: str) -> RelationType | None:
        return next((r for r in self.relations if r.key.upper() == letter.upper()), None)

    def display_name(self, name: str, lang: str | None = None) -> str:
        """A label's or relation type's name as a user reads it."""
        for item in (*self.labels, *self.relations):
            if item.name == name:
                return item.display_name(lang)
        return name

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
                raise ModelError.said(Message("Errors", QT_TRANSLATE_NOOP(
                    "Errors", "attribute '{name}' of {label} cannot be '{value}' (one of: "
                    "{values})"), {"name": key, "label": label, "value": value,
                                   "values": ", ".join(v for v in att.values if v)}))

    def check_relation(self, type_: str, head_label: str, tail_label: str) -> None:
        rel = self.relation(type_)
        if head_label not in rel.head or tail_label not in rel.tail:
            raise ModelError.said(Message("Errors", QT_TRANSLATE_NOOP(
                "Errors", "a {relation} relation goes from {heads} to {tails}, not from "
                "{head} to {tail}"), {"relation": type_, "heads": "/".join(rel.head),
                                      "tails": "/".join(rel.tail), "head": head_label,
                                      "tail": tail_label}))


_ARABIC_DIGITS = {chr(0x0660 + d): str(d) for d in range(10)} | {
    chr(0x06F0 + d): str(d) for d in range(10)
}


def _ascii_digit(key: str) -> str:
    return "".join(_ARABIC_DIGITS.get(c, c) for c in key)


def parse(data: dict[str, Any], source: str = "") -> Schema:
    """A schema from parsed TOML, every key and type checked (``schema_file``)."""
    from desktop.core.schema_file import parse as parse_file

    return parse_file(data, source)


def loads(text: str, source: str = "") -> Schema:
    from desktop.core.schema_file import loads as loads_file

    return loads_file(text, source)


def load(path: str | Path) -> Schema:
    """The schema file at ``path``. When ``path + ".json"`` holds what ``tomllib``
    parses of exactly this text (``write_parsed``), that is read instead: every window
    opens the default schema before its first frame, and ``tomllib`` costs about 11 ms
    to import and parse against 0.1 ms for the JSON. Any difference in the text, or no
    such file, and the TOML is parsed as always; the checks are the same either way."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    parsed = _parsed_beside(path, text)
    if parsed is not None:
        return parse(parsed, str(path))
    return loads(text, str(path))


def _parsed_beside(path: Path, text: str) -> dict[str, Any] | None:
    import json

    try:
        kept = json.loads(Path(f"{path}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("toml") != text:
        return None
    data = kept.get("parsed")
    return data if isinstance(data, dict) else None


def write_parsed(path: str | Path) -> Path:
    """Write ``path + ".json"``: the schema file's text and what ``tomllib`` parses of
    it (``make schema``; a test checks the shipped one is current)."""
    import json
    import tomllib

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    out = Path(f"{path}.json")
    out.write_text(json.dumps({"toml": text, "parsed": tomllib.loads(text)},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
