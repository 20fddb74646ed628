"""Gazetteer files: name,canonical,type lines, a header optional, each bad line refused
with its reason and the good ones kept; their names proposed like tagged mentions."""

from __future__ import annotations

from desktop.core.analysis.gazetteer import GazetteerEntry, index_of, key_of, parse
from desktop.core.analysis.propagation import DocumentIndex, propose
from desktop.core.model import Span

TYPES = ("person", "government", "military", "armed_group", "state", "organization",
         "media", "other")


def test_with_or_without_a_bom_or_a_header():
    body = "بغداد,العراق,state\nداعش,تنظيم الدولة الإسلامية,armed_group\n"
    for data in (body.encode(), ("\ufeff" + body).encode(),
                 ("name,canonical,type\r\n" + body).encode(),
                 ("Name, Canonical, Type\n" + body).encode("utf-16")):
        entries, errors = parse(data, types=TYPES)
        assert errors == []
        assert [(e.name, e.canonical, e.type) for e in entries] == [
            ("بغداد", "العراق", "state"), ("داعش", "تنظيم الدولة الإسلامية", "armed_group")]


def test_canonical_and_type_may_be_empty_quotes_are_rfc4180():
    data = ('قسد\n"وزارة الدفاع، العراقية",,government\n'
            '"حزب ""الدعوة""",حزب الدعوة الإسلامية\n').encode()
    entries, errors = parse(data, types=TYPES)
    assert errors == []
    assert [(e.name, e.canonical, e.type, e.line) for e in entries] == [
        ("قسد", "قسد", "", 1), ("وزارة الدفاع، العراقية", "وزارة الدفاع، العراقية", "government", 2),
        ('حزب "الدعوة"', "حزب الدعوة الإسلامية", "", 3)]


def test_bad_lines_are_refused_with_their_line_and_reason():
    data = ("name,canonical,type\n"
            "بغداد,العراق,state\n"
            ",العراق,state\n"  # 3
            "واشنطن,الولايات المتحدة,planet\n"  # 4
            "أ,ب,state\n"  # 5
            "داعش,تنظيم الدولة الإسلامية,armed_group,extra\n"  # 6
            "\n"
            "بغداد,بغداد,state\n"  # 8: the same name again, another canonical
            "بَغداد,العراق,state\n"  # 9: the same again, the same entry: no harm
            "name,canonical,type\n"  # 10: a header only on the first line
            ).encode()
    entries, errors = parse(data, types=TYPES)
    assert [e.name for e in entries] == ["بغداد"]
    assert [(e.line, e.reason.split(" (")[0]) for e in errors] == [
        (3, "the name is empty"),
        (4, "type 'planet' is not an ACTOR type"),
        (5, "the name 'أ' is too short to look for"),
        (6, "4 fields; a line is name,canonical,type"),
        (8, "the name 'بغداد' is on line 2 already, as 'العراق'"),
        (10, "type 'type' is not an ACTOR type"),
    ]


def test_undecodable_and_unterminated_files():
    entries, errors = parse("بغداد,العراق\n".encode("cp1256"))
    assert entries == [] and errors[0].line == 1 and "UTF-8" in errors[0].reason
    entries, errors = parse('بغداد,العراق\n"داعش,x\n'.encode())
    assert [e.name for e in entries] == ["بغداد"]
    assert len(errors) == 1 and errors[0].line >= 2


def test_keys_fold_and_proposals_say_gazetteer():
    assert key_of("بَغداد  ") == key_of("بغداد") and key_of("إيران") == key_of("ايران")
    ix = index_of([GazetteerEntry("بغداد", "العراق", "state"),
                   GazetteerEntry("تنظيم الدولة الإسلامية", "تنظيم الدولة الإسلامية",
                                  "armed_group")])
    text = "قالت بغداد إن تنظيم الدولة الإسلامية ولتنظيم الدولة الإسلامية في بغداد."
    got = propose(DocumentIndex(text), ix, [])
    assert [(p.text, p.source, p.attrs["canonical"]) for p in got] == [
        ("بغداد", "gazetteer", "العراق"),
        ("تنظيم الدولة الإسلامية", "gazetteer", "تنظيم الدولة الإسلامية"),
        ("تنظيم الدولة الإسلامية", "gazetteer", "تنظيم الدولة الإسلامية"),
    ]  # «في بغداد»: a state as a place is not proposed
    tagged = Span.on(text, doc_id="d", layer="a", label="ACTOR", start=5, end=10)
    assert [p.text for p in propose(DocumentIndex(text), ix, [tagged])][0] != "بغداد"


def test_a_tagged_actors_other_names_in_the_gazetteer_take_its_canonical_name():
    from desktop.core.analysis.gazetteer import linked_names
    from desktop.core.analysis.propagation import NameIndex, mention_names

    entries, _ = parse(("جبهة النصرة,هيئة تحرير الشام,armed_group\n"
                        "هيئة تحرير الشام,هيئة تحرير الشام,armed_group\n"
                        "تحرير الشام,هيئة تحرير الشام,armed_group\n"
                        "بغداد,العراق,state\n").encode(), types=TYPES)
    gazetteer = index_of(entries)
    text = "قالت جبهة النصرة إن هيئة تحرير الشام باقية، وإن تحرير الشام قوية في بغداد."
    at = text.index("جبهة النصرة")
    nusra = Span.on(text, doc_id="d", layer="amal", label="ACTOR", start=at,
                    end=at + len("جبهة النصرة"),
                    attrs={"canonical": "النصرة", "type": "armed_group"})
    linked = linked_names(gazetteer, [nusra])
    assert sorted(" ".join(n.tokens) for n in linked) == ["تحرير الشام", "هيئه تحرير الشام"]
    assert {n.canonical for n in linked} == {"النصرة"}
    # the window's order: the tagged actor's names (with the linked ones) before the
    # gazetteer's own, which keep their canonical name elsewhere
    names = NameIndex.merged(NameIndex(mention_names([nusra]) + linked), gazetteer)
    got = propose(DocumentIndex(text), names, [nusra])
    assert [(p.text, p.attrs["canonical"], p.source) for p in got] == [
        ("هيئة تحرير الشام", "النصرة", "mention"), ("تحرير الشام", "النصرة", "mention")]
    # an actor the gazetteer does not know links nothing
    other = Span.on(text, doc_id="d", layer="amal", label="ACTOR", start=0, end=4,
                    attrs={"canonical": "قالت"})
    assert linked_names(gazetteer, [other]) == []
