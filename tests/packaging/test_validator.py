"""desktop.core.json_schema, the small JSON Schema validator, agrees with the jsonschema
package on the gold schema (it stands in for jsonschema in the frozen bundle), and refuses a schema that
uses a keyword it does not implement, rather than passing it silently."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.core.json_schema import SchemaUnsupported, check_schema, validate

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "resources" / "schema" / "gold.schema.json").read_text())


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict:
    """A real export record: the annotated example, exported from a project."""
    from desktop.store.exporter import export_gold
    from desktop.store.importer import import_paths
    from desktop.store.project import Project

    tmp = tmp_path_factory.mktemp("validator")
    with Project(tmp / "p.tawsim") as project:
        report = import_paths(project, [ROOT / "resources" / "examples"], fmt="gold")
        assert report.ok, report.rejected
        export_gold(project, tmp / "gold.jsonl", layer="gold", include_unreviewed=True)
    records = [json.loads(line) for line in (tmp / "gold.jsonl").read_text().splitlines()]
    record = next(r for r in records if r["spans"] and r["relations"])
    record["review"].setdefault("decisions", [])
    return record


def _reference_valid(record) -> bool:
    return jsonschema.Draft202012Validator(SCHEMA).is_valid(record)


def _mutations():
    """(name, function changing a deep copy of the example) pairs, valid and invalid."""
    def drop(key):
        return lambda r: r.pop(key)

    def set_(path, value):
        def change(r):
            obj = r
            for part in path[:-1]:
                obj = obj[part]
            obj[path[-1]] = value
        return change

    return [
        ("unchanged", lambda r: None),
        ("no review decisions", lambda r: r["review"].pop("decisions")),
        ("no id", drop("id")),
        ("no spans", drop("spans")),
        ("extra top-level key", set_(["extra"], 1)),
        ("empty id", set_(["id"], "")),
        ("sha256 upper case", set_(["text_sha256"], "A" * 64)),
        ("sha256 short", set_(["text_sha256"], "a" * 63)),
        ("offset unit", set_(["offset_unit"], "utf16")),
        ("schema tag", set_(["schema"], "tawsim-gold/2")),
        ("meta not an object", set_(["meta"], [])),
        ("meta source null", set_(["meta", "source"], None)),
        ("meta source number", set_(["meta", "source"], 3)),
        ("meta extra key", set_(["meta", "anything"], {"x": 1})),
        ("span start negative", set_(["spans", 0, "start"], -1)),
        ("span start bool", set_(["spans", 0, "start"], True)),
        ("span start float", set_(["spans", 0, "start"], 2.5)),
        ("span start integral float", set_(["spans", 0, "start"], 2.0)),
        ("span end zero", set_(["spans", 0, "end"], 0)),
        ("span extra key", set_(["spans", 0, "score"], 0.9)),
        ("span attrs list", set_(["spans", 0, "attrs"], [])),
        ("span label empty", set_(["spans", 0, "label"], "")),
        ("span not an object", set_(["spans", 0], "span")),
        ("relation missing tail", lambda r: r["relations"][0].pop("tail")),
        ("review status", set_(["review", "status"], "maybe")),
        ("review annotators not strings", set_(["review", "annotators"], [1])),
        ("review decisions missing who", set_(["review", "decisions"], [{"action": "a",
                                                                          "at": "t"}])),
        ("review decision detail anything", set_(["review", "decisions"], [
            {"who": "w", "action": "a", "at": "t", "detail": [1, {"x": None}]}])),
        ("title null", set_(["title"], None)),
    ]


@pytest.mark.parametrize(("name", "change"), _mutations(), ids=[m[0] for m in _mutations()])
def test_agrees_with_jsonschema(exported, name, change):
    record = copy.deepcopy(exported)
    change(record)
    errors = validate(record, SCHEMA)
    assert (errors == []) == _reference_valid(record), errors


def test_the_gold_schema_is_fully_supported():
    check_schema(SCHEMA)  # raises if gold.schema.json grows a keyword validate() lacks


@pytest.mark.parametrize("keyword", ["oneOf", "$ref", "allOf", "format", "patternProperties"])
def test_unknown_keywords_are_refused(keyword):
    schema = {"type": "object", "properties": {"a": {keyword: []}}}
    with pytest.raises(SchemaUnsupported):
        check_schema(schema)
    with pytest.raises(SchemaUnsupported):
        validate({"a": 1}, schema)


def test_a_real_export_is_valid(exported):
    assert validate(exported, SCHEMA) == []
    assert _reference_valid(exported)
