"""Use cases on top of the vault and the store. No Qt here."""
