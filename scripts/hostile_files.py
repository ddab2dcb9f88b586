"""Hostile and broken files made in memory for the bad-input battery: DOCX, ZIP and PDF built byte by byte."""

from __future__ import annotations

import bz2
import io
import struct
import zipfile
import zlib

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(paragraphs: list[str], prolog: str = "") -> bytes:
    """word/document.xml holding *paragraphs* (already XML-escaped), after an optional *prolog* (DOCTYPE …)."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{W_NS}"><w:body>{body}'
            "</w:body></w:document>").encode()


def docx(paragraphs: list[str], prolog: str = "", xml: bytes | None = None) -> bytes:
    """A minimal DOCX package."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", xml if xml is not None else document_xml(paragraphs, prolog))
    return buffer.getvalue()


def billion_laughs(padding: int = 0) -> bytes:
    """A DOCX whose document.xml defines ten nested entities (10^10 "lol"s); *padding* bytes of comment first."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    comment = f"<!--{'x' * padding}-->" if padding else ""
    return docx(["&lol9;"], prolog=f"{comment}<!DOCTYPE w:document [{entities}]>")


def external_entity(target: str = "file:///etc/passwd") -> bytes:
    """A DOCX whose text is an external entity pointing at *target* (XXE)."""
    return docx(["Họ và tên: &xxe;"], prolog=f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{target}">]>')


def zip_bomb(megabytes: int = 200) -> bytes:
    """A ZIP of one bzip2 member holding *megabytes* MiB of zeros (about 250 bytes on disk)."""
    compressor, chunk = bz2.BZ2Compressor(9), bytes(1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    size = megabytes << 20
    return _stored_member("ly-lich.docx", stream, size, _crc_of_zeros(size), method=zipfile.ZIP_BZIP2)


def lying_zip(real_megabytes: int = 64, declared: int = 1000) -> bytes:
    """A ZIP whose member's headers declare *declared* bytes while its deflate stream expands to much more."""
    compressor, chunk = zlib.compressobj(9, zlib.DEFLATED, -15), bytes(1 << 20)
    stream = b"".join(compressor.compress(chunk) for _ in range(real_megabytes)) + compressor.flush()
    return _stored_member("don.docx", stream, declared, zlib.crc32(bytes(declared)), method=zipfile.ZIP_DEFLATED)


def _crc_of_zeros(size: int) -> int:
    crc, chunk = 0, bytes(1 << 20)
    for _ in range(size // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    return zlib.crc32(bytes(size % len(chunk)), crc)


def _stored_member(name: str, stream: bytes, size: int, crc: int, *, method: int, flags: int = 0) -> bytes:
    """One-member ZIP written header by header around an already compressed *stream* (sizes as given)."""
    encoded, version = name.encode(), 46 if method == zipfile.ZIP_BZIP2 else 20
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", version, flags, method, 0, 0x21, crc, len(stream), size,
                        len(encoded), 0) + encoded
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", version, version, flags, method, 0, 0x21, crc, len(stream),
                          size, len(encoded), 0, 0, 0, 0, 0, 0) + encoded
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 1, 1, len(central), len(local) + len(stream), 0)
    return local + stream + central + end


def encrypted_zip_member(content: bytes) -> bytes:
    """A ZIP whose only member is flagged as password-protected (traditional ZIP encryption bit set)."""
    stream = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = stream.compress(content) + stream.flush()
    return _stored_member("ly-lich.docx", data, len(content), zlib.crc32(content), method=zipfile.ZIP_DEFLATED,
                          flags=0x1)


def traversal_zip(good: bytes) -> bytes:
    """A ZIP with ../ and absolute member paths beside one good DOCX."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ho-so/don.docx", good)
        archive.writestr("../../tmp/evil.txt", b"outside\n")
        archive.writestr("ho-so/../../../evil.docx", good)
        archive.writestr("/etc/cron.d/evil", b"* * * * * root true\n")
    return buffer.getvalue()


def fake_exe() -> bytes:
    """A DOS/PE-looking executable (MZ header, PE signature), never run."""
    header = b"MZ" + bytes(58) + (64).to_bytes(4, "little")
    return header + b"PE\0\0\x4c\x01" + b"This program cannot be run in DOS mode.\r\r\n$" + bytes(2000)


def pdf(pages: list[str | None], *, image_pages: bool = False, size: tuple[int, int] = (595, 842)) -> bytes:
    """A PDF with one page per item: its text in Helvetica, or (None / *image_pages*) a gray image and no text;
    pages of *size* points."""
    objects: list[bytes] = [b"", b""]  # 1: catalog, 2: page tree (filled in last)
    font = _add(objects, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pixels = zlib.compress(bytes(range(64)) * 64)
    image = _add(objects, b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
                          b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels)
                 + pixels + b"\nendstream")
    kids = []
    for text in pages:
        if text is None or image_pages:
            content = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % size
        else:
            escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")
            content = b"BT /F1 12 Tf 72 770 Td (" + escaped + b") Tj ET"
        stream = _add(objects, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(_add(objects, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                                  b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                         % (*size, stream, font, image)))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _add(objects: list[bytes], body: bytes) -> int:
    objects.append(body)
    return len(objects)


def broken_xref(document: bytes) -> bytes:
    """*document* with every xref offset shifted and a startxref past the end of the file."""
    import re

    shifted = re.sub(rb"(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)), document)
    return re.sub(rb"startxref\s+\d+", b"startxref\n" + str(len(document) * 3).encode(), shifted)
