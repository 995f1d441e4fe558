# The instruction budget also stops loops that run inside builtins: every step a builtin takes
# over an iterator is a check point, so a count, sum or search that would never end raises.
import itertools

import kinglet


def bounded(label, f):
    kinglet.set_instruction_budget(20000)
    try:
        print(label, f())
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    kinglet.set_instruction_budget(0)


# The fuzzer's hang: a float is counted by comparing it with all 2**64 + 3 items.
bounded("range.count", lambda: range(2**64 + 3).count(float(2**63)))
bounded("sum", lambda: sum(itertools.repeat(1)))
bounded("in", lambda: -1 in itertools.count())
bounded("any", lambda: any(x < 0 for x in itertools.count()))
bounded("max", lambda: max(itertools.cycle([1, 2])))
bounded("min", lambda: min(map(abs, itertools.count())))
# Finite loops inside builtins are unaffected by a generous budget.
bounded("finite", lambda: (range(5000).count(5.0), sum(range(1000)), 999 in iter(range(1000))))
