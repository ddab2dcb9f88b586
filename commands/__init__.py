"""Command-line interface: `flask --app app check PATH…`, `rules lint`, `fill`, `users add`, `purge`, `db upgrade`."""

from __future__ import annotations

from flask import Flask


def register_commands(app: Flask) -> None:
    """Attach every command to the app's `flask` CLI."""
    from commands.accounts import users_group
    from commands.check import check_command
    from commands.fill import fill_command
    from commands.maintenance import db_group, purge_command
    from commands.rules import rules_group

    app.cli.add_command(check_command)
    app.cli.add_command(fill_command)
    app.cli.add_command(rules_group)
    for command in (users_group, purge_command, db_group):
        app.cli.add_command(command)
