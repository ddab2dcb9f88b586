"""DOCX → PDF through LibreOffice headless: a profile directory per run, a time limit, bounded concurrency."""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

from errors import ServiceError

log = logging.getLogger(__name__)
INSTALL_HINT = "libreoffice-writer-nogui (Debian/Ubuntu: apt-get install libreoffice-writer-nogui fonts-liberation2)"
_CANDIDATES = ("soffice", "libreoffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice")


class PdfUnavailableError(ServiceError):
    """LibreOffice is not installed (or not where configured): no PDF can be made; DOCX still can."""

    code = "pdf_unavailable"
    status = 503

    def __init__(self) -> None:
        super().__init__(
            f"Máy chủ chưa cài LibreOffice nên không tạo được PDF; hãy cài {INSTALL_HINT}, hoặc tải bản DOCX.",
            f"LibreOffice is not installed, so no PDF can be made; install {INSTALL_HINT}, or download the DOCX.",
        )


class PdfBusyError(ServiceError):
    """Every conversion slot stayed busy for the whole waiting time."""

    code = "pdf_busy"
    status = 503


class PdfConversionError(ServiceError):
    """LibreOffice ran but gave no PDF in time, or failed."""

    code = "pdf_failed"
    status = 503


def find_soffice(configured: str | None = None) -> str | None:
    """The LibreOffice program: *configured* (or $DOSSIER_SOFFICE) if given, else the first one on PATH."""
    wanted = configured or os.environ.get("DOSSIER_SOFFICE")
    for candidate in [wanted] if wanted else _CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


class PdfConverter:
    """Converts DOCX bytes to PDF bytes with `soffice --headless --convert-to pdf`.

    Each run gets its own LibreOffice profile directory (-env:UserInstallation), copied from a profile
    initialised once, so runs never share a profile and a warm run skips profile creation. At most
    *max_parallel* runs at once; a caller waits up to *wait* seconds for a slot; a run is killed after *timeout*.
    """

    _shared: PdfConverter | None = None
    _shared_lock = threading.Lock()

    def __init__(
        self, *, max_parallel: int = 2, timeout: float = 60.0, wait: float = 120.0, soffice: str | None = None
    ) -> None:
        self.max_parallel = max(1, int(max_parallel))
        self.timeout = float(timeout)
        self.wait = float(wait)
        self.configured = soffice
        self._slots = threading.BoundedSemaphore(self.max_parallel)
        self._seed_lock = threading.Lock()
        self._seed: Path | None = None

    @classmethod
    def shared(cls) -> PdfConverter:
        """The process-wide converter, configured by $DOSSIER_PDF_MAX_PARALLEL and $DOSSIER_PDF_TIMEOUT."""
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls(
                    max_parallel=int(os.environ.get("DOSSIER_PDF_MAX_PARALLEL", "2")),
                    timeout=float(os.environ.get("DOSSIER_PDF_TIMEOUT", "60")),
                )
            return cls._shared

    def program(self) -> str:
        """The soffice program to run, else PdfUnavailableError."""
        found = find_soffice(self.configured)
        if found is None:
            raise PdfUnavailableError()
        return found

    def convert(self, docx: bytes) -> bytes:
        """One DOCX as PDF."""
        return self.convert_many([docx])[0]

    def convert_many(self, documents: list[bytes]) -> list[bytes]:
        """Several DOCX as PDFs, in one LibreOffice run (its time limit grows with the number of files)."""
        if not documents:
            return []
        program = self.program()
        if not self._slots.acquire(timeout=self.wait):
            raise PdfBusyError(
                "Máy chủ đang bận chuyển PDF cho yêu cầu khác; hãy thử lại sau ít phút.",
                "The server is busy converting other PDFs; try again in a few minutes.",
            )
        try:
            with tempfile.TemporaryDirectory(prefix="ho-so-pdf-") as scratch:
                return self._run(program, Path(scratch), documents)
        finally:
            self._slots.release()

    def _profile(self, scratch: Path) -> Path:
        profile = scratch / "profile"
        with self._seed_lock:
            seed = self._seed if self._seed is not None and self._seed.is_dir() else None
        if seed is not None:
            shutil.copytree(seed, profile, ignore=shutil.ignore_patterns(".lock", "*.lock"))
        return profile

    def _keep_seed(self, profile: Path) -> None:
        with self._seed_lock:
            if not profile.is_dir() or (self._seed is not None and self._seed.is_dir()):
                return
            seed = Path(tempfile.mkdtemp(prefix="ho-so-pdf-seed-")) / "profile"
            try:
                shutil.copytree(profile, seed, ignore=shutil.ignore_patterns(".lock", "*.lock"))
            except OSError as error:  # a seed is an optimisation only
                log.warning("LibreOffice profile not kept for reuse: %s", error)
                shutil.rmtree(seed.parent, ignore_errors=True)
                return
            self._seed = seed
            atexit.register(shutil.rmtree, seed.parent, True)

    def _run(self, program: str, scratch: Path, documents: list[bytes]) -> list[bytes]:
        inputs = []
        for index, content in enumerate(documents):
            path = scratch / f"form-{index}.docx"
            path.write_bytes(content)
            inputs.append(path)
        out = scratch / "out"
        profile = self._profile(scratch)
        command = [
            program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
            "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir",
            str(out), *map(str, inputs),
        ]
        limit = self.timeout + 5.0 * (len(documents) - 1)
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            start_new_session=True, cwd=scratch,
        )
        try:
            _, errors = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            raise PdfConversionError(
                f"LibreOffice không chuyển xong PDF trong {limit:.0f} giây.",
                f"LibreOffice did not finish the PDF within {limit:.0f} seconds.",
            ) from None
        results = [out / f"{path.stem}.pdf" for path in inputs]
        missing = [path.name for path in results if not path.is_file()]
        if process.returncode != 0 or missing:
            detail = errors.decode("utf-8", "replace").strip()[-300:]
            log.warning("LibreOffice failed (exit %s): %s", process.returncode, detail)
            raise PdfConversionError(
                "LibreOffice không tạo được PDF.", f"LibreOffice made no PDF (exit {process.returncode}): {detail}"
            )
        self._keep_seed(profile)
        return [path.read_bytes() for path in results]


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """End the LibreOffice run we started (its own process group), then reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()
