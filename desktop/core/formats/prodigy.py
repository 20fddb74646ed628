"""Prodigy JSONL (``ner.manual``, ``spans.manual`` and ``rel.manual`` output, ``db-out``).

Read: ``text``; ``spans`` (``start``, ``end``, ``label``; code points, with the
``token_start``/``token_end`` Prodigy adds); ``relations`` (``head``, ``child``,
``label``, ``head_span``, ``child_span``), matched to the spans by ``head_span`` and
``child_span`` (start, end, label), or, without those, by ``head``/``child`` as the
index of a span's last token, as Prodigy writes it; ``meta``; ``answer``: only accepted
examples are annotations, so a ``reject`` or ``ignore`` answer is refused with that
reason. The document id is ``id``, else ``meta.id``, else ``prodigy_`` + the
``_input_hash``, else a hash of the text. Span ``id``, ``attrs`` and ``comment`` (which
Tawsim writes and Prodigy keeps) are read when present.

Written with ``tokens`` from the Arabic tokenizer (``desktop.core.tokens``: every span
starts and ends on a token edge), ``spans`` with ``token_start``/``token_end``,
``relations`` with ``head``/``child`` (the last token of each span) and
``head_span``/``child_span``, ``meta`` and ``answer: "accept"``.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator
from operator import add
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats import annotated, jsondata, jsonl, sniff
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.records import Item, ReadContext, Record, RecordError, Source
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, Writer

READS = frozenset({"spans", "relations", "tokens"})
_OWN = {"id", "text", "title", "meta", "tokens", "spans", "relations", "answer"}


def _doc_id(obj: dict, raw: str) -> str:
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    for value in (obj.get("id"), meta.get("id")):
        if value is not None:
            return annotated.document_id(value, raw)
    if isinstance(obj.get("_input_hash"), int) and not isinstance(obj["_input_hash"], bool):
        return f"prodigy_{obj['_input_hash']}"
    return annotated.document_id(None, raw)


def parse(obj: Any, ctx: ReadContext, source: str, line: int) -> Record:
    sniff.refuse_foreign(obj, "prodigy", READS)
    if not isinstance(obj, dict):
        raise RecordError(f"a record must be a JSON object, not {type(obj).__name__}")
    answer = obj.get("answer", "accept")
    if answer != "accept":
        raise RecordError(f"answer {answer!r}: only accepted examples are imported")
    raw = obj.get("text")
    if not isinstance(raw, str):
        raise RecordError("missing field 'text'" if raw is None
                          else f"field 'text' must be a string, not {type(raw).__name__}")
    raw_spans = obj.get("spans", [])
    if not isinstance(raw_spans, list):
        raise RecordError("field 'spans' must be a list")
    spans: list[RawSpan] = []
    by_pos: dict[tuple, str] = {}
    by_end_token: dict[int, str] = {}
    for n, s in enumerate(raw_spans, 1):
        if not isinstance(s, dict):
            raise RecordError(f"span {n} must be an object")
        sid = annotated.as_id(s.get("id"), f"span {n}: id") or f"s{n}"
        span = RawSpan(s.get("start"), s.get("end"), s.get("label"), id=sid,
                       attrs=s.get("attrs"), comment=s.get("comment"), text=s.get("text"),
                       where=f"span {n}")
        spans.append(span)
        by_pos.setdefault((s.get("start"), s.get("end"), s.get("label")), sid)
        if isinstance(s.get("token_end"), int):
            by_end_token.setdefault(s["token_end"], sid)
    relations: list[RawRelation] = []
    rels = obj.get("relations") or []
    if not isinstance(rels, list):
        raise RecordError("field 'relations' must be a list")
    for n, r in enumerate(rels, 1):
        where = f"relation {n}"
        if not isinstance(r, dict):
            raise RecordError(f"{where} must be an object")
        head = _endpoint(r, "head", by_pos, by_end_token, where)
        tail = _endpoint(r, "child", by_pos, by_end_token, where)
        relations.append(RawRelation(r.get("label"), head, tail,
                                     id=annotated.as_id(r.get("id"), f"{where}: id"),
                                     where=where))
    meta = obj.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise RecordError(f"field 'meta' must be an object, not {type(meta).__name__}")
    meta = dict(meta or {})
    for key, value in obj.items():
        if key not in _OWN and not key.startswith("_"):
            meta.setdefault(key, value)
    return annotated.build(ctx, source=source, line=line, doc_id=_doc_id(obj, raw), raw=raw,
                           title=obj.get("title"), meta=meta, spans=spans,
                           relations=relations)


def _endpoint(rel: dict, end: str, by_pos: dict, by_end_token: dict, where: str) -> str:
    span = rel.get(f"{end}_span")
    if isinstance(span, dict):
        key = (span.get("start"), span.get("end"), span.get("label"))
        if key in by_pos:
            return by_pos[key]
        raise RecordError(f"{where}: its {end}_span [{key[0]}, {key[1]}) {key[2]!r} is not "
                          "one of the record's spans")
    token = rel.get(end)
    if isinstance(token, int) and token in by_end_token:
        return by_end_token[token]
    raise RecordError(f"{where}: its {end} (token {token!r}) ends none of the record's spans")


_TOKENS = b'"tokens":['


def decode_without_tokens(data: bytes, line: int) -> Any:
    """A Prodigy line without decoding its ``tokens`` (the reader does not need them:
    relations are matched by their spans), which are most of the line. The array is
    cut out of the raw line when its end is plain (``}]``); whatever the cut leaves
    that is not a JSON object is decoded whole instead."""
    at = data.find(_TOKENS)
    if at > 0:
        end = data.find(b"}]", at)
        if end > 0:
            cut = data[:at] + b'"tokens":[]' + data[end + 2:]
            try:
                obj = jsondata.decode_line(cut, line)
            except RecordError:
                obj = None
            if isinstance(obj, dict):
                return obj
    return jsondata.decode_line(data, line)


def read(src: Source, ctx: ReadContext) -> Iterator[Item]:
    return jsonl.read_lines(src, ctx, parse, decode_without_tokens)


# ------------------------------------------------------------------------------ writing
_TOKEN = '%s%d,"end":%d,"id":%d,"ws":%s}'
_WS = ("false", "true")


class _Prefix(dict):
    """``{"text":"WORD","start":`` for each distinct token text, made once."""

    def __missing__(self, key: str) -> str:
        value = self[key] = '{"text":' + json.dumps(key, ensure_ascii=False) + ',"start":'
        return value


class ProdigyWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        self.prefix = _Prefix()

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        spans = doc.spans()
        words, spaces, starts = tok.spacy_words(text, [(s["start"], s["end"]) for s in spans])
        ends = list(map(add, starts, map(len, words)))
        # one C-level pass: str % tuple over the zipped columns
        token_json = ",".join(map(_TOKEN.__mod__, zip(
            map(self.prefix.__getitem__, words), starts, ends, range(len(words)),
            map(_WS.__getitem__, spaces), strict=True)))
        out_spans = []
        last_token: dict[str, int] = {}
        by_id = {}
        for s in spans:
            t0 = bisect.bisect_left(starts, s["start"])
            t1 = bisect.bisect_left(ends, s["end"])
            item = {"start": s["start"], "end": s["end"], "text": s["text"],
                    "token_start": t0, "token_end": t1, "label": s["label"], "id": s["id"]}
            if s["attrs"]:
                item["attrs"] = s["attrs"]
            if s.get("comment"):
                item["comment"] = s["comment"]
            out_spans.append(item)
            last_token[s["id"]] = t1
            by_id[s["id"]] = item
        rels = []
        for r in doc.relations():
            head, child = by_id[r["head"]], by_id[r["tail"]]
            rels.append({"head": last_token[r["head"]], "child": last_token[r["tail"]],
                         "head_span": _span_ref(head), "child_span": _span_ref(child),
                         "label": r["type"], "id": r["id"]})
        dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        self.out.stream.write(
            f'{{"id":{doc.id_json},"title":{doc.title_json},"text":{dumps(text)},'
            f'"meta":{dumps(doc.meta_out())},"tokens":[{token_json}],'
            f'"spans":{dumps(out_spans)},"relations":{dumps(rels)},"answer":"accept"}}\n')


def _span_ref(span: dict) -> dict:
    return {k: span[k] for k in ("start", "end", "token_start", "token_end", "label")}


FORMAT = Format(
    name="prodigy", label="Prodigy JSONL", extensions=(".jsonl",), read=read, parse=parse,
    writer=ProdigyWriter,
    description="Prodigy JSONL: tokens, spans, relations (head_span/child_span)",
    carries="text, title, meta, tokens, spans with ids, attributes and comments, relations",
    loses="review state (written as answer 'accept'); read: rejected and ignored answers")
