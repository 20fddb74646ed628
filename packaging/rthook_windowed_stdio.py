"""PyInstaller runtime hook, in the Windows bundle only (build.spec adds it there): where
the standard streams are.

On Windows the bundle has two programs over one ``_internal`` folder: ``tawsim.exe``, a
console program (the command line: ``tawsim import``, ``tawsim --smoke-test``...), and
``tawsimw.exe``, the same program built as a windowed one, for the Start menu and
Explorer, which opens no console window. A windowed process gets no console, and Python
(as ``pythonw.exe`` does) then sets ``sys.stdout`` and ``sys.stderr`` to ``None``, unless
the process was given handles: started with its output redirected to a file or a pipe
(``tawsimw.exe --smoke-test > out.txt``, or ``subprocess.run(..., capture_output=True)``),
it writes there like any program, and this hook does nothing.

Without handles, every ``print`` would vanish and every ``sys.stderr.write`` (argparse's
usage errors, the smoke test's reasons, warnings) would raise ``AttributeError``. So:

* ``TAWSIM_STDIO_LOG=FILE``: the missing streams are appended to FILE (the release
  workflow reads the windowed smoke test's report from there if no handle came through);
* otherwise they go to ``os.devnull``: the window works, and an exit status is still
  the program's answer.

``tawsim.exe`` (and every program on Linux and macOS) has its streams: the hook returns
at once, having imported nothing.
"""


def _install() -> None:
    import sys

    if sys.stdout is not None and sys.stderr is not None:
        return
    import os

    target = os.environ.get("TAWSIM_STDIO_LOG") or os.devnull
    try:
        stream = open(target, "a", encoding="utf-8", errors="replace", buffering=1)
    except OSError:
        stream = open(os.devnull, "w", encoding="utf-8")
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


_install()
