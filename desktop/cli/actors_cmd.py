"""``tawsim actors PROJECT``: every actor by canonical name, with its variants, type and
claims (DESIGN §5b). Reads the project only (opened with ``create=False``)."""

from __future__ import annotations

import json

from desktop.cli.common import UsageError, existing_project

NAME = "actors"


def add_parser(sub) -> None:
    act = sub.add_parser("actors", help="the actor index: actors by canonical name")
    act.add_argument("project", help="the project file (only read)")
    act.add_argument("--json", action="store_true",
                     help="a JSON array on stdout, one object per actor, most mentions first")
    act.add_argument("--layer", default="gold", help="gold (default) or an annotator's layer")
    act.add_argument("--include-unreviewed", action="store_true",
                     help="gold: also the mentions in documents not reviewed yet")
    act.set_defaults(func=run)


def _isolated(text: str) -> str:
    """Arabic inside a left-to-right table line, isolated so the line reads in order."""
    return f"\u2068{text}\u2069"


def run(args) -> int:
    from desktop.store.actors import actor_index

    with existing_project(args.project) as project:
        try:
            actors = actor_index(project, args.layer,
                                 include_unreviewed=args.include_unreviewed)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if args.json:
        print(json.dumps([a.to_json() for a in actors], ensure_ascii=False))
        return 0
    print(f"{'mentions':>8}  {'made':>4}  {'about':>5}  {'type':<12}  canonical: variants")
    for a in actors:
        variants = ", ".join(f"{_isolated(text)} ×{n}" for text, n in a.variants.items())
        print(f"{a.mentions:>8}  {a.claims_made:>4}  {a.claims_about:>5}  {a.type or '-':<12}"
              f"  {_isolated(a.canonical)}: {variants}")
    total = sum(a.mentions for a in actors)
    print(f"{len(actors)} actor(s), {total} mention(s)")
    return 0
