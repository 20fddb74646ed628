"""The label schema: the default file, keys (Arabic-Indic digits too), validation."""

import pytest

from desktop.core import schema as schema_mod
from desktop.core.model import ModelError
from desktop.resources import default_schema_path


@pytest.fixture(scope="module")
def schema():
    return schema_mod.load(default_schema_path())


def test_default_labels_and_relations(schema):
    assert schema.label_names == ["CLAIM", "ACTOR", "DATE", "CUE"]
    rels = {r.name: (r.head, r.tail) for r in schema.relations}
    assert rels == {
        "claimant": (("CLAIM",), ("ACTOR",)),
        "claim_date": (("CLAIM",), ("DATE",)),
        "event_date": (("CLAIM",), ("DATE",)),
        "about": (("CLAIM",), ("ACTOR",)),
        "cue_of": (("CUE",), ("CLAIM",)),
    }
    assert schema.relation("claimant").max_per_head == 1
    actor = schema.label("ACTOR")
    assert actor.attribute("type").values[:3] == ("person", "government", "military")
    assert not actor.attribute("canonical").closed
    # every label has a colour and a distinct non-colour cue
    assert len({lab.underline for lab in schema.labels}) == len(schema.labels)


@pytest.mark.parametrize("key, label", [("1", "CLAIM"), ("٢", "ACTOR"), ("۳", "DATE"),
                                        ("٤", "CUE"), ("9", None)])
def test_label_keys_in_any_digits(schema, key, label):
    found = schema.label_for_key(key)
    assert (found.name if found else None) == label


def test_attribute_validation(schema):
    schema.check_attrs("CLAIM", {"claim_type": "denial", "polarity": ""})
    schema.check_attrs("DATE", {"value": "2018-09-10", "mod": "END"})
    with pytest.raises(ModelError, match="cannot be 'maybe'"):
        schema.check_attrs("CLAIM", {"polarity": "maybe"})
    with pytest.raises(ModelError, match="must be a string"):
        schema.check_attrs("ACTOR", {"type": 3})
    with pytest.raises(schema_mod.SchemaError, match="unknown label"):
        schema.check_attrs("PERSON", {})


def test_relation_validation(schema):
    schema.check_relation("claimant", "CLAIM", "ACTOR")
    with pytest.raises(ModelError, match="goes from CLAIM to ACTOR"):
        schema.check_relation("claimant", "ACTOR", "CLAIM")


def test_broken_schemas_are_refused():
    with pytest.raises(schema_mod.SchemaError):
        schema_mod.loads("labels = [ {name = 'A'} ]")  # no key, no colour
    with pytest.raises(schema_mod.SchemaError, match="unique"):
        schema_mod.loads("""
[[labels]]
name = "A"
key = "1"
color = "#fff"
[[labels]]
name = "B"
key = "1"
color = "#000"
""")
    with pytest.raises(schema_mod.SchemaError, match="unknown label"):
        schema_mod.loads("""
[[labels]]
name = "A"
key = "1"
color = "#fff"
[[relations]]
name = "r"
key = "R"
head = ["A"]
tail = ["Z"]
""")


def test_the_shipped_default_schema_has_its_parsed_form_beside_it_and_current():
    """``resources/schema/default.toml.json`` (``make schema``) is what the window reads
    before its first frame; it must hold exactly the TOML's text and what tomllib
    parses of it, and the schema it gives is the one the TOML gives."""
    import json
    import tomllib

    from desktop.core.schema import load, loads
    from desktop.resources import default_schema_path

    path = default_schema_path()
    kept = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    assert kept["toml"] == text, "stale: run `make schema`"
    assert kept["parsed"] == tomllib.loads(text)
    assert load(path) == loads(text, str(path))


def test_a_stale_or_damaged_parsed_form_is_ignored(tmp_path):
    from desktop.core.schema import load, write_parsed
    from desktop.resources import default_schema_path

    path = tmp_path / "s.toml"
    path.write_text(default_schema_path().read_text(encoding="utf-8"), encoding="utf-8")
    write_parsed(path)
    assert load(path).label("CLAIM").color == "#fde68a"
    path.write_text(path.read_text(encoding="utf-8").replace('color = "#fde68a"',
                                                              'color = "#123456"', 1),
                    encoding="utf-8")
    assert load(path).label("CLAIM").color == "#123456"  # the TOML changed: read from it
    (tmp_path / "s.toml.json").write_text("{not json", encoding="utf-8")
    assert load(path).label("CLAIM").color == "#123456"
