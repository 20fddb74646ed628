"""Nominal mentions of a tagged actor (its head noun again: «التنظيم», «تلك القوات»,
«تحالف دولي»), proposed with its canonical name and type, after it is first named, only
where exactly one tagged actor fits, never inside a longer word, a proclitic outside."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.analysis.anaphora import actors_of, key, nisba
from desktop.core.analysis.propagation import PROCLITICS, propose_mentions
from desktop.core.folding import fold_string
from desktop.core.model import Span
from tests.core.analysis.helpers import tag, texts

ISIS = "تنظيم الدولة الإسلامية"


def test_the_definite_head_a_demonstrative_or_a_proclitic_after_the_actor_is_named():
    text = ("قال التنظيم أمس شيئا. ثم هاجم تنظيم داعش المدينة، وأعلن التنظيم ذلك، وقال "
            "هذا التنظيم إن للتنظيم وللتنظيم وبالتنظيم مقاتلين، لكن التنظيمات الأخرى لا.")
    isis = tag(text, "تنظيم داعش", type="armed_group", canonical=ISIS)
    got = propose_mentions(text, [isis], isis)
    # not the «التنظيم» before it is named; not inside «التنظيمات»
    assert texts(text, got) == ["التنظيم", "هذا التنظيم", "لتنظيم", "لتنظيم", "التنظيم"]
    assert [text[p.start - 2:p.start] for p in got[2:]] == [" ل", "ول", "وب"]
    assert all(p.attrs == {"canonical": ISIS, "type": "armed_group"} for p in got)


def test_heads_come_from_the_canonical_name_too():
    text = "هاجم داعش المدينة، وقال التنظيم إنه باق."
    isis = tag(text, "داعش", type="armed_group", canonical=ISIS)
    assert texts(text, propose_mentions(text, [isis], isis)) == ["التنظيم"]
    # without a canonical name «داعش» has no head noun
    bare = tag(text, "داعش", type="armed_group")
    assert propose_mentions(text, [bare], bare) == []


def test_two_actors_with_the_same_head_propose_nothing_for_it():
    text = ("تقدمت قوات سوريا الديمقراطية، وقصفت قوات الحشد الشعبي المنطقة، "
            "ثم انسحبت تلك القوات وقالت القوات إنها باقية.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    pmf = tag(text, "قوات الحشد الشعبي", type="armed_group")
    assert propose_mentions(text, [sdf, pmf], sdf) == []
    # with one of them tagged only, its nominal mentions are proposed
    got = propose_mentions(text, [sdf], sdf)
    assert texts(text, got) == ["تلك القوات", "القوات"]


def test_two_actors_with_the_same_head_one_named_just_before():
    """A definite description points back to what was just said: when only one of the
    actors that fit is named in its paragraph or the one before, it is that one."""
    text = ("قصفت قوات الحشد الشعبي المنطقة.\n\nقال المرصد إن المعارك مستمرة.\n\n"
            "وتقدمت قوات سوريا الديمقراطية نحو البلدة.\n\nوتمكنت تلك القوات من السيطرة."
            "\n\nوقالت القوات إنها باقية.")
    pmf = tag(text, "قوات الحشد الشعبي", type="armed_group", canonical="الحشد الشعبي")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    got = propose_mentions(text, [pmf, sdf], sdf)
    # «القوات» of the last paragraph: neither is named in it or the one before
    assert texts(text, got) == ["تلك القوات"]
    assert got[0].attrs["canonical"] == sdf.text
    assert propose_mentions(text, [pmf, sdf], pmf) == []


def test_compatible_modifiers_only():
    text = ("أعلنت الفصائل العراقية المسلحة الموالية لإيران ذلك، وهاجمت الفصائل المسلحة "
            "قواعد، ثم قالت الفصائل الفلسطينية إنها لا، والفصائل التي هاجمت انسحبت، "
            "وأعلنت الفصائل المسلحة الموالية لإيران مسؤوليتها.")
    factions = tag(text, "الفصائل العراقية المسلحة الموالية لإيران", type="armed_group")
    got = propose_mentions(text, [factions], factions)
    # «الفصائل الفلسطينية» is another description; a relative pronoun is no modifier;
    # the phrase takes in the actor's own words that follow its head
    assert texts(text, got) == ["الفصائل المسلحة", "الفصائل",
                                "الفصائل المسلحة الموالية لإيران"]
    assert all(p.attrs["canonical"] == factions.text for p in got)


def test_an_indefinite_head_needs_a_word_of_the_actor():
    text = ("أعلن التحالف الدولي بدء العملية، وقال إن تحالف دولي سيقاتل، وإن تحالف جديد "
            "لن يقوم، ثم قصفت قوات النظام السوري المدينة وتقدمت قوات النظام وقوات أخرى.")
    coalition = tag(text, "التحالف الدولي", type="military")
    assert texts(text, propose_mentions(text, [coalition], coalition)) == ["تحالف دولي"]
    army = tag(text, "قوات النظام السوري", type="military")
    assert texts(text, propose_mentions(text, [army], army)) == ["قوات النظام"]


def test_persons_have_no_head_noun_and_pronouns_are_no_source():
    text = ("قال وزير الخارجية الأميركي مايك بومبيو إن وزير الخارجية العراقي سيزور، "
            "وقال الوزير إن ذلك مهم.")
    pompeo = tag(text, "وزير الخارجية الأميركي مايك بومبيو", type="person",
                 canonical="مايك بومبيو")
    assert propose_mentions(text, [pompeo], pompeo) == []
    text2 = "قالت الحركة إن الحركة باقية."
    it = tag(text2, "الحركة", mention="pronoun")
    assert propose_mentions(text2, [it], it) == []


def test_a_state_actors_head_in_a_place_phrase_is_a_place():
    text = ("أعلنت المملكة العربية السعودية ذلك، وقالت المملكة إن الوفد في المملكة "
            "وبالمملكة الآن.")
    ksa = tag(text, "المملكة العربية السعودية", type="state")
    got = propose_mentions(text, [ksa], ksa)
    assert texts(text, got) == ["المملكة"]
    assert got[0].start == text.index("المملكة إن")


def test_a_tagged_nominal_mention_is_not_proposed_again():
    text = "هاجم تنظيم داعش المدينة، وقال التنظيم إن التنظيم باق."
    isis = tag(text, "تنظيم داعش", type="armed_group", canonical=ISIS)
    nominal = tag(text, "التنظيم", type="armed_group", canonical=ISIS, mention="nominal")
    got = propose_mentions(text, [isis, nominal], isis)
    assert [p.start for p in got] == [text.rindex("التنظيم")]


def test_a_states_government_by_its_nisba_adjective():
    text = ("قال العراق إن الحكومة العراقية والسلطات العراقية ترفض، لكن الحكومة السورية "
            "والحكومة لا، والحكومة العراقية الجديدة شيء آخر.")
    iraq = tag(text, "العراق", type="state")
    got = propose_mentions(text, [iraq], iraq)
    # never the bare noun, another state's adjective, or with a definite word not its own
    assert texts(text, got) == ["الحكومة العراقية", "السلطات العراقية"]
    assert all(p.attrs == {"canonical": "العراق", "type": "state"} for p in got)
    assert [nisba(fold_string(w)) for w in ("العراق", "سوريا", "سورية", "إيران",
                                            "السعودية", "لبنان", "تركيا", "فرنسا")] == [
        "عراقي", "سوري", "سوري", "ايراني", "سعودي", "لبناني", "تركي", "فرنسي"]
    # a person, an organisation: no nisba
    person = tag(text, "العراق", type="person")
    assert propose_mentions(text, [person], person) == []


def test_a_mention_tagged_after_lam_lam_keeps_its_head():
    text = "صدر بيان للحكومة العراقية أمس، وقالت الحكومة إنها مستعدة."
    at = text.index("لحكومة")
    gov = Span.on(text, doc_id="d", layer="amal", label="ACTOR", start=at,
                  end=at + len("لحكومة العراقية"), attrs={"type": "government",
                                                           "canonical": "العراق"})
    assert actors_of([gov], text)["العراق"].heads >= {"حكوم"}
    assert texts(text, propose_mentions(text, [gov], gov)) == ["الحكومة"]


def test_actors_key_heads_and_words():
    assert key(fold_string("الدولية")) == key(fold_string("دولي")) == "دولي"
    assert key(fold_string("القوات")) == "قوات" and key(fold_string("التي")) == "التي"
    text = "قال تلك القوات وقال داعش."
    spans = [tag(text, "تلك القوات", type="armed_group", canonical="قوات سوريا الديمقراطية"),
             tag(text, "داعش", type="armed_group", canonical=ISIS),
             tag(text, "قال", type="person", canonical="مايك بومبيو")]
    actors = actors_of(spans)
    assert actors["قوات سوريا الديمقراطية"].heads == {"قوات"}  # the demonstrative out
    assert actors[ISIS].heads == {"تنظيم"} and "داعش" in actors[ISIS].words
    assert actors["مايك بومبيو"].heads == set()


# ------------------------------------------------------------------ properties
ACTORS = [("تنظيم داعش", ISIS, "armed_group"),
          ("التحالف الدولي", "التحالف الدولي ضد داعش", "military"),
          ("قوات سوريا الديمقراطية", "قوات سوريا الديمقراطية", "armed_group"),
          ("الفصائل العراقية المسلحة", "الفصائل العراقية المسلحة", "armed_group")]
FORMS = {  # nominal forms of each actor, as written, and the span they should give
    0: [("التنظيم", "التنظيم"), ("هذا التنظيم", "هذا التنظيم"), ("للتنظيم", "لتنظيم"),
        ("وهذا التنظيم", "هذا التنظيم"), ("بالتنظيم", "التنظيم")],
    1: [("التحالف", "التحالف"), ("تحالف دولي", "تحالف دولي"), ("للتحالف الدولي", "لتحالف الدولي"),
        ("وذلك التحالف", "ذلك التحالف")],
    2: [("القوات", "القوات"), ("تلك القوات", "تلك القوات"), ("فالقوات", "القوات")],
    3: [("الفصائل", "الفصائل"), ("الفصائل المسلحة", "الفصائل المسلحة"),
        ("والفصائل العراقية", "الفصائل العراقية")],
}
FILLER = ["قال", "إن", "هجوم", "2018", "،", ".", "التنظيمات", "القواتي", "الذي", "👍🏽"]


@st.composite
def documents(draw):
    n = draw(st.integers(0, len(ACTORS) - 1))
    name, canon, type_ = ACTORS[n]
    pieces = [draw(st.sampled_from(FILLER)) for _ in range(draw(st.integers(0, 3)))]
    pieces.append(name)
    first = len(" ".join(pieces)) - len(name)
    expected = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            written, span = draw(st.sampled_from(FORMS[n]))
            # the span ends the written form (a proclitic, if any, is before it)
            at = len(" ".join(pieces)) + 1 + (len(written) - len(span))
            expected.append((at, span))
            pieces += [written, "قال"]  # a definite word right after would be a modifier
        else:
            pieces.append(draw(st.sampled_from(FILLER)))
    pieces.append("قال")
    return " ".join(pieces), (first, first + len(name)), canon, type_, expected


@settings(max_examples=300, deadline=None)
@given(documents())
def test_nominal_proposals_are_exact_word_bounded_and_after_the_actor(doc):
    text, (s, e), canon, type_, expected = doc
    tagged = Span.on(text, doc_id="d", layer="amal", label="ACTOR", start=s, end=e,
                     attrs={"type": type_, "canonical": canon})
    got = propose_mentions(text, [tagged], tagged)
    for p in got:
        assert text[p.start:p.end] == p.text
        assert p.start >= e, "a nominal mention comes after its actor is named"
        after = text[p.end:p.end + 1]
        assert not after or not after.isalnum(), "never inside a longer word"
        word_start = p.start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        assert fold_string(text[word_start:p.start]) in ("", *PROCLITICS), "clitics out"
        assert p.attrs == {"canonical": canon, "type": type_}
    assert [(p.start, p.text) for p in got] == expected
    assert all(re.fullmatch(r"[\w ]+", p.text) for p in got)


def test_an_armed_groups_type_nouns_with_a_demonstrative_or_a_descriptor():
    text = ("هاجم داعش القرية، وفرت هذه العصابات بعد ساعة، ثم عادت العصابات الإرهابية "
            "ليلا، لكن العصابات هربت ومقاتلو عصابات داعش قتلوا.")
    isis = tag(text, "داعش", type="armed_group", canonical=ISIS)
    got = propose_mentions(text, [isis], isis)
    # the bare «العصابات» needs a demonstrative or a word of the actor's after it; in
    # «عصابات داعش» the gangs stay out and the group's name is proposed
    assert texts(text, got) == ["هذه العصابات", "العصابات الإرهابية", "داعش"]
    assert all(p.attrs == {"canonical": ISIS, "type": "armed_group"} for p in got)


def test_a_type_noun_is_not_used_where_an_actor_has_it_as_its_own_head():
    text = ("قاتلت جماعة أنصار السنة داعش، وقالت هذه الجماعة إنها انتصرت.")
    ansar = tag(text, "جماعة أنصار السنة", type="armed_group")
    isis = tag(text, "داعش", type="armed_group", canonical=ISIS)
    # «الجماعة» is the head of «جماعة أنصار السنة»: not داعش's type noun as well
    assert texts(text, propose_mentions(text, [ansar, isis], isis)) == []
    assert texts(text, propose_mentions(text, [ansar, isis], ansar)) == ["هذه الجماعة"]


def test_an_armys_type_noun_with_its_own_adjective():
    text = ("تقدمت قوات النظام السوري شمالا، وقصف الجيش السوري المدينة، ثم انسحب الجيش "
            "التركي، وقال الجيش إن المعركة انتهت.")
    army = tag(text, "قوات النظام السوري", type="military")
    got = propose_mentions(text, [army], army)
    # «الجيش التركي» is another army, the bare «الجيش» is not proposed
    assert texts(text, got) == ["الجيش السوري"]


def test_a_definite_noun_after_the_phrase_begins_another_phrase():
    text = ("قاتلت مليشيا الحشد الشعبي هناك، وقدمت هذه المليشيا الدعم للجيش، وقالت "
            "المليشيا الإيرانية إنها لن تنسحب.")
    pmf = tag(text, "مليشيا الحشد الشعبي", type="armed_group", canonical="الحشد الشعبي")
    # «الدعم» is the object, no modifier; «الإيرانية» is an adjective not the actor's
    assert texts(text, propose_mentions(text, [pmf], pmf)) == ["هذه المليشيا"]


def test_an_indefinite_head_before_another_head_of_the_actor_is_one_phrase():
    text = "انتشرت قوات التحالف الدولي، ثم انسحبت قوات التحالف من القاعدة."
    coalition = tag(text, "قوات التحالف الدولي", type="military")
    assert texts(text, propose_mentions(text, [coalition], coalition)) == ["قوات التحالف"]


def test_a_demonstrative_may_point_at_an_actor_of_the_type_without_that_head():
    text = ("انتشرت قوات فرنسية في الشمال، وتدربت قوات الشرطة المحلية.\n\n"
            "مرت أسابيع هادئة.\n\n"
            "وأعلن التحالف الأوروبي خطته، وقالت الحكومة إن هذه القوات ستبقى.")
    french = tag(text, "قوات فرنسية", type="military", canonical="القوات الفرنسية")
    police = tag(text, "قوات الشرطة المحلية", type="military")
    coalition = tag(text, "التحالف الأوروبي", type="military")
    spans = [french, police, coalition]
    # neither force with «قوات» of its own is named near: the coalition just named is
    got = propose_mentions(text, spans, coalition)
    assert texts(text, got) == ["هذه القوات"]
    assert got[0].attrs["canonical"] == "التحالف الأوروبي"
    assert propose_mentions(text, spans, french) == []


def test_an_actor_with_the_head_of_its_own_named_near_wins():
    text = ("وأعلن التحالف الأوروبي خطته، وانتشرت قوات فرنسية في الشمال، وقالت الحكومة إن "
            "هذه القوات ستبقى.")
    french = tag(text, "قوات فرنسية", type="military", canonical="القوات الفرنسية")
    coalition = tag(text, "التحالف الأوروبي", type="military")
    spans = [french, coalition]
    assert propose_mentions(text, spans, coalition) == []
    assert texts(text, propose_mentions(text, spans, french)) == ["هذه القوات"]
