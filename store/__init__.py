"""Stored dossiers: the database (SQLAlchemy), content-addressed uploads, revisions and retention; no Flask here."""
