"""Validation of a canonical dossier against YAML admission rules (no Flask here)."""
