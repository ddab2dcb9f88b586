"""Extraction over the generated sample documents: types, layouts, and a field-accuracy floor per format."""

from __future__ import annotations

import json
import shutil

import pytest

from bench.extraction_accuracy import DOCUMENTS, evaluate
from extractors import read_path

# Floors measured on the generated samples; the targets are DOCX 99 %, text PDF 98 %, scans 90 %
# of key fields. A drop below a floor is a regression.
FLOORS = {"docx": (0.995, 0.995), "pdf": (0.98, 0.98), "scan": (0.97, 0.97)}


@pytest.fixture(scope="module")
def results() -> dict:
    return evaluate()


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_accuracy_floor(results: dict, kind: str) -> None:
    result = results[kind]
    fields, key = result["fields"], result["key"]
    assert result["types"][0] == result["types"][1], "every document's type is recognised"
    assert fields[0] / fields[1] >= FLOORS[kind][0]
    assert key[0] / key[1] >= FLOORS[kind][1]


def test_docx_biography_key_fields(results: dict) -> None:
    from extractors import Limits
    from extractors.reading import read_one

    entry = read_one("ly-lich.docx", (DOCUMENTS / "ho-so-sach" / "ly-lich.docx").read_bytes(), Limits())
    golden = json.loads((DOCUMENTS / "ho-so-sach" / "ly-lich.docx.expected.json").read_text(encoding="utf-8"))["data"]
    assert (entry["type"], entry["layout"]) == ("ly_lich", "HD38-2025")
    for key in (
        "ho_ten_khai_sinh",
        "ngay_sinh",
        "gioi_tinh",
        "que_quan",
        "noi_thuong_tru",
        "dan_toc",
        "ton_giao",
        "ngay_vao_doan",
    ):
        assert entry["data"][key] == golden[key], key
    assert [(item["tu"], item["den"]) for item in entry["data"]["cong_tac"]] == [
        (item["tu"], item["den"]) for item in golden["cong_tac"]
    ]
    assert [(item["ho_ten"], item["nam_sinh"]) for item in entry["data"]["gia_dinh"]] == [
        (item["ho_ten"], item["nam_sinh"]) for item in golden["gia_dinh"]
    ]


def test_old_layout_is_recognised_and_reported(library) -> None:
    from extractors import Limits
    from extractors.reading import read_one
    from validators.engine import validate

    entry = read_one("ly-lich.docx", (DOCUMENTS / "ho-so-mau-cu" / "ly-lich.docx").read_bytes(), Limits())
    assert entry["layout"] == "HD12-2022"
    findings = validate(library, {"ly_lich": entry["data"]}, ngay_xet="2026-11-20").findings
    assert "ly_lich.mau_cu" in {finding.rule for finding in findings}


def test_folder_check_reads_every_file(tmp_path) -> None:
    folder = tmp_path / "ho-so"
    shutil.copytree(DOCUMENTS / "ho-so-sach", folder, ignore=shutil.ignore_patterns("*.json", "*.pdf", "*.jpg"))
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 broken")
    intake = read_path(folder)
    by_file = {document["file"]: document for document in intake.documents}
    assert by_file["ly-lich.docx"]["type"] == "ly_lich"
    assert "unreadable" in by_file["hong.docx"]
    assert len(intake.data["gioi_thieu"]) == 2
    assert intake.data["ly_lich"]["ho_ten_khai_sinh"] == "TRẦN THỊ MINH THƯ"


def test_cli_checks_a_folder_of_word_and_pdf_files(app, tmp_path) -> None:
    folder = tmp_path / "ho-so-sach"
    shutil.copytree(DOCUMENTS / "ho-so-sach", folder, ignore=shutil.ignore_patterns("*.json", "*.scan.*"))
    result = app.test_cli_runner().invoke(args=["check", str(folder), "--at", "2026-11-20", "--format", "json"])
    report = json.loads(result.output)[0]
    assert result.exit_code == 0
    assert {document["type"] for document in report["documents"]} >= {"ly_lich", "don", "gioi_thieu", "chung_nhan"}
    assert report["findings"] == [] and report["summary"]["ready"] is True
    assert len(report["dossier_data"]["gioi_thieu"]) == 2  # the PDF copy of each letter is not counted again
