"""Reading a schema file strictly: every typo, wrong type and collision is refused with a
reason that names the file and the item, and the default schema's roles and display
names come through."""

from __future__ import annotations

import pytest

from desktop.core.schema import RESERVED_KEYS, SchemaError, load, loads
from desktop.resources import default_schema_path

GOOD = """
name = "mini"
[[labels]]
name = "CLAIM"
key = "1"
color = "#fde68a"
[[labels]]
name = "ACTOR"
key = "2"
color = "#fecaca"
  [[labels.attributes]]
  name = "canonical"
[[relations]]
name = "claimant"
key = "S"
head = ["CLAIM"]
tail = ["ACTOR"]
"""


def test_the_default_schema_has_every_role_and_arabic_names():
    schema = load(default_schema_path())
    r = schema.roles
    assert (r.timex, r.claim, r.actor, r.cue) == ("DATE", "CLAIM", "ACTOR", "CUE")
    assert (r.claimant, r.claim_date, r.event_date, r.about, r.cue_of) == (
        "claimant", "claim_date", "event_date", "about", "cue_of")
    assert (r.canonical, r.actor_type) == ("canonical", "type")
    claim = schema.label("CLAIM")
    assert claim.display_name("ar") == "ادعاء" and claim.display_name("en") == "CLAIM"
    assert claim.attribute("claim_type").value_name("denial", "ar") == "نفي"
    assert claim.attribute("claim_type").value_name("denial", "en") == "denial"
    assert claim.description.startswith("The content") and claim.description_in("ar")
    for lab in schema.labels:  # every label and relation has an Arabic name
        assert lab.display_name("ar") != lab.name
    for rel in schema.relations:
        assert rel.display_name("ar") != rel.name
        assert rel.key not in RESERVED_KEYS


def test_a_minimal_schema_gets_the_roles_it_can_fill():
    schema = loads(GOOD, "mini.toml")
    assert schema.roles.claim == "CLAIM" and schema.roles.claimant == "claimant"
    assert schema.roles.timex is None and schema.roles.actor_type is None
    assert schema.roles.canonical == "canonical"


@pytest.mark.parametrize("change, reason", [
    (("[[labels.attributes]]", "[[labels.atributes]]"), "unknown key 'atributes'"),
    (('name = "mini"', 'name = "mini"\ncolour = 1'), "unknown key 'colour'"),
    (('key = "1"', 'key = 1.5'), "label 'CLAIM'.key: must be one digit"),
    (('key = "2"', 'key = "1"'), "label keys must be unique"),
    (('name = "ACTOR"', 'name = "CLAIM"'), "label names must be unique"),
    (('key = "S"', 'key = "N"'), "key the window uses itself"),
    (('key = "S"', 'key = "SS"'), "must be one letter"),
    (('color = "#fde68a"', 'color = "yellow"'), "must be a colour"),
    (('tail = ["ACTOR"]', 'tail = ["PERSON"]'), "names unknown label 'PERSON'"),
    (('tail = ["ACTOR"]', 'tail = "ACTOR"'), "must be a list of text"),
    (('tail = ["ACTOR"]', 'tail = ["ACTOR"]\nmax_per_head = 0'), "whole number ≥ 1"),
    (('name = "claimant"', 'name = "CLAIM"'), "both a label and a relation type"),
    (('name = "mini"', 'name = "mini"\n[roles]\nclaim = "CLAMS"'), "roles.claim: names unknown label"),
    (('name = "mini"', 'name = "mini"\n[roles]\nactor_type = "type"'), "no attribute 'type'"),
    (('name = "mini"', 'name = "mini"\n[roles]\nwho = "x"'), "unknown key 'who'"),
    (('[[labels.attributes]]\n  name = "canonical"',
      '[[labels.attributes]]\n  name = "canonical"\n  [[labels.attributes]]\n  name = "canonical"'),
     "attribute 'canonical' is listed twice"),
    (('name = "mini"', 'name = "mini"\nname = "again"'), "not valid TOML"),
    (('name = "CLAIM"', 'name = "CLAIM"\ndisplay = { arabic = "x" }'), "not a language code"),
])
def test_broken_schemas_are_refused_naming_the_file(change, reason):
    old, new = change
    assert old in GOOD
    with pytest.raises(SchemaError) as err:
        loads(GOOD.replace(old, new, 1), "team.toml")
    assert str(err.value).startswith("team.toml: ")
    assert reason in str(err.value)


def test_no_labels_at_all():
    with pytest.raises(SchemaError, match="at least one label"):
        loads('name = "empty"', "e.toml")
