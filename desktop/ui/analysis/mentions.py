"""Mention propagation in the article: once an ACTOR is tagged, its other mentions in the
document are proposed as suggestions (dashed, N/P/Y/X, Shift+Y, kind "mentions": their
dismissals are kept apart from the dates'), with the canonical name and the type copied.
The gazetteer's names are proposed on every document, and — after *Analysis ▸ Propose
mentions across the corpus…* — so are the names the layer has tagged anywhere.

The matching is ``desktop.core.analysis.propagation`` (folded, clitic-aware, whole
words), with the tagged actors' nominal mentions («التنظيم», «تلك القوات»:
``desktop.core.analysis.anaphora``); one ``DocumentIndex`` is kept for the open document,
so a tagging costs a look-up of its words, not a folding of the text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.core.analysis.gazetteer import linked_names
from desktop.core.analysis.propagation import DocumentIndex, NameIndex, mention_names, propose
from desktop.core.model import Document
from desktop.store.project import Project
from desktop.ui.annotate.providers import Suggestion
from desktop.ui.shell.i18n import lang, translate
from desktop.ui.shell.session import Session
from desktop.ui.shell.workers import Job, Jobs

CORE_LABEL = "ACTOR"  # the label the propagation rules read


class MentionProvider:
    """Proposes an actor's other mentions (``Provider`` of the suggestions)."""

    kind = "mentions"

    def __init__(self):
        self._index: tuple[str, str, DocumentIndex] | None = None  # doc id, text, index
        self._gazetteer: tuple[str, NameIndex] | None = None  # project path, names
        self.corpus: tuple[str, str, NameIndex] | None = None  # project, layer, names
        self._actor_ids: frozenset[str] = frozenset()
        self._label = CORE_LABEL  # the schema's ACTOR label (roles.actor)

    # ------------------------------------------------------------------ the names
    def document_index(self, doc: Document) -> DocumentIndex:
        kept = self._index
        if kept is None or kept[0] != doc.id or kept[1] is not doc.text:
            kept = self._index = (doc.id, doc.text, DocumentIndex(doc.text))
        return kept[2]

    def gazetteer(self, project: Project) -> NameIndex:
        path = str(project.path)
        if self._gazetteer is None or self._gazetteer[0] != path:
            from desktop.store.gazetteer import gazetteer_index

            self._gazetteer = (path, gazetteer_index(project))
        return self._gazetteer[1]

    def forget_gazetteer(self) -> None:
        """Read the gazetteer again at the next proposal (an import may have added one)."""
        self._gazetteer = None

    def corpus_names(self, session: Session) -> NameIndex | None:
        c = self.corpus
        if c is None or c[0] != str(session.project.path) or c[1] != session.edit_layer:
            return None
        return c[2]

    # ------------------------------------------------------------------ Provider
    def propose(self, doc: Document, session: Session) -> list[Suggestion]:
        schema, roles = session.schema, session.schema.roles
        label = roles.actor
        if label is None or not schema.has_label(label):
            return []
        self._label = label
        actors = [s for s in session.ann.spans if s.label == label]
        self._actor_ids = frozenset(s.id for s in actors)
        seen = actors if label == CORE_LABEL else [s.with_(label=CORE_LABEL) for s in actors]
        gazetteer = self.gazetteer(session.project)
        # a tagged actor's names in the gazetteer give it the gazetteer's other names
        indexes = [NameIndex(mention_names(seen) + linked_names(gazetteer, seen))]
        corpus = self.corpus_names(session)
        if corpus is not None:
            indexes.append(corpus)
        indexes.append(gazetteer)
        names = NameIndex.merged(*indexes)
        if not len(names):
            return []
        # the document's tagged actors are also looked for by their nominal mentions
        # (their head noun again: «التنظيم», «تلك القوات»; core.analysis.anaphora)
        found = propose(self.document_index(doc), names, seen, seen)
        schema = session.schema
        made: dict[tuple, Suggestion] = {}  # what a proposal becomes, made once per kind
        out = []
        for p in found:
            key = (p.text, p.attrs.get("canonical", ""), p.attrs.get("type", ""), p.source)
            like = made.get(key)
            if like is None:
                like = made[key] = self._suggestion(p, label, schema)
            out.append(Suggestion(p.start, p.end, like.text, like.label, like.kind,
                                  like.attrs, like.note))
        return out

    def _suggestion(self, p, label: str, schema) -> Suggestion:
        roles = schema.roles
        lab = schema.label(label)
        attrs = {}
        canonical, type_ = p.attrs.get("canonical", ""), p.attrs.get("type", "")
        if roles.canonical and lab.attribute(roles.canonical) is not None and canonical:
            attrs[roles.canonical] = canonical
        type_attr = lab.attribute(roles.actor_type) if roles.actor_type else None
        shown_type = ""
        if type_attr is not None and type_ and (not type_attr.closed or type_ in type_attr.values):
            attrs[roles.actor_type] = type_
            shown_type = type_attr.value_name(type_, lang())
        note = canonical if not shown_type else f"{canonical} ({shown_type})"
        if p.source == "gazetteer":
            note = translate("Suggestions", "{note}, from the gazetteer").format(note=note)
        return Suggestion(p.start, p.end, p.text, label, self.kind, attrs, note)

    def follows(self, delta) -> bool:
        """Whether an edit changes what is proposed: an ACTOR tagged, changed or gone."""
        if delta is None:
            return True
        if any(s.id in self._actor_ids for s in delta.updated) or any(
                sid in self._actor_ids for sid in delta.removed):
            return True
        return any(s.label == self._label for s in (*delta.added, *delta.updated))


class CorpusMentionsJob(Job):
    """The layer's tagged names walked over every document, in a worker: how many
    proposals, in how many documents; the names come back for the window to propose."""

    def __init__(self, project_path, layer: str):
        super().__init__(project_path)
        self.layer = layer

    def work(self, project: Project):
        from desktop.store.propagation import corpus_proposals, layer_names

        names, _ambiguous = layer_names(project, self.layer)
        proposals = documents = 0
        for _doc_id, found in corpus_proposals(project, self.layer, progress=self._progress,
                                               cancelled=self.cancelled):
            documents += 1
            proposals += len(found)
        if self.cancelled():
            return None
        return names, proposals, documents


class MentionsController(QObject):
    """*Analysis ▸ Propose mentions across the corpus…* and the provider's upkeep."""

    def __init__(self, session: Session, jobs: Jobs, suggestions, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("mentions")
        self.session, self.jobs, self.suggestions = session, jobs, suggestions
        self.provider = MentionProvider()
        self.last_result: tuple[int, int] | None = None  # proposals, documents
        suggestions.add_provider(self.provider)
        session.documentsChanged.connect(self.provider.forget_gazetteer)
        session.projectChanged.connect(self.provider.forget_gazetteer)

    def propagate_corpus(self):
        s = self.session
        layer = s.edit_layer
        job = CorpusMentionsJob(s.project.path, layer)
        path = str(s.project.path)

        def done(result) -> None:
            if result is None:
                s.message(translate("Mentions", "Proposing across the corpus cancelled"), 0)
                return
            names, proposals, documents = result
            self.provider.corpus = (path, layer, names)
            self.last_result = (proposals, documents)
            self.suggestions.retag()
            s.message(translate("Mentions", "{n} mention proposal(s) in {d} document(s), from "
                                "{k} tagged name(s): each document you open proposes them").format(
                n=proposals, d=documents, k=len(names)), 0)

        return self.jobs.start(job, translate("Mentions", "Proposing mentions across the corpus…"),
                               done, translate("Mentions", "Proposing mentions failed: {why}"))


__all__ = ["CorpusMentionsJob", "MentionProvider", "MentionsController"]
