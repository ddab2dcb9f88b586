"""`flask --app app check`: text and JSON reports, dates, folders and paths that cannot be read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import SAMPLES


def test_text_report(app) -> None:
    result = app.test_cli_runner().invoke(args=["check", str(SAMPLES / "ho-so-thu-tu.json"), "--at", "2026-11-20"])
    assert result.exit_code == 0
    assert "CHƯA ĐẠT" in result.output and "thu_tuc.bieu_quyet_chi_bo" in result.output
    assert "Căn cứ: QD-294 §4.3.2; HD-06 §3.6" in result.output


def test_several_paths_and_a_missing_one(app, tmp_path: Path) -> None:
    folder = tmp_path / "ho-so-thu-muc"
    folder.mkdir()
    shutil.copy(SAMPLES / "ho-so-sach.json", folder / "ho-so.json")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    runner = app.test_cli_runner(mix_stderr=False) if _supports_mix_stderr(app) else app.test_cli_runner()
    result = runner.invoke(
        args=[
            "check",
            str(SAMPLES / "ho-so-sach.json"),
            str(folder),
            str(tmp_path / "khong-co"),
            "--format",
            "json",
            "--at",
            "2026-11-20",
        ]
    )
    assert result.exit_code == 1
    reports = json.loads(result.stdout)
    assert [report["dossier"] for report in reports] == ["ho-so-sach", "ho-so-thu-muc"]
    assert reports[0]["summary"]["ready"] is True
    assert [finding["rule"] for finding in reports[1]["findings"]] == ["tai_lieu.khong_doc_duoc"]


def test_bad_date_option(app) -> None:
    result = app.test_cli_runner().invoke(args=["check", str(SAMPLES / "ho-so-sach.json"), "--at", "20/11/2026"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def _supports_mix_stderr(app) -> bool:
    import inspect

    from click.testing import CliRunner

    return "mix_stderr" in inspect.signature(CliRunner.__init__).parameters
