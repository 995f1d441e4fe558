# graphlib.TopologicalSorter: static_order, the prepare/get_ready/done protocol, cycles and the
# errors of misuse.
from graphlib import CycleError, TopologicalSorter

graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [1], 3: [2], 4: [1, 3], 5: []}).static_order()))
ts = TopologicalSorter()
ts.add("build", "fetch", "configure")
ts.add("configure", "fetch")
ts.add("test", "build")
ts.add("docs")
ts.add("fetch")
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print("ready", ready, bool(ts))
    order.extend(ready)
    ts.done(*ready)
print(order, ts.is_active(), ts.get_ready())
for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]}, {0: [1, 2], 1: [2], 2: [0]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print("CycleError", e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({1: [0]})
for bad in [ts.get_ready, ts.is_active, lambda: ts.done(1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
ts.prepare()
for bad in [ts.prepare, lambda: ts.add(5), lambda: ts.done(1), lambda: ts.done(9)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
r = ts.get_ready()
ts.done(*r)
try:
    ts.done(*r)
except ValueError as e:
    print("ValueError", e)
print(TopologicalSorter[int], list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add(1, 2)
ts.add(1, 3)
ts.add(2, 3)
print(list(ts.static_order()))
