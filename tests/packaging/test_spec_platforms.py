"""build.spec's branches per system, checked here on Linux: the spec is run with stand-ins
for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and ``sys.platform`` set to each
system, and what it asks PyInstaller to build is compared with what docs/install.md
promises. (The real Windows and macOS builds run only in .github/workflows/release.yml.)
Also the Windows runtime hook for the windowed program's streams, and packaging/icons.py.
Not marked `packaging`: part of `make test`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"


class _Target:
    calls: list

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.name = kwargs.get("name")
        type(self).calls.append(self)


def _run_spec(monkeypatch, platform: str, *, bare: str | None = None, binaries=(),
              imports=None) -> SimpleNamespace:
    """Execute build.spec as PyInstaller would, on ``platform``, and return what it built."""
    import PyInstaller.depend.bindepend as bindepend
    import PyInstaller.utils.hooks as hooks

    monkeypatch.setattr(hooks, "collect_submodules", lambda name: [f"{name}.stub"])
    monkeypatch.setattr(bindepend, "get_imports",
                        lambda src, *a, **k: [(n, n) for n in (imports or {}).get(src, [])])
    if bare:
        monkeypatch.setenv("TAWSIM_SPEC_BARE", bare)
    else:
        monkeypatch.delenv("TAWSIM_SPEC_BARE", raising=False)

    made = {kind: type(kind, (_Target,), {"calls": []})
            for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}

    class Analysis(made["Analysis"]):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.binaries = list(binaries)
            self.datas, self.pure, self.scripts = [], [], ["__main__"]

    made["Analysis"] = Analysis
    namespace = {**made, "SPECPATH": str(ROOT), "__file__": str(SPEC)}
    monkeypatch.setattr(sys, "platform", platform)
    try:
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    finally:
        monkeypatch.undo()  # sys.platform back before anything else looks at it
    return SimpleNamespace(analysis=Analysis.calls[0], exes=made["EXE"].calls,
                           collect=made["COLLECT"].calls, bundle=made["BUNDLE"].calls,
                           ns=namespace)


def _hooks(built) -> list[str]:
    return [Path(h).name for h in built.analysis.kwargs["runtime_hooks"]]


def test_linux_is_one_console_program_without_an_icon(monkeypatch):
    built = _run_spec(monkeypatch, "linux")
    assert [(e.name, e.kwargs["console"], e.kwargs["icon"]) for e in built.exes] == [
        ("tawsim", True, None)]
    assert built.exes[0].args[2] == []  # no interpreter options
    assert _hooks(built) == ["rthook_exit_after_shown.py"]
    (coll,) = built.collect
    assert coll.name == "tawsim" and coll.args[0] is built.exes[0] and len(coll.args) == 3
    assert built.bundle == []


def test_windows_has_a_windowed_twin_and_an_ico(monkeypatch):
    built = _run_spec(monkeypatch, "win32")
    assert [(e.name, e.kwargs["console"]) for e in built.exes] == [("tawsim", True),
                                                                   ("tawsimw", False)]
    # UTF-8 mode: Arabic output to a pipe would not fit the ANSI code page
    assert all(e.args[2] == [("X utf8", None, "OPTION")] for e in built.exes)
    icons = {e.kwargs["icon"] for e in built.exes}
    assert len(icons) == 1
    icon = Path(icons.pop())
    assert icon.suffix == ".ico" and icon.is_file()
    assert _hooks(built) == ["rthook_exit_after_shown.py", "rthook_windowed_stdio.py"]
    (coll,) = built.collect
    assert coll.args[:2] == tuple(built.exes) and coll.name == "tawsim"
    assert built.bundle == []

    from PIL import Image

    with Image.open(icon) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())


def test_macos_has_an_app_bundle_and_an_icns(monkeypatch):
    built = _run_spec(monkeypatch, "darwin")
    (exe,) = built.exes
    assert exe.name == "tawsim" and exe.kwargs["console"] is True and exe.args[2] == []
    icon = Path(exe.kwargs["icon"])
    assert icon.suffix == ".icns" and icon.is_file()
    (app,) = built.bundle
    assert app.args == (built.collect[0],)
    assert app.name == "Tawsim.app" and app.kwargs["icon"] == str(icon)
    version = built.ns["VERSION"]
    assert app.kwargs["version"] == version
    plist = app.kwargs["info_plist"]
    assert plist["LSBackgroundOnly"] is False and plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleVersion"] == version
    assert app.kwargs["bundle_identifier"].count(".") >= 2
    assert _hooks(built) == ["rthook_exit_after_shown.py"]

    from PIL import Image

    with Image.open(icon) as icns:
        assert icns.size == (1024, 1024)  # the largest size, drawn from the SVG


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_the_bench_baseline_stays_bare(monkeypatch, platform):
    built = _run_spec(monkeypatch, platform, bare=str(ROOT / "bench" / "bare.py"))
    assert [(e.name, e.kwargs["icon"]) for e in built.exes] == [("bare", None)]
    assert built.bundle == [] and _hooks(built) == ["rthook_exit_after_shown.py"]


@pytest.mark.parametrize("platform, kept, dropped", [
    ("win32", ("PySide6/plugins/platforms/qwindows.dll", "Qt6Network.dll"),
     ("PySide6/Qt6Network.dll", "C:/w/Qt6Network.dll", "BINARY")),
    ("darwin", ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "@rpath/QtNetwork"),
     ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", "/m/QtNetwork", "BINARY")),
])
def test_a_dropped_library_still_needed_fails_the_build(monkeypatch, platform, kept, dropped):
    dest, needs = kept
    binaries = [(dest, f"/src/{Path(dest).name}", "BINARY"), dropped]
    with pytest.raises(SystemExit, match="dropped libraries still needed"):
        _run_spec(monkeypatch, platform, binaries=binaries,
                  imports={f"/src/{Path(dest).name}": [needs]})
    # and the same binaries without that need build
    built = _run_spec(monkeypatch, platform, binaries=binaries, imports={})
    assert len(built.collect) == 1


# ---------------------------------------------------------------------------- the hook

HOOK = ROOT / "packaging" / "rthook_windowed_stdio.py"


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)


def test_windowed_hook_writes_to_the_log_when_there_are_no_streams(tmp_path):
    log = tmp_path / "stdio.log"
    code = ("import sys; sys.stdout = None; sys.stderr = None\n"
            f"exec(open({str(HOOK)!r}).read())\n"
            "print('smoke test: ok'); sys.stderr.write('a reason\\n')\n")
    proc = _python(code, dict(os.environ, TAWSIM_STDIO_LOG=str(log)))
    assert proc.returncode == 0, proc.stderr
    assert log.read_text() == "smoke test: ok\na reason\n"


def test_windowed_hook_without_a_log_discards_quietly():
    code = ("import sys; sys.stdout = None; sys.stderr = None\n"
            f"exec(open({str(HOOK)!r}).read())\n"
            "print('x'); sys.stderr.write('y'); raise SystemExit(3)\n")
    env = {k: v for k, v in os.environ.items() if k != "TAWSIM_STDIO_LOG"}
    assert _python(code, env).returncode == 3


def test_windowed_hook_leaves_real_streams_alone(tmp_path):
    code = ("import sys; before = sys.stdout, sys.stderr\n"
            f"exec(open({str(HOOK)!r}).read())\n"
            "assert (sys.stdout, sys.stderr) == before; print('here')\n")
    proc = _python(code, dict(os.environ, TAWSIM_STDIO_LOG=str(tmp_path / "never")))
    assert (proc.returncode, proc.stdout) == (0, "here\n"), proc.stderr
    assert not (tmp_path / "never").exists()


# ---------------------------------------------------------------------------- icons


def test_icons_script(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"), "--out",
                           str(tmp_path)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert proc.returncode == 0, proc.stderr
    from PIL import Image

    with Image.open(tmp_path / "tawsim.ico") as ico:
        assert max(ico.ico.sizes()) == (256, 256)
        ico.size = (256, 256)
        ico.load()
        corner, centre = ico.getpixel((2, 2)), ico.getpixel((128, 128))
    assert corner[3] == 0 and centre[3] == 255, "transparent corners, an opaque tile"


@pytest.mark.parametrize("dest, kept", [
    # macOS: PySide6's wheels name the frameworks QtGui.framework (no 6)
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("PySide6/Qt/lib/QtDBus.framework/Versions/A/QtDBus", True),  # QtGui links it there too
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
    ("PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist", False),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.dylib", False),
    # Windows: plugins straight under PySide6/plugins
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/plugins/imageformats/qsvg.dll", False),
    ("PySide6/translations/qtbase_ar.qm", False),
    # Linux, as before
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("libxcb-cursor.so.0", True),
])
def test_qt_filter_names(monkeypatch, dest, kept):
    qt_keep = _run_spec(monkeypatch, "linux").ns["qt_keep"]
    assert qt_keep(dest) is kept
