"""A small JSON Schema validator: the subset of JSON Schema that
``resources/schema/gold.schema.json`` uses, so the smoke test (and anyone) can check an
export without the ``jsonschema`` package in the bundle. An unknown keyword is an error
(``SchemaUnsupported``), never silently passed; ``tests/packaging/test_validator.py``
checks it agrees with the ``jsonschema`` package.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Keywords that only annotate (no effect on validity).
_ANNOTATIONS = {"$schema", "$id", "$comment", "title", "description", "default", "examples"}
_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool)
    or isinstance(v, float) and v.is_integer(),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class SchemaUnsupported(ValueError):
    """The schema uses a keyword this validator does not implement."""


def _equal(a: Any, b: Any) -> bool:
    """JSON equality: 1 == 1.0, but True != 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def validate(instance: Any, schema: dict | bool, path: str = "$") -> list[str]:
    """Errors of ``instance`` against ``schema`` (empty when valid), one string each, for the
    subset of JSON Schema 2020-12 that Tawsim's schemas use: type, const, enum, required,
    properties, additionalProperties, items, minLength, maxLength, pattern, minimum,
    maximum, minItems, maxItems. Any other keyword raises SchemaUnsupported."""
    if schema is True or schema == {}:
        return []
    if schema is False:
        return [f"{path}: no value is allowed here"]
    unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
    if unknown:
        raise SchemaUnsupported(f"{path}: unsupported JSON Schema keyword(s): "
                                f"{', '.join(sorted(unknown))}")
    errors: list[str] = []
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](instance) for t in types):
            return [f"{path}: {_short(instance)} is not of type {' or '.join(types)}"]
    if "const" in schema and not _equal(instance, schema["const"]):
        errors.append(f"{path}: {_short(instance)} is not {schema['const']!r}")
    if "enum" in schema and not any(_equal(instance, v) for v in schema["enum"]):
        errors.append(f"{path}: {_short(instance)} is not one of {schema['enum']!r}")
    if isinstance(instance, str):
        if "minLength" in schema and len(instance) < schema["minLength"]:
            errors.append(f"{path}: shorter than {schema['minLength']} character(s)")
        if "maxLength" in schema and len(instance) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']} character(s)")
        if "pattern" in schema and not re.search(schema["pattern"], instance):
            errors.append(f"{path}: {_short(instance)} does not match {schema['pattern']!r}")
    if _TYPES["number"](instance):
        if "minimum" in schema and instance < schema["minimum"]:
            errors.append(f"{path}: {instance} is less than {schema['minimum']}")
        if "maximum" in schema and instance > schema["maximum"]:
            errors.append(f"{path}: {instance} is more than {schema['maximum']}")
    if isinstance(instance, dict):
        for name in schema.get("required", ()):
            if name not in instance:
                errors.append(f"{path}: {name!r} is required")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, value in instance.items():
            where = f"{path}.{name}"
            if name in props:
                errors.extend(validate(value, props[name], where))
            elif extra is False:
                errors.append(f"{path}: additional property {name!r} is not allowed")
            elif extra is not True:
                errors.extend(validate(value, extra, where))
    if isinstance(instance, list):
        if "minItems" in schema and len(instance) < schema["minItems"]:
            errors.append(f"{path}: fewer than {schema['minItems']} item(s)")
        if "maxItems" in schema and len(instance) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} item(s)")
        if "items" in schema:
            for i, item in enumerate(instance):
                errors.extend(validate(item, schema["items"], f"{path}[{i}]"))
    return errors


_KEYWORDS = {"type", "const", "enum", "required", "properties", "additionalProperties",
             "items", "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems",
             "maxItems"}


def check_schema(schema: dict | bool, path: str = "$") -> None:
    """Raise SchemaUnsupported if any (nested) part of ``schema`` uses a keyword that
    ``validate`` does not implement, even one no instance has reached yet."""
    if isinstance(schema, bool):
        return
    unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
    if unknown:
        raise SchemaUnsupported(f"{path}: unsupported JSON Schema keyword(s): "
                                f"{', '.join(sorted(unknown))}")
    for name, sub in schema.get("properties", {}).items():
        check_schema(sub, f"{path}.properties.{name}")
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict | bool):
            check_schema(schema[key], f"{path}.{key}")


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


__all__ = ["SchemaUnsupported", "check_schema", "validate"]
