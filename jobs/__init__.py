"""Background work (reading uploads: OCR, conversion) on a huey queue: SQLite by default, Redis by configuration."""
