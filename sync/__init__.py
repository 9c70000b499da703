"""Trepart sync: the wire protocol, the device-side engine and the central server.

Nothing in this package imports `desktop` or Qt (checked by import-linter).
"""
