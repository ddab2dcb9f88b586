"""Command-line interface: `flask --app app check PATH…` and `flask --app app rules lint`."""

from __future__ import annotations

from flask import Flask


def register_commands(app: Flask) -> None:
    """Attach every command to the app's `flask` CLI."""
    from commands.check import check_command
    from commands.fill import fill_command
    from commands.rules import rules_group

    app.cli.add_command(check_command)
    app.cli.add_command(fill_command)
    app.cli.add_command(rules_group)
