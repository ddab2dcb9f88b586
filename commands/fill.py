"""`flask --app app fill FORM DOSSIER -o FILE` (placeholder until the forms work lands)."""

from __future__ import annotations

import click


@click.command("fill")
def fill_command() -> None:
    """Điền mẫu biểu từ hồ sơ (fill a form): not available yet."""
    raise click.ClickException("Chưa hỗ trợ điền mẫu biểu (form filling is not available yet).")
