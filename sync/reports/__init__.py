"""Reports made the same way by the server's admin CLI and the app (no desktop, no server
imports): the citizen's access log."""
