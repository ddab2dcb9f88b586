"""The committed input documents of samples/documents/ are sane: they open, carry their golden values, and the
goldens match the canonical sample dossiers. Nothing here regenerates them (scripts/make_documents.py does)."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pypdfium2
import pytest
from lxml import etree

from tests.conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "scripts"))
from docgen.legacy import from_tcvn3, from_vni

DOCUMENTS = SAMPLES / "documents"
TYPES = {"ly_lich", "don", "gioi_thieu", "chung_nhan", "nghi_quyet_doan", "tong_hop_y_kien", "nghi_quyet_chi_bo"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOLDERS = sorted(path for path in DOCUMENTS.iterdir() if (path / "dossier.expected.json").is_file())
GOLDENS = sorted(path for folder in FOLDERS for path in folder.glob("*.expected.json")
                 if path.name != "dossier.expected.json")
DOCX = sorted(path for folder in FOLDERS for path in folder.glob("*.docx"))
TEXT_PDFS = sorted(path for folder in FOLDERS for path in folder.glob("*.pdf") if not path.name.endswith(".scan.pdf"))
SCAN_PDFS = sorted(DOCUMENTS.glob("*/*.scan.pdf"))
# Keys whose value is a code, a flag or a layout name rather than words written in the document.
NOT_WRITTEN = {"mau", "quan_he", "ket_luan", "to_chuc", "da_mat", "la_dang_vien", "phan_cong_thay_the"}


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    """NFC, no dotted leaders, one space between words, case-folded."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"(?:…|\.{2,})+", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _docx_text(path: Path) -> str:
    """Every w:t of the body, headers and footers (content controls, fields and text boxes included),
    decoded from TCVN3 or VNI by the run's font where the file uses one."""
    parts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                continue
            for paragraph in etree.fromstring(archive.read(name)).iter(f"{W}p"):
                line = []
                for text in paragraph.iter(f"{W}t"):
                    fonts = text.getparent().find(f"{W}rPr/{W}rFonts")
                    font = fonts.get(f"{W}ascii", "") if fonts is not None else ""
                    value = text.text or ""
                    if font.startswith(".VnTime"):
                        value = from_tcvn3(value, font)
                    elif font.startswith("VNI"):
                        value = from_vni(value)
                    line.append(value)
                parts.append("".join(line))
    return "\n".join(parts)


def _renderings(value: str) -> list[str]:
    """The ways the generator writes an ISO date, month or year."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        year, month, day = value.split("-")
        return [f"{day}/{month}/{year}", f"{int(day)}/{int(month)}/{year}", f"{int(day)}-{int(month)}-{year}",
                f"{day}.{month}.{year}", f"{day} tháng {int(month)} năm {year}", f"{day} tháng {month} năm {year}",
                f"{int(day)} tháng {int(month)} năm {year}"]
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = value.split("-")
        return [f"{int(month)}/{year}", f"{month}/{year}", f"{int(month)}-{year}", f"{month}-{year}"]
    return [value]


def _leaves(data: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(data, dict):
        return [leaf for name, value in data.items() if name not in NOT_WRITTEN for leaf in _leaves(value, name)]
    if isinstance(data, list):
        return [leaf for value in data for leaf in _leaves(value, key)]
    if isinstance(data, bool) or data == "nay":
        return []
    return [(key, str(data))]


def _dossier(folder: Path) -> dict[str, Any]:
    return _load(folder / "dossier.expected.json")


def test_every_dossier_folder_is_there() -> None:
    names = {folder.name for folder in FOLDERS}
    assert {"ho-so-sach", "ho-so-doan-gioi-thieu", "ho-so-loi-ly-lich", "ho-so-mau-cu", "ho-so-cao-bang"} <= names
    total = sum(path.stat().st_size for path in DOCUMENTS.rglob("*") if path.is_file())
    assert total < 25 * 2**20


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda path: path.name)
def test_folder_golden_is_the_sample_dossier(folder: Path) -> None:
    sample = SAMPLES / f"{folder.name}.json"
    if sample.is_file():
        assert _dossier(folder) == _load(sample)
    else:
        assert _dossier(folder)["ho_so"]["ten"] == folder.name


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_document_golden_matches_its_dossier_section(golden: Path) -> None:
    expected = _load(golden)
    assert (golden.parent / golden.name.removesuffix(".expected.json")).is_file()
    assert set(expected) == {"type", "layout", "ocr", "data"} and expected["type"] in TYPES
    assert expected["ocr"] is (".scan." in golden.name)
    dossier = _dossier(golden.parent)
    kind = expected["type"]
    if kind == "gioi_thieu":
        assert expected["data"] in dossier[kind]
    else:
        assert expected["data"] == dossier[kind]
    assert expected["layout"] == (dossier["ly_lich"]["mau"] if kind == "ly_lich" else None)


@pytest.mark.parametrize("path", DOCX, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_docx_opens_and_carries_every_golden_value(path: Path) -> None:
    docx.Document(str(path))
    text = _norm(_docx_text(path))
    data = _load(path.with_name(path.name + ".expected.json"))["data"]
    missing = [(key, value) for key, value in _leaves(data)
               if not any(_norm(form) in text for form in _renderings(value))]
    assert not missing


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_text_pdf_has_the_applicants_name(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        text = _norm(" ".join(page.extract_text() or "" for page in pdf.pages))
    assert _norm(_dossier(path.parent)["don"]["ho_ten"]) in text


@pytest.mark.parametrize("path", SCAN_PDFS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_scan_pdf_has_images_and_no_text_layer(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        assert pdf.pages
        for page in pdf.pages:
            assert not page.chars and len(page.images) == 1


def test_scan_images_legacy_doc_and_encodings() -> None:
    assert (DOCUMENTS / "ho-so-sach" / "don.scan.jpg").read_bytes()[:3] == b"\xff\xd8\xff"
    assert (DOCUMENTS / "ho-so-cao-bang" / "don.scan.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (DOCUMENTS / "ho-so-loi-ly-lich" / "ly-lich.doc").read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    for path, font in ((DOCUMENTS / "ho-so-mau-cu" / "ly-lich.tcvn3.docx", ".VnTime"),
                       (DOCUMENTS / "ho-so-cao-bang" / "don.vni.docx", "VNI-Times")):
        xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
        assert f'w:ascii="{font}"' in xml
        assert not re.search("[\u0100-\u024f\u1ea0-\u1ef9]", xml)  # no Unicode Vietnamese letter left


def test_archive_holds_a_whole_dossier() -> None:
    archive = DOCUMENTS / "archives" / "ho-so-sach.zip"
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        assert len(names) == 7 and all(name.startswith("Hồ sơ Trần Thị Minh Thư/") for name in names)
        assert zipped.testzip() is None
    assert _load(archive.with_name(archive.name + ".dossier.expected.json")) == _load(SAMPLES / "ho-so-sach.json")


def test_bad_inputs_are_as_described() -> None:
    bad = DOCUMENTS / "bad"
    manifest = _load(bad / "manifest.json")
    assert {entry["file"] for entry in manifest} == {path.name for path in bad.iterdir()} - {"manifest.json"}
    assert (bad / "empty.docx").stat().st_size == 0
    assert (bad / "exe-renamed.docx").read_bytes()[:2] == b"MZ"
    for name in ("truncated.docx", "exe-renamed.docx"):
        assert not zipfile.is_zipfile(bad / name)
    with zipfile.ZipFile(bad / "path-traversal.zip") as zipped:
        assert any(name.startswith("../") or "/../" in name for name in zipped.namelist())
    with zipfile.ZipFile(bad / "zip-bomb.zip") as zipped:
        assert sum(info.file_size for info in zipped.infolist()) > 100 * 2**20
    assert (bad / "zip-bomb.zip").stat().st_size < 8 * 1024
    if (bad / "encrypted.pdf").exists():
        with pytest.raises(pypdfium2.PdfiumError):
            pypdfium2.PdfDocument(str(bad / "encrypted.pdf"))
