"""Turn a document typed in a legacy Vietnamese font encoding (TCVN3 .VnTime, VNI-Times) into Unicode."""

from __future__ import annotations

from extractors.blocks import DocumentText


def unicode_text(text: DocumentText) -> DocumentText:
    """*text* with every line converted when its fonts or characters show TCVN3 or VNI; NFC either way."""
    from extractors.legacy_encoding import detect_legacy, to_unicode

    encoding = detect_legacy(text.plain()[:20000], text.fonts)
    if encoding is None:
        return text
    for line in text.lines:
        line.text = to_unicode(line.text, encoding)
        if line.cells:
            line.cells = [to_unicode(cell, encoding) for cell in line.cells]
    text.warnings.append(
        f"Tệp dùng bảng mã cũ {encoding.upper()}; đã chuyển sang Unicode, cần kiểm tra lại "
        f"(legacy {encoding.upper()} encoding converted to Unicode; please check)."
    )
    return text
