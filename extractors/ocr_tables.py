"""Ruled tables on a scanned page: the ruling lines drawn on it, and the cell boxes they enclose."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from extractors.ocr_image import along, grow, runs, spread

_RULE_SHARE = 30  # a ruling line is a straight run of ink at least 1/30 of the page width long
_LONG_SHARE = 6  # a rule across at least 1/6 of the page width long stands alone (else it must close cells)
_LINE_INK = 200  # a rule may print fainter than text: darker than this (0–255) counts along it
_RULE_CLOSE = 3  # pixels: breaks this short along a rule are bridged
_THICK = 12  # pixels: a rule is at most this thick (a row of letters touching one another is thicker)
_ALONG = 3  # pixels either side of a rule's row where its faint stretches are looked for
_BESIDE = (2, 9)  # pixels off a rule (nearest, farthest) where paper is looked for on either side
_PIECE = 30  # pixels: a faint stretch on a rule's row at least this long continues the rule
_RULE_GAP = 20  # pixels: pieces of one ruling line broken by noise or a faint print are joined over this gap
_SNAP = 8  # pixels: rules this close are one grid line; a rule ends this close to the one it meets
_BORDER = 0.5  # share of a cell side the rule must cover to separate two cells (else they are merged)
_INSET = 5  # pixels kept off a cell's borders when it is cut out

Rule = tuple[float, int, int]  # position across the line, and where it starts and ends along it (pixels)
Box = tuple[int, int, int, int]  # left, top, right, bottom (pixels)


@dataclass
class Cell:
    """One cell of a table: the grid row and column of its top-left corner, and its inner box."""

    row: int
    column: int
    box: Box


@dataclass
class Table:
    """A ruled table: its outer box and its cells, row by row, left to right."""

    box: Box
    cells: list[Cell]

    def rows(self) -> list[list[Cell]]:
        """The cells grouped by the grid row they start on."""
        grouped: dict[int, list[Cell]] = {}
        for cell in self.cells:
            grouped.setdefault(cell.row, []).append(cell)
        return [sorted(grouped[row], key=lambda cell: cell.column) for row in sorted(grouped)]


def _paper_beside(paper: np.ndarray, axis: int) -> np.ndarray:
    """Pixels with paper a little way off on both sides across *axis* (as along a rule, not inside a letter)."""
    near = grow(paper, _BESIDE[1] - _BESIDE[0] + 1, 1 - axis)  # paper within the window ending here
    before = np.zeros_like(paper)
    after = np.zeros_like(paper)
    before[along(1 - axis, _BESIDE[0], None)] = near[along(1 - axis, None, -_BESIDE[0])]
    after[along(1 - axis, None, -_BESIDE[1])] = near[along(1 - axis, _BESIDE[1], None)]
    return before & after


def ruling_masks(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Straight runs long enough to be ruling lines, across and down.

    A rule may print faint and broken, so fainter ink counts and short breaks are bridged; a run
    across must have paper just above and below it, which the bottoms of a line of letters lack."""
    length = max(pixels.shape[1] // _RULE_SHARE, 10)
    faint = pixels < _LINE_INK
    found = []
    for axis in (1, 0):
        candidates = faint & _paper_beside(~faint, axis) if axis == 1 else faint
        bridged = ~spread(~spread(candidates, _RULE_CLOSE, axis), _RULE_CLOSE, axis)
        found.append(runs(bridged, length, axis))
    return found[0], found[1]


def stretches(flags: np.ndarray, gap: int, minimum: int) -> list[tuple[int, int]]:
    """Runs of true values (first, last index), joined over gaps up to *gap*, at least *minimum* long."""
    found: list[tuple[int, int]] = []
    for index in np.flatnonzero(flags).tolist():
        if found and index - found[-1][1] <= gap:
            found[-1] = (found[-1][0], index)
        else:
            found.append((index, index))
    return [(first, last) for first, last in found if last - first + 1 >= minimum]


def rules(mask: np.ndarray, length: int, keep: Callable[[Rule], bool] | None = None) -> tuple[list[Rule], np.ndarray]:
    """The ruling lines of a mask of horizontal runs, and the mask of their pixels only.

    Each band of rows gives its pieces along it; a piece thicker than a rule (a line of bold
    letters touching one another), or one *keep* refuses, is not one."""
    found: list[Rule] = []
    kept = np.zeros_like(mask)
    for top, bottom in stretches(mask.any(axis=1), 2, 1):
        covered = mask[top : bottom + 1].any(axis=0)
        for first, last in stretches(covered, _RULE_GAP, length):
            piece = mask[top : bottom + 1, first : last + 1]
            rows = np.flatnonzero(piece.any(axis=1))
            rule = (top + (rows[0] + rows[-1]) / 2, first, last)
            if rows[-1] - rows[0] + 1 <= _THICK and (keep is None or keep(rule)):
                found.append(rule)
                kept[top : bottom + 1, first : last + 1] |= piece
    return found, kept


def _grid_lines(positions: list[float]) -> list[float]:
    """Rule positions closer than _SNAP merged into one grid line each."""
    merged: list[list[float]] = []
    for position in sorted(positions):
        if merged and position - merged[-1][-1] <= _SNAP:
            merged[-1].append(position)
        else:
            merged.append([position])
    return [sum(group) / len(group) for group in merged]


def _meets(horizontal: Rule, vertical: Rule) -> bool:
    y, left, right = horizontal
    x, top, bottom = vertical
    return left - _SNAP <= x <= right + _SNAP and top - _SNAP <= y <= bottom + _SNAP


def _connected(horizontals: list[Rule], verticals: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Rules grouped into tables: rules that meet (directly or through others) form one table."""
    parent = list(range(len(horizontals) + len(verticals)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first, horizontal in enumerate(horizontals):
        for second, vertical in enumerate(verticals):
            if _meets(horizontal, vertical):
                parent[root(first)] = root(len(horizontals) + second)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for index, rule in enumerate(horizontals + verticals):
        group = groups.setdefault(root(index), ([], []))
        group[0 if index < len(horizontals) else 1].append(rule)
    return list(groups.values())


def _covered(mask: np.ndarray) -> float:
    """Share of a border strip's length (its first axis) that a rule crosses."""
    return float(mask.any(axis=1).mean()) if mask.size else 1.0


def _grid_cells(ys: list[float], xs: list[float], across: np.ndarray, down: np.ndarray) -> list[Cell]:
    """The cells of a grid: neighbouring grid squares with no rule between them are one merged cell."""
    rows, columns = len(ys) - 1, len(xs) - 1
    parent = {(row, column): (row, column) for row in range(rows) for column in range(columns)}

    def root(square: tuple[int, int]) -> tuple[int, int]:
        while parent[square] != square:
            square = parent[square]
        return square

    for row in range(rows):
        top, bottom = round(ys[row]) + _SNAP, round(ys[row + 1]) - _SNAP
        for column in range(columns):
            left, right = round(xs[column]) + _SNAP, round(xs[column + 1]) - _SNAP
            if column + 1 < columns:
                x = round(xs[column + 1])
                if _covered(down[top:bottom, max(x - _SNAP, 0) : x + _SNAP]) < _BORDER:
                    parent[root((row, column + 1))] = root((row, column))
            if row + 1 < rows:
                y = round(ys[row + 1])
                if _covered(across[max(y - _SNAP, 0) : y + _SNAP, left:right].T) < _BORDER:
                    parent[root((row + 1, column))] = root((row, column))
    merged: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for square in parent:
        merged.setdefault(root(square), []).append(square)
    cells = []
    for squares in merged.values():
        first_row, first_column = min(row for row, _ in squares), min(column for _, column in squares)
        last_row, last_column = max(row for row, _ in squares), max(column for _, column in squares)
        box = (
            round(xs[first_column]) + _INSET,
            round(ys[first_row]) + _INSET,
            round(xs[last_column + 1]) - _INSET,
            round(ys[last_row + 1]) - _INSET,
        )
        cells.append(Cell(first_row, first_column, box))
    return sorted(cells, key=lambda cell: (cell.row, cell.column))


def _faintalong(pixels: np.ndarray, ys: list[float]) -> np.ndarray:
    """Fainter stretches lying on the rows of rules found: where a rule across fades, it still parts two cells."""
    rows = np.zeros(pixels.shape[0], dtype=bool)
    for y in ys:
        rows[max(round(y) - _ALONG, 0) : round(y) + _ALONG + 1] = True
    faint = np.zeros_like(pixels, dtype=bool)
    bridged = ~spread(~spread(pixels[rows] < _LINE_INK, _RULE_CLOSE, 1), _RULE_CLOSE, 1)
    faint[rows] = runs(bridged, _PIECE, 1)
    return faint


def find_tables(pixels: np.ndarray) -> tuple[list[Table], np.ndarray]:
    """The ruled tables of a straightened page (grey, lighting evened) and the mask of its ruling lines' pixels."""
    across, down = ruling_masks(pixels)
    length = max(pixels.shape[1] // _RULE_SHARE, 10)
    verticals, down_t = rules(np.ascontiguousarray(down.T), length)
    down = np.ascontiguousarray(down_t.T)

    def closes_cells(rule: Rule) -> bool:  # a long rule, or one from a rule down to another (a cell's side)
        y, left, right = rule
        ends = [any(_meets((y, end, end), vertical) for vertical in verticals) for end in (left, right)]
        return right - left >= pixels.shape[1] // _LONG_SHARE or all(ends)

    horizontals, across = rules(across, length, closes_cells)
    borders = across | _faintalong(pixels, [y for y, _, _ in horizontals])
    tables = []
    for group_across, group_down in _connected(horizontals, verticals):
        ys = _grid_lines([y for y, _, _ in group_across])
        xs = _grid_lines([x for x, _, _ in group_down])
        if len(ys) < 2 or len(xs) < 2:
            continue
        cells = _grid_cells(ys, xs, borders, down)
        if len(cells) >= 2:  # a lone box (a photo's frame) is not a table
            tables.append(Table((round(xs[0]), round(ys[0]), round(xs[-1]), round(ys[-1])), cells))
    tables.sort(key=lambda table: table.box[1])
    return tables, across | down
