"""`flask --app app check PATH… [--at YYYY-MM-DD] [--format text|json]`: check dossiers on disk."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from flask import current_app
from flask.cli import with_appcontext

from dossier.dates import parse_day
from errors import ServiceError
from extractors import read_path
from validators.report import check_report

_SEVERITY_LABELS = {"error": "LỖI", "warning": "CẢNH BÁO", "info": "LƯU Ý"}


def _date(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    if value is not None and parse_day(value) is None:
        raise click.BadParameter(f"“{value}” không phải ngày YYYY-MM-DD (not a YYYY-MM-DD date)")
    return value


@click.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--at", "at", callback=_date, help="Ngày chi bộ xét (ngay_xet), YYYY-MM-DD; mặc định hôm nay.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
@with_appcontext
def check_command(paths: tuple[Path, ...], at: str | None, output: str) -> None:
    """Kiểm tra hồ sơ: mỗi PATH là một thư mục, một tệp .zip hoặc một tệp (check dossiers)."""
    library = current_app.extensions["rule_library"]
    reports: list[dict[str, Any]] = []
    failed = False
    for path in paths:
        try:
            intake = read_path(path, limits=current_app.config["EXTRACT_LIMITS"], progress=_show_progress)
            reports.append(
                check_report(
                    library,
                    intake.data,
                    ngay_xet=at,
                    name=intake.name,
                    default_profile=current_app.config["DEFAULT_PROFILE"],
                    documents=intake.documents,
                )
            )
        except OSError as error:
            failed = True
            click.echo(f"Không đọc được “{path}” (cannot read): {error.strerror or error}", err=True)
        except ServiceError as error:
            failed = True
            click.echo(f"{path}: {error.message} ({error.message_en})", err=True)
    if output == "json":
        click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            click.echo(format_text(report))
    if failed:
        sys.exit(1)


def _show_progress(name: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr while a scan is read (OCR is about a second a page)."""
    width = 24
    filled = width * done // max(total, 1)
    end = "\n" if done >= total else ""
    click.echo(f"\rOCR {name}: [{'#' * filled}{'.' * (width - filled)}] {done}/{total} trang", err=True, nl=False)
    if end:
        click.echo("", err=True)


def format_text(report: dict[str, Any]) -> str:
    """A report as a clerk reads it on a terminal."""
    summary = report["summary"]
    state = "ĐỦ ĐIỀU KIỆN CHUYỂN TIẾP" if summary["ready"] else "CHƯA ĐẠT"
    lines = [
        f"Hồ sơ {report['dossier']} — {report['rules_version']} — ngày xét {report['ngay_xet']}: {state} "
        f"({summary['error']} lỗi, {summary['warning']} cảnh báo, {summary['info']} lưu ý)"
    ]
    for finding in report["findings"]:
        where = finding.get("field") or finding.get("document") or ""
        lines.append(f"  [{_SEVERITY_LABELS[finding['severity']]}] {finding['rule']}  {where}")
        lines.append(f"      {finding['message']}")
        if finding.get("suggestion"):
            lines.append(f"      Đề nghị: {finding['suggestion']}")
        lines.append(f"      Căn cứ: {finding['basis']}")
    return "\n".join(lines) + "\n"
