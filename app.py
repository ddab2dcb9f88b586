"""The Flask application factory: `flask --app app run`, `flask --app app check …`, `flask --app app rules lint`."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click
from flask import Flask

from errors import RuleBookError
from extractors import Limits
from validators.rulebook import RuleLibrary, load_library

ROOT = Path(__file__).resolve().parent
DEFAULTS: dict[str, Any] = {
    "RULES_DIR": str(ROOT / "rules"),
    "DEFAULT_PROFILE": None,  # e.g. "HN-02": province profile for dossiers that name none
    "MAX_CONTENT_LENGTH": 50 * 1024 * 1024,
    "JSON_MAX_BYTES": 5 * 1024 * 1024,
    "JSON_AS_ASCII": False,
}


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Build the service; refuse to start (with every problem, file and line) when a rule file is broken."""
    app = Flask(__name__, instance_relative_config=True, template_folder="web/html", static_folder="web/static")
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("DOSSIER")
    if test_config:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False
    app.config.setdefault("EXTRACT_LIMITS", Limits())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app.extensions["rule_library"] = _load_rules(Path(app.config["RULES_DIR"]))

    from commands import register_commands
    from web.api import api
    from web.api_access import install_api_access
    from web.auth import auth
    from web.docs import docs
    from web.dossier_pages import dossier_pages
    from web.dossiers_api import dossiers_api
    from web.forms_api import forms_api
    from web.jobs_api import jobs_api
    from web.ops import ops
    from web.pages import pages
    from web.security import install_security
    from web.setup import csrf, install_web
    from web.token_pages import token_pages

    install_web(app)
    api_blueprints = (api, forms_api, jobs_api, dossiers_api)
    for blueprint in api_blueprints:
        csrf.exempt(blueprint)  # JSON API: Bearer tokens, no cookie-based state to forge
        app.register_blueprint(blueprint)
    install_api_access(app, *api_blueprints)
    for blueprint in (pages, auth, dossier_pages, token_pages, docs, ops):
        app.register_blueprint(blueprint)
    install_security(app)
    register_commands(app)
    return app


def _load_rules(rules_dir: Path) -> RuleLibrary:
    try:
        return load_library(rules_dir)
    except RuleBookError as error:
        if click.get_current_context(silent=True) is not None:  # started from the flask command line
            raise click.ClickException(error.message) from error
        raise
