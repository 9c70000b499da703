"""The company side: needs, contact history, matching and the company network."""
