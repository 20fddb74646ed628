"""Label Studio's JSON export: an array of tasks (a JSON-lines file of tasks reads too).

A task's text is ``data.text``; its regions are the ``labels`` results of its annotation,
its relations the ``relation`` results (``from_id``, ``to_id``, ``direction``,
``labels``), and per-region ``choices`` and ``textarea`` results (the same ``id`` as the
region) fill the region's attributes: ``from_name`` names the attribute, as it is or as
``LABEL_attribute``. A region's ``meta.text`` (its note) becomes the span's comment.
Document-level choices and text areas go into ``meta.labelstudio``.

**Offsets count UTF-16 units** (JavaScript string positions): they are converted to code
points through ``desktop.core.text.Utf16Index`` (the one conversion), refused when they
fall inside a character, and checked against ``value.text``.

Which annotation: cancelled ones are left out; the one marked ``ground_truth`` wins; else
the task's only annotation; a task with several is refused (export one annotator's work
at a time). A task without annotations is read from its only prediction, and a task
with neither is a plain document.

Written as tasks with ``predictions`` (so Label Studio imports them back, for review):
``data`` holds ``text``, ``id``, ``title`` and ``meta``; attributes are per-region
``choices`` (closed values) or ``textarea`` results named ``LABEL_attribute``;
``label_config(schema)`` is the labeling configuration that shows them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import quoteattr

from desktop.core.formats import annotated, jsondata, jsonl, sniff
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.pieces import Cache, compact, quote
from desktop.core.formats.records import (
    Item,
    ReadContext,
    Record,
    RecordError,
    Rejection,
    Source,
)
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, Writer, attrs_of
from desktop.core.model import Document, ModelError
from desktop.core.schema import Schema
from desktop.core.text import Utf16Index, canonical, check_text, sha256_hex

READS = frozenset({"annotations", "predictions"})
_ATTR_TYPES = ("choices", "textarea")


def _choose(task: dict) -> tuple[list | None, str]:
    """The result list to read (None: no annotation at all) and what it came from."""
    anns = task.get("annotations") or []
    if not isinstance(anns, list):
        raise RecordError("field 'annotations' must be a list")
    anns = [a for a in anns if isinstance(a, dict) and not a.get("was_cancelled")]
    truth = [a for a in anns if a.get("ground_truth")]
    if len(truth) == 1:
        chosen = truth[0]
    elif len(anns) == 1:
        chosen = anns[0]
    elif anns:
        who = sorted({str(a.get("completed_by", "?")) for a in anns})
        raise RecordError(f"the task has {len(anns)} annotations (completed by "
                          f"{', '.join(who)}): export one annotator's work at a time, or "
                          "mark one as ground truth")
    else:
        preds = task.get("predictions") or []
        if not isinstance(preds, list):
            raise RecordError("field 'predictions' must be a list")
        if not preds:
            return None, ""
        if len(preds) > 1:
            raise RecordError(f"the task has {len(preds)} predictions and no annotation: "
                              "keep one")
        chosen = preds[0]
        if not isinstance(chosen, dict):
            raise RecordError("a prediction must be an object")
    result = chosen.get("result", [])
    if not isinstance(result, list):
        raise RecordError("field 'result' must be a list")
    return result, "annotation"


def _offset(index: Utf16Index, value: Any, what: str) -> int:
    u16 = annotated.as_int(value, what)
    try:
        cp = index.to_cp(u16)
    except IndexError:
        raise RecordError(f"{what} {u16} is out of range (the text has "
                          f"{index.length_u16} UTF-16 units)") from None
    if index.to_utf16(cp) != u16:
        raise RecordError(f"{what} {u16} falls inside a character (between the two UTF-16 "
                          "units of a character outside the BMP, such as an emoji)")
    return cp


def _attr_name(schema: Schema, label: str, from_name: str) -> str:
    if schema.has_label(label):
        lab = schema.label(label)
        if lab.attribute(from_name) is not None:
            return from_name
        prefix = f"{label}_"
        if from_name.startswith(prefix) and lab.attribute(from_name[len(prefix):]):
            return from_name[len(prefix):]
    return from_name


def _value_of(item: dict, where: str) -> str:
    value = item.get("value") or {}
    if item["type"] == "choices":
        choices = value.get("choices")
        if not isinstance(choices, list) or not all(isinstance(c, str) for c in choices):
            raise RecordError(f"{where}: 'choices' must be a list of strings")
        if len(choices) != 1:
            raise RecordError(f"{where}: {len(choices)} choices for one attribute "
                              "(Tawsim keeps one value per attribute)")
        return choices[0]
    texts = value.get("text")
    if isinstance(texts, str):
        return texts
    if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
        raise RecordError(f"{where}: a text area's 'text' must be a list of strings")
    return "\n".join(texts)


def parse(task: Any, ctx: ReadContext, source: str, line: int) -> Record:
    if not isinstance(task, dict):
        raise RecordError(f"a task must be a JSON object, not {type(task).__name__}")
    sniff.refuse_foreign({k: v for k, v in task.items() if k != "data"}, "labelstudio",
                         READS)
    data = task.get("data")
    if not isinstance(data, dict):
        raise RecordError("missing field 'data' (a Label Studio task holds its text in "
                          "data.text)")
    raw = data.get("text")
    if not isinstance(raw, str):
        raise RecordError("missing field 'data.text'" if raw is None else
                          f"field 'data.text' must be a string, not {type(raw).__name__}")
    doc_id = annotated.document_id(data.get("id", task.get("id")), raw)
    meta = data.get("meta")
    meta = dict(meta) if isinstance(meta, dict) else {}
    for key, value in data.items():
        if key not in ("text", "id", "title", "meta"):
            meta.setdefault(key, value)
    result, _ = _choose(task)
    if result is None:
        return _plain(raw, doc_id, data.get("title"), meta, source, line)
    index = Utf16Index(raw)
    spans: list[RawSpan] = []
    regions: dict[str, list[RawSpan]] = {}
    links: list[tuple[dict, str]] = []
    attrs: list[tuple[dict, str]] = []
    doc_level: dict[str, str] = {}
    for n, item in enumerate(result, 1):
        if not isinstance(item, dict):
            raise RecordError(f"result {n} must be an object")
        kind = item.get("type")
        rid = annotated.as_id(item.get("id"), f"result {n}: id")
        where = f"region {rid!r}" if rid else f"result {n}"
        if kind == "labels":
            value = item.get("value")
            if not isinstance(value, dict):
                raise RecordError(f"{where}: 'value' must be an object")
            labels = value.get("labels")
            if not isinstance(labels, list) or not labels:
                raise RecordError(f"{where}: 'labels' must be a list of label names")
            start = _offset(index, value.get("start"), f"{where}: start")
            end = _offset(index, value.get("end"), f"{where}: end")
            note = item.get("meta", {}).get("text") if isinstance(item.get("meta"), dict) else None
            comment = "\n".join(note) if isinstance(note, list) else note
            for k, label in enumerate(labels):
                sid = rid if k == 0 else f"{rid}:{k}"
                span = RawSpan(start, end, label, id=sid, attrs={}, comment=comment,
                               text=value.get("text"), where=where)
                spans.append(span)
                regions.setdefault(rid or f"#{n}", []).append(span)
        elif kind == "relation":
            links.append((item, f"relation {n}"))
        elif kind in _ATTR_TYPES:
            attrs.append((item, where))
        else:
            raise RecordError(f"{where}: results of type {kind!r} are not read by Tawsim "
                              "(it reads labels, relation, choices and textarea)")
    for item, where in attrs:
        rid = annotated.as_id(item.get("id"), f"{where}: id")
        name = item.get("from_name")
        if not isinstance(name, str) or not name:
            raise RecordError(f"{where}: 'from_name' must name the attribute")
        value = _value_of(item, where)
        if rid in regions:
            for span in regions[rid]:
                span.attrs[_attr_name(ctx.schema, ctx.label(span.label), name)] = value
        else:
            doc_level[name] = value
    if doc_level:
        meta["labelstudio"] = {**(meta.get("labelstudio") or {}), **doc_level}
    relations = _relations(ctx, links, regions)
    return annotated.build(ctx, source=source, line=line, doc_id=doc_id, raw=raw,
                           title=data.get("title"), meta=meta, spans=spans,
                           relations=relations)


def _relations(ctx: ReadContext, links: list[tuple[dict, str]],
               regions: dict[str, list[RawSpan]]) -> list[RawRelation]:
    out: list[RawRelation] = []
    for item, where in links:
        a = annotated.as_id(item.get("from_id"), f"{where}: from_id")
        b = annotated.as_id(item.get("to_id"), f"{where}: to_id")
        if a not in regions or b not in regions:
            raise RecordError(f"{where}: from_id and to_id must be ids of this task's regions")
        direction = item.get("direction", "right")
        if direction == "left":
            a, b = b, a
        labels = item.get("labels")
        if not isinstance(labels, list) or not labels:
            raise RecordError(f"{where}: a relation without a label (its type)")
        for label in labels:
            if not isinstance(label, str):
                raise RecordError(f"{where}: relation labels must be strings")
            type_ = ctx.label(label)
            pairs = [(h, t) for h in regions[a] for t in regions[b]]
            if direction == "bi":
                pairs += [(h, t) for h in regions[b] for t in regions[a]]
            head, tail = _fitting(ctx, type_, pairs)
            out.append(RawRelation(label, head.id, tail.id, where=where))
    return out


def _fitting(ctx: ReadContext, type_: str, pairs: list[tuple[RawSpan, RawSpan]]):
    schema = ctx.schema
    if schema.has_relation(type_):
        for head, tail in pairs:
            try:
                schema.check_relation(type_, ctx.label(head.label), ctx.label(tail.label))
                return head, tail
            except ModelError:
                continue
    return pairs[0]


def _plain(raw: str, doc_id: str, title: Any, meta: dict, source: str, line: int) -> Record:
    from desktop.core.formats.records import title_of

    check_text(raw)
    text = canonical(raw)
    if not text:
        raise RecordError("text is empty")
    if title is not None and not isinstance(title, str):
        raise RecordError("field 'data.title' must be a string")
    doc = Document(id=doc_id, text=text, title=title or title_of(text), meta=meta,
                   source_sha256=str(meta.get("source_sha256") or sha256_hex(raw)))
    return Record(source, line, doc)


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    """A JSON array of tasks (Label Studio's export), or JSON lines of tasks."""
    try:
        fh = src.open()
    except OSError as exc:
        yield Rejection(src.name, 1, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"[", b""):
            yield from jsonl.read_lines(src, ctx, parse)
            return
        yield from read_array(fh, src.name, ctx, parse)


def read_array(fh, source: str, ctx: ReadContext, parse_one) -> Iterator[Item]:
    """The tasks of a JSON array, one record each (``jsonl.read_values``)."""
    yield from jsonl.read_values(jsondata.iter_array(fh), source, ctx, parse_one,
                                 empty="empty file (no tasks)")


# ------------------------------------------------------------------------------ writing


class LabelStudioWriter(Writer):
    """Each task put together from pre-encoded pieces (``desktop.core.formats.pieces``):
    exactly the compact ``json.dumps`` of the task object, without building it. Offsets
    are converted only in texts that hold characters outside the BMP (in others a UTF-16
    offset is the code-point offset)."""

    def __init__(self, out, options):
        super().__init__(out, options)
        self.first = True
        self.closed_attrs = {(lab.name, a.name) for lab in options.schema.labels
                             for a in lab.attributes if a.closed}
        self.quoted = Cache(quote)
        self.attr_region = Cache(self._attr_region)
        out.stream.write("[")

    def _attr_region(self, key: tuple[str, str]) -> tuple[str, bool]:
        """What an attribute's region holds between its id and its value, and whether
        the attribute is closed (a choice) or free (a text area)."""
        label, name = key
        closed = key in self.closed_attrs
        return (f',"from_name":{quote(f"{label}_{name}")},"to_name":"text",'
                f'"type":"{"choices" if closed else "textarea"}",'), closed

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        index = Utf16Index(text)
        u16 = None if index.same else index.to_utf16
        q = self.quoted
        attr_region = self.attr_region
        result: list[str] = []
        for start, end, sid, label, attrs, comment in doc.span_rows():
            if u16 is not None:
                start16, end16 = u16(start), u16(end)
            else:
                start16, end16 = start, end
            at = f'"value":{{"start":{start16},"end":{end16}'
            value = f'{at},"text":{quote(text[start:end])}'
            sid_q = quote(sid)
            meta = f',"meta":{{"text":[{quote(comment)}]}}' if comment else ""
            result.append(f'{{"id":{sid_q},"from_name":"label","to_name":"text",'
                          f'"type":"labels",{value},"labels":[{q[label]}]}}{meta}}}')
            if attrs == "{}":
                continue
            for name, v in attrs_of(attrs).items():
                if v is None or v == "":
                    continue
                head, closed = attr_region[label, name]
                if closed:
                    shown = q[v] if type(v) is str else compact(v)
                    result.append(f'{{"id":{sid_q}{head}{value},"choices":[{shown}]}}}}')
                else:  # its text takes the place of the span's text
                    shown = v if isinstance(v, str) else json.dumps(v)
                    result.append(f'{{"id":{sid_q}{head}{at},"text":[{quote(shown)}]}}}}')
        for _, type_, head, tail in doc.relation_rows():
            result.append(f'{{"from_id":{quote(head)},"to_id":{quote(tail)},'
                          f'"type":"relation","direction":"right","labels":[{q[type_]}]}}')
        sep = "\n" if self.first else ",\n"
        self.first = False
        self.out.stream.write(
            f'{sep}{{"data":{{"text":{doc.text_quoted},"id":{quote(doc.id)},'
            f'"title":{quote(doc.title)},"meta":{compact(doc.meta_out())}}},'
            f'"predictions":[{{"model_version":"tawsim","result":[{",".join(result)}]}}]}}')

    def close(self, card: Any = None) -> None:
        self.out.stream.write("\n]\n")


def label_config(schema: Schema) -> str:
    """A Label Studio labeling configuration for the schema: labels, relations, and one
    per-region control for each attribute (named ``LABEL_attribute``)."""
    q = quoteattr
    lines = ["<View>", '  <Labels name="label" toName="text">']
    lines += [f"    <Label value={q(lab.name)} background={q(lab.color)}/>"
              for lab in schema.labels]
    lines += ["  </Labels>", '  <Text name="text" value="$text"/>', "  <Relations>"]
    lines += [f"    <Relation value={q(r.name)}/>" for r in schema.relations]
    lines.append("  </Relations>")
    for lab in schema.labels:
        if not lab.attributes:
            continue
        lines.append(f'  <View visibleWhen="region-selected" whenLabelValue={q(lab.name)}>')
        for a in lab.attributes:
            name = q(f"{lab.name}_{a.name}")
            if a.closed:
                lines.append(f'    <Choices name={name} toName="text" perRegion="true" '
                             f'showInline="true">')
                lines += [f"      <Choice value={q(v)}/>" for v in a.values if v]
                lines.append("    </Choices>")
            else:
                lines.append(f'    <TextArea name={name} toName="text" perRegion="true" '
                             f'maxSubmissions="1" editable="true" placeholder={q(a.name)}/>')
        lines.append("  </View>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"


FORMAT = Format(
    name="labelstudio", label="Label Studio JSON", extensions=(".json",), read=read,
    parse=parse, writer=LabelStudioWriter,
    description="Label Studio's JSON export (tasks; UTF-16 offsets, converted)",
    carries="text, title, meta, spans with ids, attributes (per-region choices and text "
            "areas) and notes, relations",
    loses="review state; attribute values that are not strings become text; read: "
          "annotation history, drafts, other annotators' annotations of the same task")
