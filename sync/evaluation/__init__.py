"""Pure evaluation of the projects' effect, shared by the app and the server (no Qt, no DB)."""
