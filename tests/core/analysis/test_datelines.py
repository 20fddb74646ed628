"""Wire datelines: a city that opens a line before the agency's parenthesis or a dash
and a paragraph is where the report was filed, not an actor; the parenthesis is the
agency, not the city's other name."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts

PARAGRAPH = ("قالت الحكومة في بيان إن المفاوضات مع الجانب الآخر مستمرة منذ أسابيع وإنها "
             "ستعلن نتائجها قريبا")


def test_a_city_before_the_agencys_parenthesis_is_a_dateline():
    text = (f"طهران (رويترز)\n{PARAGRAPH}.\n\nوردت طهران على الاتهامات، "
            "وقالت مصادر إن طهران ستعلن.")
    iran = tag(text, "طهران", 1, type="state", canonical="إيران")
    got = propose_mentions(text, [iran], iran)
    # neither the dateline nor the agency is proposed
    assert texts(text, got) == ["طهران"]
    assert got[0].start == text.index("طهران ستعلن")


def test_the_agency_after_a_dateline_with_a_dash_or_colon_after_it():
    text = (f"أنقرة (د ب أ) - {PARAGRAPH}.\nالقاهرة (الأناضول):\n{PARAGRAPH}.\n"
            "وهددت أنقرة بالرد، ونددت القاهرة بذلك.")
    turkey = tag(text, "أنقرة", 1, type="state", canonical="تركيا")
    cairo = tag(text, "القاهرة", 1, type="state", canonical="مصر")
    assert propose_mentions(text, [turkey, cairo]) == []  # the tagged ones are the calls


def test_a_city_before_a_dash_and_a_paragraph_is_a_dateline():
    text = (f"بغداد - {PARAGRAPH}.\nبغداد - أنقرة: تعاون أمني\n"
            "وأعلنت بغداد أنها سترد.")
    iraq = tag(text, "بغداد", 2, type="state", canonical="العراق")
    got = propose_mentions(text, [iraq], iraq)
    # a dash before a short line is a headline's, not a dateline's
    assert [p.start for p in got] == [text.index("بغداد - أنقرة")]


def test_a_parenthesis_after_a_name_in_a_paragraph_is_still_its_other_name():
    text = ("بغداد (العاصمة) مدينة كبيرة.\nوقالت قوات سوريا الديمقراطية (قسد) إن قسد "
            "ستواصل عملياتها.")
    sdf = tag(text, "قوات سوريا الديمقراطية", type="armed_group")
    assert texts(text, propose_mentions(text, [sdf], sdf)) == ["قسد", "قسد"]
