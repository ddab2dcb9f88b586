"""`flask --app app rules lint|list`: check the rule files, list the rules."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from errors import RuleBookError
from validators.rulebook import load_library

rules_group = AppGroup("rules", help="Quy tắc kiểm tra hồ sơ (rule files).")


@rules_group.command("lint")
@click.option(
    "--rules-dir",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Thư mục quy tắc cần kiểm tra (mặc định: thư mục của dịch vụ).",
)
def lint(rules_dir: Path | None) -> None:
    """Kiểm tra mọi tệp quy tắc; in từng lỗi kèm tệp và dòng (check every rule file)."""
    directory = rules_dir or Path(current_app.config["RULES_DIR"])
    try:
        library = load_library(directory)
    except RuleBookError as error:
        click.echo(error.message, err=True)
        sys.exit(1)
    for name, rule_set in library.rule_sets.items():
        click.echo(f"{name}: {len(rule_set.rules)} quy tắc — hợp lệ (valid)")
    for name, profile in library.profiles.items():
        click.echo(f"{name} (mở rộng {profile.extends}): {len(profile.rules)} quy tắc — hợp lệ (valid)")


@rules_group.command("list")
def list_rules() -> None:
    """Liệt kê các quy tắc: mã, mức độ, căn cứ, tiêu đề (list the rules)."""
    library = current_app.extensions["rule_library"]
    for rule_set in [*library.rule_sets.values(), *library.profiles.values()]:
        click.echo(f"# {rule_set.name} {rule_set.title}")
        for rule in rule_set.rules:
            click.echo(f"{rule.id:45} {rule.severity:8} {rule.basis:32} {rule.title}")
