"""Which tool a JSON record comes from, by the annotation fields it carries.

``auto`` uses this to pick a reader for each record; every other reader uses it to refuse
a record whose annotations it would not read (DESIGN §4: nothing is dropped silently),
with a reason that names the ``--format`` to use.
"""

from __future__ import annotations

from typing import Any

from desktop.core.formats.records import RecordError

# fields that carry annotations in one tool or another; a reader that does not read a
# field of this list refuses a record that has it
ANNOTATION_FIELDS = ("spans", "relations", "label", "labels", "entities", "annotations",
                     "predictions", "tokens", "cats", "ents", "ner_tags", "tags", "accept",
                     "audio_spans", "options", "result", "completions")

_NOT_READ = {
    "cats": "text categories (cats)",
    "ents": "spaCy entities (ents)",
    "ner_tags": "token tags (ner_tags)",
    "tags": "token tags (tags)",
    "accept": "accepted choices (accept)",
    "options": "choice options (options)",
    "audio_spans": "audio spans (audio_spans)",
    "completions": "Label Studio 0.x completions",
}


def _spans_look_doccano(value: Any) -> bool:
    return isinstance(value, list) and any(
        isinstance(x, (list, tuple)) and len(x) == 3 for x in value)


def sniff(obj: Any) -> str | None:
    """The format a record looks like: 'labelstudio', 'prodigy', 'doccano', 'gold', or
    None for a plain document (no annotation fields)."""
    if not isinstance(obj, dict):
        return None
    if "data" in obj and isinstance(obj["data"], dict) and (
            "annotations" in obj or "predictions" in obj or "text" in obj["data"]):
        return "labelstudio"
    if "annotations" in obj or "predictions" in obj:
        return "labelstudio"
    if "tokens" in obj or "_input_hash" in obj or "_task_hash" in obj:
        return "prodigy"
    if "entities" in obj or "label" in obj:
        return "doccano"
    if "spans" in obj:
        rels = obj.get("relations")
        if isinstance(rels, list) and any(isinstance(r, dict) and "child" in r for r in rels):
            return "prodigy"
        if "answer" in obj:
            return "prodigy"
        return "gold"
    if "relations" in obj:
        return "gold"
    return None


_LABELS = {
    "labelstudio": "a Label Studio task",
    "prodigy": "a Prodigy record",
    "doccano": "a doccano record",
    "gold": "an annotated (gold) record",
}


def refuse_foreign(obj: Any, reader: str, reads: frozenset[str] | set[str]) -> None:
    """RecordError when ``obj`` carries annotation fields the ``reader`` does not read."""
    if not isinstance(obj, dict):
        return
    extra = [f for f in ANNOTATION_FIELDS if f in obj and f not in reads]
    if not extra:
        return
    for f in extra:
        if f in _NOT_READ:
            raise RecordError(f"the record carries {_NOT_READ[f]}, which Tawsim does not "
                              "read: nothing of it is imported")
    kind = sniff(obj)
    fields = ", ".join(repr(f) for f in extra)
    if kind and kind != reader:
        raise RecordError(f"the record carries {fields} ({_LABELS[kind]}): import it with "
                          f"--format {kind} so its annotations are not lost")
    raise RecordError(f"the record carries {fields}, which --format {reader} does not read")
