"""Ruled tables on a scanned page: the ruling lines drawn on it, and the cell boxes they enclose."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_RULE_SHARE = 30  # a ruling line is a straight run of ink at least 1/30 of the page width long
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


def _along(axis: int, start: int | None, stop: int | None) -> tuple[slice, slice]:
    """An index taking start:stop along *axis* of a 2-D array and everything along the other."""
    part = slice(start, stop)
    return (part, slice(None)) if axis == 0 else (slice(None), part)


def _window_counts(mask: np.ndarray, before: int, after: int, axis: int) -> np.ndarray:
    """For each pixel, how many true pixels lie from *before* pixels back to *after* pixels on along *axis*."""
    size = mask.shape[axis]
    padding = [(0, 0), (0, 0)]
    padding[axis] = (before + 1, after)
    counts = np.pad(mask, padding).astype(np.int32)
    np.cumsum(counts, axis=axis, out=counts)
    return counts[_along(axis, before + 1 + after, before + 1 + after + size)] - counts[_along(axis, 0, size)]


def runs(ink: np.ndarray, length: int, axis: int = 1) -> np.ndarray:
    """The ink pixels that belong to a run of at least *length* ink pixels along *axis* (1: across, 0: down)."""
    if ink.shape[axis] < length:
        return np.zeros_like(ink, dtype=bool)
    starts = _window_counts(ink, 0, length - 1, axis) == length  # a full run starts here
    return _window_counts(starts, length - 1, 0, axis) > 0


def spread(mask: np.ndarray, reach: int, axis: int) -> np.ndarray:
    """*mask* widened by *reach* pixels either way along *axis* (1: left and right, 0: up and down)."""
    return _window_counts(mask, reach, reach, axis) > 0


def ruling_masks(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The horizontal and the vertical ruling lines' pixels."""
    length = max(ink.shape[1] // _RULE_SHARE, 10)
    return runs(ink, length, 1), runs(ink, length, 0)


def _stretches(flags: np.ndarray, gap: int, minimum: int) -> list[tuple[int, int]]:
    """Runs of true values (first, last index), joined over gaps up to *gap*, at least *minimum* long."""
    found: list[tuple[int, int]] = []
    for index in np.flatnonzero(flags).tolist():
        if found and index - found[-1][1] <= gap:
            found[-1] = (found[-1][0], index)
        else:
            found.append((index, index))
    return [(first, last) for first, last in found if last - first + 1 >= minimum]


def rules(mask: np.ndarray, length: int) -> list[Rule]:
    """The ruling lines of a mask of horizontal lines: each band of rows with its pieces along it."""
    found: list[Rule] = []
    for top, bottom in _stretches(mask.any(axis=1), 2, 1):
        along = mask[top : bottom + 1].any(axis=0)
        found.extend(((top + bottom) / 2, first, last) for first, last in _stretches(along, _RULE_GAP, length))
    return found


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


def find_tables(ink: np.ndarray) -> tuple[list[Table], np.ndarray]:
    """The ruled tables of a straightened page (ink as booleans) and the mask of all ruling-line pixels."""
    across, down = ruling_masks(ink)
    length = max(ink.shape[1] // _RULE_SHARE, 10)
    horizontals = rules(across, length)
    verticals = [(x, top, bottom) for x, top, bottom in rules(np.ascontiguousarray(down.T), length)]
    tables = []
    for group_across, group_down in _connected(horizontals, verticals):
        ys = _grid_lines([y for y, _, _ in group_across])
        xs = _grid_lines([x for x, _, _ in group_down])
        if len(ys) < 2 or len(xs) < 2:
            continue
        cells = _grid_cells(ys, xs, across, down)
        if len(cells) >= 2:  # a lone box (a photo's frame) is not a table
            tables.append(Table((round(xs[0]), round(ys[0]), round(xs[-1]), round(ys[-1])), cells))
    tables.sort(key=lambda table: table.box[1])
    return tables, across | down
