# lib/graphlib.py: topological sorting of a graph of hashable nodes.
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The kinglet authors
#
# TopologicalSorter as CPython 3.11 documents it. Each node keeps how many predecessors are not
# done yet and the list of its successors, in the order add() named them; nodes are kept in
# the order they were first seen. prepare() looks for a cycle and makes every node without
# predecessors ready; get_ready() hands out the ready nodes (each once, in the order they became
# ready) and done() releases their successors. static_order() alternates the two, so the order
# it yields is the one CPython yields for the same calls.

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1  # handed out by get_ready(), not done yet
_NODE_DONE = -2


class CycleError(ValueError):
    """The graph has a cycle: args[1] lists its nodes, the first one repeated at the end."""


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class TopologicalSorter:
    """Sorts a graph given as {node: predecessors} and/or by calls to add()."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add [node] after each of [predecessors] (nodes may be added more than once)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done, each handed out once, as a tuple."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _NODE_OUT
        self._ready.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether nodes remain to be handed out or marked done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark [nodes], which get_ready() handed out, as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = self._nodes[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first along successor lists from each node in turn; a node met again while
        # it is on the current path closes a cycle.
        finished = set()
        for start in self._nodes:
            if start in finished:
                continue
            path = []
            on_path = {}
            stack = [(start, iter(self._nodes[start].successors))]
            path.append(start)
            on_path[start] = 0
            while stack:
                node, successors = stack[-1]
                for succ in successors:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in finished:
                        on_path[succ] = len(path)
                        path.append(succ)
                        stack.append((succ, iter(self._nodes[succ].successors)))
                        break
                else:
                    stack.pop()
                    finished.add(node)
                    del on_path[path.pop()]
        return None

    def static_order(self):
        """Every node, in an order where each comes after its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
