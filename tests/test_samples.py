"""Golden files: each sample dossier raises exactly the findings its `.expected.json` names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

GOLDEN = sorted(path for path in SAMPLES.glob("*.json") if not path.name.endswith(".expected.json"))


def test_samples_exist() -> None:
    assert len(GOLDEN) >= 8


@pytest.mark.parametrize("sample", GOLDEN, ids=lambda path: path.stem)
def test_sample_findings(sample: Path, check) -> None:
    expected = json.loads(sample.with_suffix("").with_suffix(".expected.json").read_text(encoding="utf-8"))
    dossier = json.loads(sample.read_text(encoding="utf-8"))
    found = sorted((finding.rule, finding.field or "") for finding in check(dossier, ngay_xet=expected["ngay_xet"]))
    assert found == sorted((item["rule"], item["field"] or "") for item in expected["findings"])


def test_cli_json_report_carries_ids_fields_messages_and_basis(app) -> None:
    result = app.test_cli_runner().invoke(
        args=["check", str(SAMPLES / "ho-so-loi-ly-lich.json"), "--format", "json", "--at", "2026-11-20"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)[0]
    gap = next(finding for finding in report["findings"] if finding["rule"] == "ly_lich.cong_tac_gian_doan")
    assert gap == {**gap, "severity": "error", "field": "ly_lich.cong_tac[4]", "basis": "HD-38 §1.4.2 (15)"}
    assert "09/2020" in gap["message"] and "gap" in gap["message_en"]
    assert report["summary"] == {"error": 6, "warning": 2, "info": 0, "ready": False}
    assert report["ngay_xet"] == "2026-11-20" and report["rules_version"] == "HD38-2025"
