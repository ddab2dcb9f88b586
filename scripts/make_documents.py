"""Write samples/documents/: realistic input files (DOCX, PDF, scans, legacy encodings, ZIP, bad inputs) with goldens.

Run: .venv/bin/python scripts/make_documents.py. Deterministic (seeded per file). The PDF, .doc, scan and
encrypted-PDF steps need LibreOffice (`soffice`) and poppler (`pdftoppm`); each is skipped, with a message,
when its tool is missing. samples/documents/README.md describes every file.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from docgen import bad, cao_bang, convert, forms, legacy, lylich_old, lylich_para, lylich_table, scan  # noqa: E402
from docgen.lylich_table import Flavour  # noqa: E402
from docgen.wordml import FIXED_TIME, save_docx  # noqa: E402

OUT = ROOT / "samples" / "documents"
Dossier = dict[str, Any]


PLAIN = Flavour(wordisms=False, grid_items=False, merged_headers=False)


@dataclass(frozen=True)
class Plan:
    """How one dossier's files are written."""

    layout: str  # "table", "paragraph" or "old"
    labels: dict[str, str]  # how the applicant names relatives, by name
    flavour: Flavour = PLAIN
    period_style: str = "tu_den"
    scans: str | None = None  # "jpg" or "png": scan the lý lịch and the đơn, and save the đơn as that image
    doc: bool = False  # also save the lý lịch as legacy .doc
    encoded: dict[str, str] = field(default_factory=dict)  # document stem → "tcvn3" | "vni"
    signers: tuple[str, str] = ("Phạm Văn Tuấn", "Lê Hoàng Nam")  # centre director, union secretary


SACH_LABELS = {"Trần Minh Khôi": "Em trai", "Đỗ Minh An": "Con trai"}
PLANS: dict[str, Plan] = {
    "ho-so-sach": Plan("table", SACH_LABELS, Flavour(True, False, True), scans="jpg"),
    "ho-so-doan-gioi-thieu": Plan("paragraph", {**SACH_LABELS, "Trần Văn Hùng": "Bố đẻ"}, period_style="tu_den_dash"),
    "ho-so-loi-ly-lich": Plan("table", SACH_LABELS, Flavour(False, True, False), doc=True),
    "ho-so-mau-cu": Plan("old", SACH_LABELS, encoded={"ly-lich": "tcvn3"}),
    cao_bang.NAME: Plan("paragraph", cao_bang.LABELS, period_style="dash", scans="png", encoded={"don": "vni"},
                        signers=("Nông Thị Mai", "Lý Văn Toàn")),
}


def seeded(*parts: str) -> random.Random:
    """A generator seeded from *parts* (stable across runs and Python versions)."""
    return random.Random(zlib.crc32("/".join(parts).encode("utf-8")))


def load(name: str) -> Dossier:
    """The canonical dossier *name*: a sample of samples/, or the person added for the documents."""
    if name == cao_bang.NAME:
        return cao_bang.dossier()
    return json.loads((ROOT / "samples" / f"{name}.json").read_text(encoding="utf-8"))


def golden(d: Dossier, kind: str, index: int | None = None, ocr: bool = False) -> Dossier:
    """The expected extraction of one document: its type, layout, whether OCR is needed, and its data (the
    dossier section it carries; for a sponsor's letter, that sponsor's object of `gioi_thieu`)."""
    data = d[kind][index] if index is not None else d[kind]
    return {"type": kind, "layout": d["ly_lich"].get("mau") if kind == "ly_lich" else None, "ocr": ocr,
            "data": data}


def write_json(path: Path, value: Any) -> None:
    """Write *value* as UTF-8 JSON, indented, with a final newline."""
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def biography(name: str, d: Dossier, plan: Plan) -> Any:
    """The lý lịch in the plan's layout."""
    rng = seeded(name, "ly-lich")
    if plan.layout == "table":
        return lylich_table.build(d, rng, plan.flavour, plan.labels)
    if plan.layout == "paragraph":
        return lylich_para.build(d, rng, plan.labels, plan.period_style)
    return lylich_old.build(d, rng, plan.labels)


def write_docx(name: str, d: Dossier, plan: Plan, folder: Path) -> dict[str, Dossier]:
    """Write every document of *d* as DOCX; return file stem → golden."""
    secretary = d["ly_lich"].get("nhan_xet_chi_bo", {}).get("nguoi_ky") or d["gioi_thieu"][0]["ho_ten"]
    documents: dict[str, tuple[Any, Dossier]] = {
        "ly-lich": (biography(name, d, plan), golden(d, "ly_lich")),
        "don": (forms.don(d, seeded(name, "don")), golden(d, "don")),
        "chung-nhan": (forms.chung_nhan(d, seeded(name, "chung-nhan"), plan.signers[0]), golden(d, "chung_nhan")),
    }
    for index, sponsor in enumerate(d.get("gioi_thieu", [])):
        documents[f"gioi-thieu-{index + 1}"] = (forms.gioi_thieu(d, sponsor, seeded(name, f"gt{index}")),
                                                golden(d, "gioi_thieu", index))
    if "nghi_quyet_doan" in d:
        documents["nghi-quyet-doan"] = (forms.nghi_quyet_doan(d, seeded(name, "nqd"), plan.signers[1]),
                                        golden(d, "nghi_quyet_doan"))
    if "tong_hop_y_kien" in d:
        documents["tong-hop-y-kien"] = (forms.tong_hop_y_kien(d, seeded(name, "thyk"), secretary),
                                        golden(d, "tong_hop_y_kien"))
    if "nghi_quyet_chi_bo" in d:
        documents["nghi-quyet-chi-bo"] = (forms.nghi_quyet_chi_bo(d, seeded(name, "nqcb"), secretary),
                                          golden(d, "nghi_quyet_chi_bo"))
    for stem, (document, expected) in documents.items():
        save_docx(document, folder / f"{stem}.docx")
        write_json(folder / f"{stem}.docx.expected.json", expected)
    return {stem: expected for stem, (_, expected) in documents.items()}


def write_pdfs(folder: Path, goldens: dict[str, Dossier]) -> None:
    """Save every DOCX as PDF the way a user does ("Save as PDF" in LibreOffice)."""
    convert.soffice([folder / f"{stem}.docx" for stem in goldens], folder)
    for stem, expected in goldens.items():
        convert.stable_pdf(folder / f"{stem}.pdf")
        write_json(folder / f"{stem}.pdf.expected.json", expected)


def write_scans(name: str, folder: Path, goldens: dict[str, Dossier], image: str) -> None:
    """Phone scans of the lý lịch and the đơn as image-only PDFs, and the đơn's page as a JPG or PNG."""
    for stem, dpi in (("ly-lich", 200), ("don", 200 if image == "jpg" else 300)):
        rng = seeded(name, stem, "scan")
        pages = [scan.degrade(page, rng) for page in convert.rasterise(folder / f"{stem}.pdf", dpi)]
        scan.image_pdf(pages, folder / f"{stem}.scan.pdf", dpi, title=f"{stem} scan")
        write_json(folder / f"{stem}.scan.pdf.expected.json", {**goldens[stem], "ocr": True})
        if stem != "don":
            continue
        if len(pages) != 1:
            raise SystemExit(f"{name}/don.pdf has {len(pages)} pages: its one-page image would be incomplete")
        if image == "jpg":
            pages[0].save(folder / "don.scan.jpg", "JPEG", quality=50, dpi=(dpi, dpi))
        else:
            scan.black_and_white(pages[0]).save(folder / "don.scan.png", "PNG", optimize=True, dpi=(dpi, dpi))
        write_json(folder / f"don.scan.{image}.expected.json", {**goldens[stem], "ocr": True})


def write_dossier(name: str, plan: Plan, tools: dict[str, bool]) -> Dossier:
    """Write all files of one dossier into samples/documents/<name>/."""
    d = load(name)
    folder = OUT / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    goldens = write_docx(name, d, plan, folder)
    for stem, encoding in plan.encoded.items():
        legacy.reencode_docx(folder / f"{stem}.docx", folder / f"{stem}.{encoding}.docx", encoding)
        write_json(folder / f"{stem}.{encoding}.docx.expected.json", goldens[stem])
    if tools["soffice"]:
        write_pdfs(folder, goldens)
        if plan.doc:
            convert.soffice([folder / "ly-lich.docx"], folder, "doc")
            write_json(folder / "ly-lich.doc.expected.json", goldens["ly-lich"])
        if plan.scans and tools["pdftoppm"]:
            write_scans(name, folder, goldens, plan.scans)
    write_json(folder / "dossier.expected.json", d)
    return d


ARCHIVE_NAMES = {
    "don": ("01 Đơn xin vào Đảng", "docx"),
    "ly-lich": ("02 Lý lịch người xin vào Đảng", "pdf"),
    "gioi-thieu-1": ("03 Giấy giới thiệu (1)", "docx"),
    "gioi-thieu-2": ("04 Giấy giới thiệu (2)", "pdf"),
    "chung-nhan": ("05 Giấy chứng nhận lớp nhận thức về Đảng", "pdf"),
    "tong-hop-y-kien": ("06 Tổng hợp ý kiến", "docx"),
    "nghi-quyet-chi-bo": ("07 Nghị quyết chi bộ", "pdf"),
}


def write_archive(name: str, d: Dossier, with_pdf: bool) -> None:
    """One ZIP holding a whole dossier, one file per document, under Vietnamese file names in a folder."""
    folder = OUT / "archives"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.zip"
    inner = f"Hồ sơ {d['don']['ho_ten']}"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for stem, (title, extension) in ARCHIVE_NAMES.items():
            extension = extension if with_pdf else "docx"
            info = zipfile.ZipInfo(f"{inner}/{title}.{extension}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (OUT / name / f"{stem}.{extension}").read_bytes())
    write_json(folder / f"{name}.zip.dossier.expected.json", d)


def main() -> None:
    """Write every dossier's files, the archive and the bad inputs."""
    tools = {tool: convert.available(tool) for tool in ("soffice", "pdftoppm")}
    steps = {"soffice": "the PDFs, the .doc, the scans and the encrypted PDF", "pdftoppm": "the scans"}
    for tool, found in tools.items():
        if not found:
            print(f"skip: {tool} not found, so {steps[tool]} are left out")
    dossiers = {name: write_dossier(name, plan, tools) for name, plan in PLANS.items()}
    shutil.rmtree(OUT / "archives", ignore_errors=True)
    write_archive("ho-so-sach", dossiers["ho-so-sach"], tools["soffice"])
    shutil.rmtree(OUT / "bad", ignore_errors=True)
    source = OUT / "ho-so-sach"
    pdf = source / "don.pdf" if tools["soffice"] else None
    entries = bad.write(OUT / "bad", source / "don.docx", pdf, seeded("bad"))
    write_json(OUT / "bad" / "manifest.json", entries)
    files = [path for path in OUT.rglob("*") if path.is_file()]
    size = sum(path.stat().st_size for path in files)
    print(f"wrote {len(files)} files, {size / 2**20:.1f} MiB, under {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
