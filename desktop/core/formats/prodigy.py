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
from collections.abc import Iterator
from itertools import chain
from operator import add
from typing import Any

from desktop.core import tokens as tok
from desktop.core.formats import annotated, jsondata, jsonl, sniff
from desktop.core.formats.annotated import RawRelation, RawSpan
from desktop.core.formats.pieces import Cache, Numbers, compact, picker, quote
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
# A line is put together from pieces (desktop.core.formats.pieces): each token's JSON is
# five of them, ``{"text":"WORD","start":``, the start, ``,"end":END,"id":``, the id, and
# ``,"ws":true},``. What depends on the item alone (the first and last piece, and the
# token's length) is made once per distinct item and looked up for all the tokens of a
# document at once (``picker``); numbers come from tables. The writer writes bytes.


def _pieces(item: str) -> tuple[bytes, int, bytes]:
    word, ws = tok.word_of(item)
    return (('{"text":' + quote(word) + ',"start":').encode(), len(word),
            b',"ws":true},' if ws else b',"ws":false},')


class ProdigyWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        self.pieces = Cache(_pieces, limit=100_000)
        self.label = Cache(quote)
        self.numbers = Numbers(b',"end":%d,"id":')
        self.write_bytes = out.stream.write

    def token_json(self, text: str, starts: list[int]) -> tuple[bytes, list[int]]:
        """The tokens array's content for the items that start at ``starts``, and where
        each token ends: written by the C scanner's ``prodigy_tokens`` where it was
        built (byte for byte the same; a test holds the two together), else from
        pieces."""
        if tok.scan is not None:
            made = tok.scan.prodigy_tokens(text, starts)
            if made is not None:  # None: a surrogate, which the pieces' encode reports
                return made
        return self.pieces_json(text, tok.items_at(text, starts), starts)

    def pieces_json(self, text: str, items: list[str], starts: list[int]) -> tuple[
            bytes, list[int]]:
        """``token_json`` from pre-encoded pieces."""
        k = len(items)
        if not k:
            return b"", []
        # (prefix, length, tail) of every item, flat
        flat = list(chain.from_iterable(picker(items)(self.pieces)))
        ends = list(map(add, starts, flat[1::3]))
        numbers = self.numbers
        buf: list[bytes] = [b""] * (5 * k)
        buf[0::5] = flat[0::3]
        if numbers.upto(max(len(text), k)):
            buf[1::5] = picker(starts)(numbers.text)
            buf[2::5] = picker(ends)(numbers.templated)
            buf[3::5] = numbers.text[:k]
        else:  # a text longer than the tables
            buf[1::5] = map(b"%d".__mod__, starts)
            buf[2::5] = map(b',"end":%d,"id":'.__mod__, ends)
            buf[3::5] = map(b"%d".__mod__, range(k))
        buf[4::5] = flat[2::3]
        buf[-1] = buf[-1][:-1]  # no comma after the last token
        return b"".join(buf), ends

    def write(self, doc: ExportDoc) -> None:
        text = doc.text
        rows = doc.span_rows()
        starts = tok.item_starts(text, [(r[0], r[1]) for r in rows])
        token_json, ends = self.token_json(text, starts)
        label = self.label
        relations = doc.relation_rows()
        spans = []
        refs: dict[str, tuple[int, str]] = {}  # what a relation says of its spans
        for start, end, sid, lab, attrs, comment in rows:
            t0 = bisect.bisect_left(starts, start)
            t1 = bisect.bisect_left(ends, end)
            head = f'{{"start":{start},"end":{end}'
            tokens = f',"token_start":{t0},"token_end":{t1},"label":{label[lab]}'
            extra = f',"attrs":{attrs}' if attrs != "{}" else ""
            if comment:
                extra += f',"comment":{quote(comment)}'
            spans.append(f'{head},"text":{quote(text[start:end])}{tokens},"id":{quote(sid)}'
                         f"{extra}}}")
            if relations:
                refs[sid] = (t1, f"{head}{tokens}}}")
        rels = []
        for rid, type_, head_id, tail_id in relations:
            (h, head_ref), (c, child_ref) = refs[head_id], refs[tail_id]
            rels.append(f'{{"head":{h},"child":{c},"head_span":{head_ref},'
                        f'"child_span":{child_ref},"label":{label[type_]},"id":{quote(rid)}}}')
        self.write_bytes(b"".join((
            f'{{"id":{doc.id_json},"title":{doc.title_json},"text":{doc.text_quoted},'
            f'"meta":{compact(doc.meta_out())},"tokens":['.encode(), token_json,
            f'],"spans":[{",".join(spans)}],"relations":[{",".join(rels)}],'
            '"answer":"accept"}\n'.encode())))


FORMAT = Format(
    name="prodigy", label="Prodigy JSONL", extensions=(".jsonl",), read=read, parse=parse,
    writer=ProdigyWriter, binary=True,
    description="Prodigy JSONL: tokens, spans, relations (head_span/child_span)",
    carries="text, title, meta, tokens, spans with ids, attributes and comments, relations",
    loses="review state (written as answer 'accept'); read: rejected and ignored answers")
