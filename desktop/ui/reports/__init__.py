"""The effect report view: period, group and project; charts with their numbers; PDF, CSV."""
