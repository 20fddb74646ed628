"""The store API the window uses: one transaction per action, paging, statuses."""

import sqlite3
import threading

import pytest

from desktop.core.model import Document, ModelError, Relation, Span
from desktop.resources import seeds_dir
from desktop.store.db import SCHEMA_VERSION, ProjectFileError, backups
from desktop.store.importer import import_paths
from desktop.store.project import ConflictError, Project

TEXT = "قال الوزير إن الاتفاق تم يوم الأحد 👍🏽 في بغداد"


@pytest.fixture
def project(tmp_path):
    with Project(tmp_path / "p.tawsim") as p:
        p.add_document(Document(id="d1", text=TEXT, title="t"))
        yield p


def span(label, word, layer="amal", doc="d1", **kw):
    start = TEXT.index(word)
    return Span.on(TEXT, doc_id=doc, layer=layer, label=label, start=start,
                   end=start + len(word), **kw)


def test_file_is_wal_with_foreign_keys_and_versioned(project):
    assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_span_lifecycle(project):
    s = project.add_span(span("ACTOR", "الوزير", attrs={"type": "government"}))
    assert project.annotations("d1", "amal").spans == [s]
    assert project.status("d1", "amal") == "in_progress"  # an edit starts the work
    s2 = project.update_span(s.with_(label="CLAIM", attrs={}))
    assert project.span(s.id).label == "CLAIM"
    project.set_attrs(s.id, {"claim_type": "denial"})
    assert project.span(s.id).attrs == {"claim_type": "denial"}
    deleted, rels = project.delete_span(s2.id)
    assert deleted.id == s.id and rels == []
    assert project.annotations("d1", "amal").spans == []


def test_the_first_spans_of_a_long_layer(project):
    """What a long document opens with: the spans that start before an offset, in text
    order and at most ``limit``; whether the layer has more spans than a count."""
    words = ["قال", "الوزير", "الاتفاق", "بغداد"]
    made = [project.add_span(span("ACTOR", w)) for w in words]
    made.sort(key=lambda x: x.start)
    before = TEXT.index("بغداد")
    got = project.annotations("d1", "amal", before=before, relations=False)
    assert got.spans == [x for x in made if x.start < before]
    assert project.annotations("d1", "amal", before=before, limit=2).spans == made[:2]
    assert project.annotations("d1", "amal").spans == made
    assert project.has_more_spans("d1", "amal", 3)
    assert not project.has_more_spans("d1", "amal", 4)
    assert not project.has_more_spans("d1", "other", 0)


def test_span_must_match_the_text(project):
    bad = Span(doc_id="d1", layer="amal", label="ACTOR", start=0, end=3, text="xyz")
    with pytest.raises(ModelError, match="differs"):
        project.add_span(bad)
    with pytest.raises(ModelError, match="cannot be 'martian'"):
        project.add_span(span("ACTOR", "الوزير", attrs={"type": "martian"}))
    assert project.annotations("d1", "amal").spans == []


def test_relations_follow_the_schema_and_cascade(project):
    claim = project.add_span(span("CLAIM", "الاتفاق تم"))
    actor = project.add_span(span("ACTOR", "الوزير"))
    date = project.add_span(span("DATE", "يوم الأحد"))
    place = project.add_span(span("ACTOR", "بغداد"))
    rel = project.add_relation(Relation("d1", "amal", "claimant", claim.id, actor.id))
    with pytest.raises(ModelError, match="at most 1"):
        project.add_relation(Relation("d1", "amal", "claimant", claim.id, place.id))
    with pytest.raises(ModelError, match="goes from"):
        project.add_relation(Relation("d1", "amal", "claim_date", claim.id, actor.id))
    project.add_relation(Relation("d1", "amal", "claim_date", claim.id, date.id))
    deleted, rels = project.delete_span(actor.id)
    assert [r.id for r in rels] == [rel.id]
    assert len(project.annotations("d1", "amal").relations) == 1
    project.restore([deleted], rels)  # undo of the delete
    assert len(project.annotations("d1", "amal").relations) == 2


def test_relabel_that_breaks_a_relation_is_refused(project):
    claim = project.add_span(span("CLAIM", "الاتفاق تم"))
    actor = project.add_span(span("ACTOR", "الوزير"))
    project.add_relation(Relation("d1", "amal", "claimant", claim.id, actor.id))
    with pytest.raises(ModelError):
        project.update_span(actor.with_(label="DATE"))
    assert project.span(actor.id).label == "ACTOR"


def test_a_failed_action_leaves_nothing(project):
    claim = project.add_span(span("CLAIM", "الاتفاق تم"))
    ghost = Relation("d1", "amal", "claimant", claim.id, "no-such-span")
    with pytest.raises(ModelError):
        project.add_relation(ghost)
    assert project.annotations("d1", "amal").relations == []
    assert not project.db.conn.in_transaction


def test_statuses(project):
    assert project.status("d1", "amal") == "todo"
    assert project.status("d1", "gold") == "unreviewed"
    project.set_status("d1", "amal", "done")
    assert project.progress("amal") == (1, 1)
    assert "d1" in project.layer_documents("amal")
    project.set_status("d1", "gold", "reviewed", who="rania")
    assert project.reviewer("d1") == "rania"
    assert project.audit_trail("d1")[-1]["detail"] == {"status": "reviewed"}
    with pytest.raises(ModelError):
        project.set_status("d1", "amal", "reviewed")


def test_same_document_twice_and_conflict(project):
    assert project.add_document(Document(id="d1", text=TEXT)) is False
    with pytest.raises(ConflictError):
        project.add_document(Document(id="d1", text="نص آخر"))


def test_paging_never_loads_texts(tmp_path):
    with Project(tmp_path / "big.tawsim") as p:
        p.import_batch([(Document(id=f"doc{i:04d}", text=f"نص رقم {i}", title=f"t{i}"), None,
                         [], []) for i in range(1000)])
        page = p.list_documents(200, 50)
        assert [d.id for d in page] == [f"doc{i:04d}" for i in range(200, 250)]
        assert not hasattr(page[0], "text")
        assert p.count_documents() == 1000
        p.set_status("doc0005", "amal", "done")
        assert p.count_documents(layer="amal", status="done") == 1
        assert p.count_documents(layer="amal", status="todo") == 999
        assert [d.id for d in p.list_documents(0, 10, layer="amal", status="done")] == ["doc0005"]
        assert p.document_row("doc0500") == 500
        assert p.next_document("doc0004", layer="amal", status="todo") == "doc0006"
        assert p.next_document("doc0999", layer="amal", status="todo") == "doc0000"


def test_each_thread_opens_its_own_connection(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as p:
        p.add_document(Document(id="d1", text=TEXT))
    errors, counts = [], []

    def worker():
        try:
            with Project(path) as mine:
                import_paths(mine, [seeds_dir()])
                counts.append(mine.count_documents())
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert not errors and counts == [6]


def test_older_file_is_backed_up_then_migrated(tmp_path):
    import sqlite_utils

    from desktop.store.db import migrations

    path = tmp_path / "old.tawsim"
    # a project as schema version 1 wrote it: before the audit trail existed
    db = sqlite_utils.Database(path)
    migrations().apply(db, stop_before="0002_audit")
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO documents (id, text, text_sha256) VALUES ('d1', 'نص', 'x')")
    db.conn.close()
    with Project(path) as p:
        assert p.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert p.has_document("d1")
        p.audit("d1", "rania", "accept", {"span": "s1"})
        assert p.audit_trail("d1")[0]["who"] == "rania"
    [backup] = backups(path)
    assert backup.name.startswith("old.tawsim.v1.")
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_not_a_project(tmp_path):
    f = tmp_path / "x.tawsim"
    f.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(ProjectFileError, match="not a Tawsim project"):
        Project(f)
    g = tmp_path / "other.sqlite"
    conn = sqlite3.connect(g)
    conn.execute("CREATE TABLE foo (x)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match="not a Tawsim project"):
        Project(g)
    newer = tmp_path / "newer.tawsim"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectFileError, match="newer Tawsim"):
        Project(newer)


def test_only_real_layers_are_listed(tmp_path):
    """A name registered by a mere opener (older Tawsim did that) is no layer: stats,
    agreement and review see only layers that hold a document or a span."""
    from desktop.store.review import compute_agreement

    with Project(tmp_path / "p.tawsim") as p:
        p.add_document(Document(id="d1", text=TEXT))
        p.ensure_layer("opener")  # registered, holds nothing
        p.conn.execute("INSERT INTO layers (name) VALUES ('older_opener')")
        assert p.layers() == ["gold"]
        p.add_span(span("ACTOR", "الوزير", layer="amal"))
        p.set_status("d1", "badr", "done")
        assert p.layers() == ["gold", "amal", "badr"]
        assert p.stats()["layers"] == ["gold", "amal", "badr"]
        assert compute_agreement(p)["annotators"] == ["amal", "badr"]
        assert p.document_holders("d1") == ["amal", "badr"]


def test_reading_writes_nothing(tmp_path):
    path = tmp_path / "p.tawsim"
    with Project(path) as p:
        p.add_document(Document(id="d1", text=TEXT))
    with Project(path) as p:
        version = p.data_version()
        p.annotations("d1", "amal")
        p.list_documents(layer="amal")
        p.progress("amal")
        p.status("d1", "amal")
        assert p.stats()["layers"] == ["gold"]
        assert p.conn.execute("SELECT count(*) FROM layers").fetchone()[0] == 1
        assert p.data_version() == version
        assert not p.conn.in_transaction


def test_comments_are_kept_everywhere_a_span_goes(project):
    s = project.add_span(span("ACTOR", "الوزير", comment="من هو؟"))
    assert project.span(s.id).comment == "من هو؟"
    assert project.set_comment(s.id, "وزير الخارجية").comment == "وزير الخارجية"
    gone, rels = project.delete_span(s.id)
    project.restore([gone], rels)
    assert project.span(s.id).comment == "وزير الخارجية"
    other = span("CLAIM", "الاتفاق تم", comment="ملاحظة")
    project.replace_layer("d1", "amal", [other], [])
    assert [x.comment for x in project.annotations("d1", "amal").spans] == ["ملاحظة"]


def test_next_unreviewed_wraps_and_skips(tmp_path):
    with Project(tmp_path / "p.tawsim") as p:
        for k in range(4):
            p.add_document(Document(id=f"d{k}", text=f"{TEXT} {k}"))
        for k in (0, 2, 3):
            p.set_status(f"d{k}", "amal", "in_progress")
        p.set_status("d2", "gold", "reviewed")
        assert p.next_unreviewed(None) == "d0"
        assert p.next_unreviewed("d0") == "d3"  # d1: no annotator; d2: reviewed
        assert p.next_unreviewed("d3") == "d0"  # wraps
        p.set_status("d3", "gold", "reviewed")
        assert p.next_unreviewed("d0") is None  # nothing besides d0
