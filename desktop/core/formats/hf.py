"""A Hugging Face dataset folder: ``data/train-NNNNN.jsonl`` shards and a ``README.md``
dataset card whose ``dataset_info.features`` declare every column, so
``datasets.load_dataset(FOLDER)`` loads it at any size with exact types. Write only.

Columns: ``id``, ``title``, ``text``, ``text_sha256`` (strings); ``meta`` (a struct of
every meta key the exported documents use); ``spans`` (a list of structs: ``id``,
``start``, ``end`` (int64, code points), ``label``, ``text``, ``attrs`` (a struct of
every attribute seen or in the schema), ``comment``); ``relations`` (a list of structs:
``id``, ``type``, ``head``, ``tail``); ``review`` (``status``, ``reviewer``,
``annotators``, ``layer``, ``decisions``).

Types come from the values, which the store reports before writing (``WriteOptions.
meta_types`` and ``attr_types``): a key whose values are all strings is a string, all
booleans a bool, all integers an int64, numbers a float64; a key whose values mix kinds,
or hold lists or objects, is written as JSON text in a string column (the card says
which). Every line carries every key, ``null`` where a document has none, so the first
documents (no relations, a few meta keys) type nothing by accident.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.formats.card import render
from desktop.core.formats.pieces import Cache, quote
from desktop.core.formats.registry import Format
from desktop.core.formats.writing import ExportDoc, Writer, attrs_of

SHARD = 10_000
JSON = "json"  # a key written as JSON text
EMPTY = '""'


def value_type(types: set[str]) -> str:
    """The declared dtype for JSON value types seen (SQLite's json_each type names)."""
    kinds = set(types) - {"null"}
    if not kinds or kinds == {"text"}:
        return "string"
    if kinds <= {"true", "false"}:
        return "bool"
    if kinds == {"integer"}:
        return "int64"
    if kinds <= {"integer", "real"}:
        return "float64"
    return JSON


def _convert(kind: str):
    if kind == JSON:
        return lambda v: None if v is None else json.dumps(v, ensure_ascii=False,
                                                           sort_keys=True)
    if kind == "float64":
        return lambda v: None if v is None else float(v)
    return lambda v: v


def _q(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


class HfWriter(Writer):
    def __init__(self, out, options):
        super().__init__(out, options)
        meta_types = dict(options.meta_types)
        meta_types.setdefault("source_sha256", {"text"})
        self.meta = {k: value_type(v) for k, v in sorted(meta_types.items()) if k}
        attr_types = dict(options.attr_types)
        for lab in options.schema.labels:
            for a in lab.attributes:
                attr_types.setdefault(a.name, set()).add("text")
        self.attrs = {k: value_type(v) for k, v in sorted(attr_types.items()) if k}
        self.meta_conv = [(k, _convert(t)) for k, t in self.meta.items()]
        self.attr_conv = [(k, _convert(t)) for k, t in self.attrs.items()]
        self.attrs_column = Cache(self._attrs)
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        # each stored attribute text's column as JSON, and labels quoted, made once
        self.attrs_json = Cache(lambda stored: self.dumps(self.attrs_column[stored]))
        self.label = Cache(quote)
        self.count = 0
        self.shard = None
        self.shards: list[str] = []

    def _stream(self):
        if self.count % SHARD == 0:
            if self.shard is not None:
                self.shard.close()
            name = f"data/train-{len(self.shards):05d}.jsonl"
            self.shards.append(name)
            self.shard = self.out.open(name)
        return self.shard

    def _attrs(self, stored: str) -> Any:
        """The ``attrs`` column of a span whose stored attributes are ``stored``."""
        a = attrs_of(stored)
        if self.attrs:
            return {k: c(a.get(k)) for k, c in self.attr_conv}
        return json.dumps(a, ensure_ascii=False, sort_keys=True)

    def write(self, doc: ExportDoc) -> None:
        """The line ``self.dumps`` of the document's record writes (its keys in the
        order of the card's features), put together from pieces instead: the id and
        title as SQLite quoted them (as for gold), each span's ``attrs`` column dumped
        once per distinct stored attribute text, labels quoted once, the other strings
        by the C encoder (``tests/core/formats/test_pieces.py`` holds the lines to the
        dumped records)."""
        text = doc.text
        attrs = self.attrs_json
        label = self.label
        spans = [f'{{"id":{quote(sid)},"start":{start},"end":{end},"label":{label[lab]},'
                 f'"text":{quote(text[start:end])},"attrs":{attrs[stored]},'
                 f'"comment":{quote(comment) if comment else EMPTY}}}'
                 for start, end, sid, lab, stored, comment in doc.span_rows()]
        rels = [f'{{"id":{quote(rid)},"type":{label[type_]},"head":{quote(head)},'
                f'"tail":{quote(tail)}}}' for rid, type_, head, tail in doc.relation_rows()]
        self._stream().write(
            f'{{"id":{doc.id_json},"title":{doc.title_json},"text":{doc.text_quoted},'
            f'"text_sha256":{quote(doc.text_sha256)},"meta":{self._meta_json(doc)},'
            f'"spans":[{",".join(spans)}],"relations":[{",".join(rels)}],'
            f'"review":{self.dumps(self._review(doc.review))}}}\n')
        self.count += 1

    def _meta_json(self, doc: ExportDoc) -> str:
        meta = doc.meta_out()
        return self.dumps({k: c(meta.get(k)) for k, c in self.meta_conv})

    @staticmethod
    def _review(review: dict[str, Any]) -> dict[str, Any]:
        return {"status": review.get("status"), "reviewer": review.get("reviewer"),
                "annotators": review.get("annotators", []),
                "layer": review.get("layer"),
                "decisions": [{"who": d.get("who"), "action": d.get("action"),
                               "detail": json.dumps(d.get("detail"), ensure_ascii=False,
                                                    sort_keys=True),
                               "reason": d.get("reason"), "at": d.get("at")}
                              for d in review.get("decisions", [])]}

    def features_yaml(self) -> list[str]:
        def struct(fields: dict[str, str], indent: str) -> list[str]:
            out = []
            for k, t in fields.items():
                out += [f"{indent}- name: {_q(k)}", f"{indent}  dtype: "
                        f"{'string' if t == JSON else t}"]
            return out

        y = ["dataset_info:", "  features:"]
        for name in ("id", "title", "text", "text_sha256"):
            y += [f"  - name: {name}", "    dtype: string"]
        y += ["  - name: meta", "    struct:", *struct(self.meta, "    ")]
        y += ["  - name: spans", "    list:"]
        y += struct({"id": "string", "start": "int64", "end": "int64", "label": "string",
                     "text": "string"}, "    ")
        if self.attrs:
            y += ["    - name: attrs", "      struct:", *struct(self.attrs, "      ")]
        else:
            y += ["    - name: attrs", "      dtype: string"]
        y += struct({"comment": "string"}, "    ")
        y += ["  - name: relations", "    list:",
              *struct({"id": "string", "type": "string", "head": "string", "tail": "string"},
                      "    ")]
        y += ["  - name: review", "    struct:",
              *struct({"status": "string", "reviewer": "string"}, "    "),
              "    - name: annotators", "      list: string",
              *struct({"layer": "string"}, "    "),
              "    - name: decisions", "      list:",
              *struct({"who": "string", "action": "string", "detail": "string",
                       "reason": "string", "at": "string"}, "      ")]
        size = sum((self.out.folder / name).stat().st_size for name in self.shards)
        y += ["  splits:", "  - name: train", f"    num_bytes: {size}",
              f"    num_examples: {self.count}"]
        return y

    def close(self, card: Any = None) -> None:
        if self.shard is None:
            self._stream()  # an export of no documents is still a loadable (empty) split
        self.shard.close()
        head = ["---", "configs:", "- config_name: default", "  data_files:",
                "  - split: train", "    path: data/*.jsonl", *self.features_yaml(), "---", ""]
        body = render(card, title="Dataset") if card is not None else ""
        as_json = [k for k, t in self.meta.items() if t == JSON]
        as_json += [f"attrs.{k}" for k, t in self.attrs.items() if t == JSON]
        extra = ["", "## Columns", "",
                 "`id`, `title`, `text`, `text_sha256`; `meta` (one field per meta key); "
                 "`spans` (`id`, `start`, `end`, `label`, `text`, `attrs`, `comment`); "
                 "`relations` (`id`, `type`, `head`, `tail`: span ids); `review`. "
                 "Load with `datasets.load_dataset(\"FOLDER\")`."]
        if as_json:
            extra += ["", "Written as JSON text (their values mix kinds): "
                      + ", ".join(f"`{k}`" for k in as_json) + "."]
        with self.out.open("README.md") as fh:
            fh.write("\n".join(head) + body + "\n".join(extra) + "\n")


def owns(path) -> bool:
    return (path.name == "README.md" and path.is_file()) or (
        path.name == "data" and path.is_dir()
        and all(p.suffix == ".jsonl" for p in path.iterdir()))


FORMAT = Format(
    name="hf", label="Hugging Face dataset (folder)", extensions=(".jsonl", ".md"),
    output="folder", writer=HfWriter, owns=owns,
    description="a Hugging Face dataset folder: data/*.jsonl and a README.md card "
                "declaring every feature",
    carries="everything the gold export holds, typed (meta and attributes as structs)",
    loses="nothing; meta or attribute values that mix kinds become JSON text")
