"""Flask blueprints: the JSON API (and, later, the web pages)."""
