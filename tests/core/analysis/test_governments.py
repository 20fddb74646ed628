"""A possessed government («حكومته») is the state named or described just before it
(``governments``)."""

from __future__ import annotations

from desktop.core.analysis.propagation import propose_mentions
from tests.core.analysis.helpers import tag, texts


def test_after_a_person_described_by_the_states_nisba():
    text = ("طالب العراق بانسحاب القوات الأجنبية. وقال رئيس الوزراء العراقي محمد شياع "
            "السوداني إن حكومته تريد خروجا منظما، وإن لحكومته خطة.")
    iraq = tag(text, "العراق", type="state")
    got = propose_mentions(text, [iraq], iraq)
    assert texts(text, got) == ["حكومته", "حكومته"]  # «لحكومته»: the proclitic out
    assert all(p.attrs == {"canonical": "العراق", "type": "state"} for p in got)


def test_after_the_states_own_mention():
    text = "أكدت سوريا أن حكومتها لن تقبل بأي وجود أجنبي على أراضيها."
    syria = tag(text, "سوريا", type="state")
    assert texts(text, propose_mentions(text, [syria], syria)) == ["حكومتها"]


def test_another_people_or_another_actor_met_first_stops_the_search():
    text = ("انتقد العراق الضربات. وقال الرئيس التركي إن حكومته ماضية.\n"
            "ورد العراق بأن إيران وحكومتها تتحملان المسؤولية.")
    iraq = tag(text, "العراق", type="state")
    iran = tag(text, "إيران", type="state")
    assert texts(text, propose_mentions(text, [iraq, iran], iraq)) == ["العراق"]


def test_not_in_another_paragraph_or_beyond_the_reach():
    text = "أعلن العراق موقفه من الانسحاب.\nوقال المتحدث إن حكومته لم تقرر."
    iraq = tag(text, "العراق", type="state")
    assert texts(text, propose_mentions(text, [iraq], iraq)) == []
