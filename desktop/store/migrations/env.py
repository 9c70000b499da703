"""Alembic environment for the vault database: always run on the store's own open connection.

The connection is handed in through `config.attributes["connection"]` because only the store
holds the key; Alembic never opens the encrypted file itself.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
