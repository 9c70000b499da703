"""Alembic migrations of the server database (shipped as package data)."""
