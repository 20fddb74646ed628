"""The only code that imports Qt: windows, widgets, Qt models, undo commands, workers."""
