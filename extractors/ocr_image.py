"""Scan clean-up before OCR: even out the lighting, straighten the page, tell ink from paper; runs and spreads."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

_BACKGROUND_STEP = 8  # the paper's brightness is estimated on an image this many times smaller
INK = 160  # a pixel darker than this (0–255, lighting evened out) is ink
_PAPER = 200  # lighter than this is paper: set to white so that noise does not read as marks
_SKEW_SCALE = 3  # the skew is measured on an image this many times smaller
_SKEW_COARSE = (10.0, 0.5)  # degrees searched either way (a phone held askew), and the first pass's step
_SKEW_FINE = (0.5, 0.1)  # then around the best angle found


def even_lighting(image: Image.Image) -> np.ndarray:
    """The page (grayscale) divided by its paper brightness: shadows and uneven light become white paper."""
    gray = image.convert("L")
    small = gray.resize(
        (max(gray.width // _BACKGROUND_STEP, 1), max(gray.height // _BACKGROUND_STEP, 1)), Image.Resampling.BOX
    )
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(3))
    background = np.asarray(paper.resize(gray.size, Image.Resampling.BILINEAR), dtype=np.float32)
    pixels = np.asarray(gray, dtype=np.float32) * 255.0
    np.divide(pixels, np.maximum(background, 1.0, out=background), out=pixels)
    return np.minimum(pixels, 255.0, out=pixels).astype(np.uint8)


def _sharpness(columns: np.ndarray, rows: np.ndarray, height: int, angle: float) -> float:
    """How crisply rows of ink separate from white rows once the ink points are turned by *angle* degrees."""
    shifted = rows - np.round(columns * np.tan(np.radians(angle))).astype(np.int64)
    shifted -= shifted.min(initial=0)
    profile = np.bincount(shifted, minlength=height).astype(np.float64)
    return float((np.diff(profile) ** 2).sum())


def skew_angle(pixels: np.ndarray) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's text lines and rules horizontal.

    Measured on a smaller copy: the ink's row profile is sharpest when lines are level (small
    angles, so shearing the ink points stands in for turning the page)."""
    small = Image.fromarray(pixels).reduce(_SKEW_SCALE)
    rows, columns = np.nonzero(np.asarray(small) < INK)
    if rows.size == 0:
        return 0.0
    best = 0.0
    for limit, step in (_SKEW_COARSE, _SKEW_FINE):
        angles = best + np.arange(-limit, limit + step / 2, step)
        best = float(max(angles, key=lambda angle: _sharpness(columns, rows, small.height, float(angle))))
    return round(best, 2)


def straighten(pixels: np.ndarray, angle: float) -> np.ndarray:
    """The page turned by *angle* degrees, the corners filled with white paper."""
    if abs(angle) < 0.05:
        return pixels
    turned = Image.fromarray(pixels).rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return np.asarray(turned)


def prepare(image: Image.Image) -> np.ndarray:
    """A page ready for OCR: lighting evened out and text lines made horizontal."""
    pixels = even_lighting(image)
    return straighten(pixels, skew_angle(pixels))


def clean_paper(pixels: np.ndarray) -> np.ndarray:
    """Light grey (noise, paper texture) made white; ink kept with its anti-aliased edges."""
    stretched = (pixels.astype(np.float32) - 40.0) * 255.0 / (_PAPER - 40.0)
    return np.clip(stretched, 0, 255).astype(np.uint8)


def along(axis: int, start: int | None, stop: int | None) -> tuple[slice, slice]:
    """An index taking start:stop along *axis* of a 2-D array and everything along the other."""
    part = slice(start, stop)
    return (part, slice(None)) if axis == 0 else (slice(None), part)


def grow(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Each pixel true when one of the *length* pixels ending at it along *axis* is (shifted ORs, doubling)."""
    grown = mask.copy()
    covered = 1
    while covered < length:
        step = min(covered, length - covered)
        grown[along(axis, step, None)] |= grown[along(axis, None, -step)]
        covered += step
    return grown


def _shrink(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Each pixel true when all the *length* pixels starting at it along *axis* are (beyond the edge: false)."""
    shrunk = mask.copy()
    covered = 1
    while covered < length:
        step = min(covered, length - covered)
        shrunk[along(axis, None, -step)] &= shrunk[along(axis, step, None)]
        shrunk[along(axis, -step, None)] = False
        covered += step
    return shrunk


def runs(ink: np.ndarray, length: int, axis: int = 1) -> np.ndarray:
    """The ink pixels that belong to a run of at least *length* ink pixels along *axis* (1: across, 0: down)."""
    if ink.shape[axis] < length:
        return np.zeros_like(ink, dtype=bool)
    return grow(_shrink(ink, length, axis), length, axis)


def spread(mask: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """*mask* widened by *reach* pixels either way along *axis* (1: left and right, 0: up and down)."""
    padding = [(0, 0), (0, 0)]
    padding[axis] = (0, reach)
    grown = grow(np.pad(mask, padding), 2 * reach + 1, axis)  # true up to 2 × reach after a true pixel
    return grown[along(axis, reach, reach + mask.shape[axis])]


_STROKE = 9  # pixels: a letter has a vertical stroke at least this tall (a dot or a dash does not)
_NEAR_STROKE = (14, 15)  # pixels across and down from a stroke where small marks may belong to letters
_DOT = 10  # pixels: a leader's dot is narrower than this
_DOT_GAP = 14  # pixels between the dots of a leader
_LEADER = 40  # pixels: a row of dots at least this long is a leader ("……", "......")


def leaders(ink: np.ndarray) -> np.ndarray:
    """The pixels of dotted leaders ("Tháp)…………"): small marks in a row, away from any letter's stroke.

    Tesseract drops a line whose words trail off into a long leader, so these are wiped before OCR.
    Marks well away from letters find the leader; its first dot, close to the last letter, goes with it."""
    strokes = runs(ink, _STROKE, 0)
    dots = ink & ~runs(ink, _DOT, 1)  # not a dash, an underscore or a letter's bar
    marks = dots & ~spread(spread(strokes, _NEAR_STROKE[0], 1), _NEAR_STROKE[1], 0)
    found = runs(spread(marks, _DOT_GAP // 2, 1), _LEADER)
    if not found.any():
        return found
    return dots & ~spread(spread(strokes, 2, 1), _NEAR_STROKE[1], 0) & spread(found, _DOT_GAP, 1)
