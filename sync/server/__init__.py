"""The central Trepart sync server: FastAPI app, storage, access policy, admin CLI."""
