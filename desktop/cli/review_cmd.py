"""``tawsim review PROJECT --accept-unanimous``: what every annotator agreed on, to gold."""

from __future__ import annotations

from desktop.cli.common import Progress, UsageError, existing_project, store_errors

NAME = "review"


def add_parser(sub) -> None:
    rv = sub.add_parser("review", help="review actions: --accept-unanimous")
    rv.add_argument("project", help="the project file")
    rv.add_argument("--accept-unanimous", action="store_true",
                    help="copy into gold what all annotators of a document made identically")
    rv.add_argument("--reviewer", default=None, help="name in the audit trail (default: your login name)")
    rv.set_defaults(func=run)


def _login_name() -> str:
    """The user's login name ($LOGNAME, $USER, … then the password database), as the
    window's default annotator name is found."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system
        return ""


@store_errors(note="documents accepted before it stay in gold, each whole")
def run(args) -> int:
    from desktop.store.review import accept_unanimous

    if not args.accept_unanimous:
        raise UsageError("say what to do: --accept-unanimous (the rest is in the window)")
    who = args.reviewer or _login_name() or "reviewer"
    bar = Progress("reviewing", unit="documents")
    with existing_project(args.project) as project:
        report = accept_unanimous(project, who=who, progress=bar)
    bar.close()
    print(f"accepted {report.spans} span(s) and {report.relations} relation(s) into gold "
          f"in {report.documents} document(s)")
    return 0
