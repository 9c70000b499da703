"""HTTP layer: routes per resource, typed dependencies, middleware."""
