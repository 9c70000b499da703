"""Trepart desktop: the consultant's and mentor's offline application."""

__version__ = "0.1.0"
