"""Form filling API (placeholder until the forms work lands): POST /api/v1/forms/{form}."""

from __future__ import annotations

from flask import Blueprint

forms_api = Blueprint("forms_api", __name__, url_prefix="/api/v1")
