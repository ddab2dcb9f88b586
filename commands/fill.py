"""`flask --app app fill FORM DOSSIER.json -o FILE [--format docx|pdf]`: fill a form (or `all`, as a ZIP)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext

from errors import ServiceError
from forms import fill, fill_all, zip_forms
from forms.catalog import safe_file_name


def _read_dossier(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise click.ClickException(f"Không đọc được “{path}” (cannot read): {error.strerror or error}") from error
    except ValueError as error:
        raise click.ClickException(f"“{path}” không phải JSON hợp lệ (invalid JSON): {error}") from error
    if isinstance(data, dict) and isinstance(data.get("dossier"), dict):
        data = data["dossier"]
    if not isinstance(data, dict):
        raise click.ClickException(f"“{path}” không phải một hồ sơ (not a dossier object).")
    return data


@click.command("fill")
@click.argument("form", metavar="FORM")
@click.argument("dossier", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, dir_okay=False),
              help="Tệp kết quả; mặc định: tên tiếng Việt của mẫu trong thư mục hiện tại.")
@click.option("--format", "file_format", type=click.Choice(["docx", "pdf"]),
              help="docx (mặc định) hoặc pdf; mặc định theo đuôi tệp -o.")
@click.option("--sponsor", type=click.IntRange(min=1), help="Mẫu 3-KNĐ: người giới thiệu thứ mấy (từ 1).")
@click.option("--profile", help="Hồ sơ địa phương (vd. HN-02): Mẫu 1, 2 thành bản nháp để chép tay.")
@with_appcontext
def fill_command(
    form: str, dossier: Path, output: Path | None, file_format: str | None, sponsor: int | None, profile: str | None
) -> None:
    """Điền mẫu biểu FORM từ hồ sơ DOSSIER (fill a form from a dossier).

    FORM: 1-KND, 2-KND, 3-KND, 4-KND, 4A-KND, 5-KND, 6-KND, 8-KND, 9-KND, CN-NTVD, or `all` (a ZIP of
    every form the dossier has data for).
    """
    data = _read_dossier(dossier)
    chosen = file_format or ("pdf" if output is not None and output.suffix.lower() == ".pdf" else "docx")
    default_profile = current_app.config.get("DEFAULT_PROFILE")
    try:
        if form.lower() == "all":
            filled = fill_all(data, output=chosen, profile=profile, default_profile=default_profile)
            if not filled:
                raise click.ClickException("Hồ sơ chưa có dữ liệu cho mẫu biểu nào (the dossier holds no form data).")
            content, name = zip_forms(filled), safe_file_name(f"{dossier.stem}.zip")
        else:
            one = fill(form, data, output=chosen, sponsor=sponsor, profile=profile, default_profile=default_profile)
            content, name = one.content, one.file_name
    except ServiceError as error:
        raise click.ClickException(f"{error.message} ({error.message_en})") from error
    target = output or Path(name)
    try:
        target.write_bytes(content)
    except OSError as error:
        raise click.ClickException(f"Không ghi được “{target}” (cannot write): {error.strerror or error}") from error
    click.echo(f"{target} ({len(content):,} bytes)")
