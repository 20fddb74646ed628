"""The only code that imports Qt: windows, widgets, Qt models, undo commands, workers."""

from desktop.ui import qtfix as _qtfix

_qtfix.install()
