"""Phone-scan degradation with Pillow (tilt, blur, noise, uneven light, JPEG) and image-only PDFs."""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

from PIL import Image, ImageChops, ImageFilter

FIXED_DATE = time.strptime("2026-01-01", "%Y-%m-%d")


def degrade(page: Image.Image, rng: random.Random, quality: int = 45) -> Image.Image:
    """*page* (grayscale) as a phone would photograph it: tilted by up to ±1.5°, lit unevenly,
    with sensor noise, slightly out of focus, and JPEG-compressed once."""
    width, height = page.size
    image = page.convert("L").rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = ImageChops.multiply(image, _light((width, height), rng))
    noise = _noise((width, height), rng, sigma=rng.uniform(3.5, 5.0))
    image = ImageChops.add(image, noise, 1.0, -128)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    with Image.open(buffer) as compressed:
        return compressed.convert("L")


def _light(size: tuple[int, int], rng: random.Random) -> Image.Image:
    """Uneven lighting: darker towards one side of the sheet and towards the corners (multiply mask)."""
    side_low, corner_low = rng.randint(185, 215), rng.randint(200, 225)
    side = Image.linear_gradient("L").rotate(90 * rng.randint(0, 3)).resize(size, Image.Resampling.BICUBIC)
    side = side.point(lambda value: side_low + value * (255 - side_low) // 255)
    corners = Image.radial_gradient("L").resize(size, Image.Resampling.BICUBIC)
    corners = corners.point(lambda value: 255 - max(0, value - 128) * (255 - corner_low) // 127)
    return ImageChops.multiply(side, corners)


def _noise(size: tuple[int, int], rng: random.Random, sigma: float) -> Image.Image:
    """Gaussian noise centred on 128, reproducible from *rng* (Pillow's effect_noise is not seeded)."""
    tile = 256
    pattern = Image.new("L", (tile, tile))
    pattern.putdata([max(0, min(255, round(rng.gauss(128, sigma)))) for _ in range(tile * tile)])
    noise = Image.new("L", size)
    for top in range(0, size[1], tile):
        for left in range(0, size[0], tile):
            noise.paste(pattern.rotate(90 * ((left + top) // tile % 4)), (left, top))
    return noise


def black_and_white(page: Image.Image, threshold: int = 150) -> Image.Image:
    """A degraded page thresholded to 1 bit, as an office scanner's black-and-white mode saves it."""
    return page.point(lambda value: 255 if value > threshold else 0).convert("1")


def image_pdf(pages: list[Image.Image], path: Path, dpi: int, title: str, quality: int = 45) -> None:
    """Save *pages* as a PDF of JPEG images only (no text layer), with fixed metadata."""
    first, *rest = [page.convert("L") for page in pages]
    first.save(path, "PDF", save_all=True, append_images=rest, resolution=dpi, quality=quality, title=title,
               author="", creator="Scanner", producer="docgen", creationDate=FIXED_DATE, modDate=FIXED_DATE)
