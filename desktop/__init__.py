"""Tawsim: an offline workbench for annotating Arabic news."""

__version__ = "0.1.0"
