"""attachments: files attached to a case or a meeting (embedded by the meeting form and the
case page)."""
