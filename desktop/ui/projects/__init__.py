"""A team's projects with their targets."""
