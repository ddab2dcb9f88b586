"""The canonical dossier: its text, dates, paths, places and defaults (no Flask here)."""
