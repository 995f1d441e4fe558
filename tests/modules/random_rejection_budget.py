# random's rejection-sampling loops are check points: for parameters no sample is ever accepted
# for (gammavariate of nan or inf; CPython loops for ever too), the instruction budget and
# Ctrl-C stop them (found by fuzz_bcfile as a hang; kinglet-only: see the .exp file).
import random

import kinglet


def bounded(label, f):
    kinglet.set_instruction_budget(20000)
    try:
        r = f()
        print(label, "returned", type(r).__name__)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    kinglet.set_instruction_budget(0)


nan = float("nan")
inf = float("inf")
bounded("gammavariate(nan)", lambda: random.gammavariate(nan, 1.0))
bounded("gammavariate(inf)", lambda: random.gammavariate(inf, 1.0))
bounded("gammavariate(1e308)", lambda: random.gammavariate(1e308, 1.0))
bounded("betavariate(nan, 1)", lambda: random.betavariate(nan, 1.0))
bounded("gammavariate(0)", lambda: random.gammavariate(0.0, 1.0))
# Ordinary parameters are accepted within a few rounds.
random.seed(5)
bounded("gammavariate(0.5)", lambda: [random.gammavariate(0.5, 2.0) for _ in range(50)])
bounded("gammavariate(3)", lambda: [random.gammavariate(3.0, 2.0) for _ in range(50)])
bounded("normalvariate", lambda: [random.normalvariate(0, 1) for _ in range(50)])
bounded("vonmisesvariate", lambda: [random.vonmisesvariate(1.0, 4.0) for _ in range(50)])
bounded("betavariate", lambda: [random.betavariate(2.0, 3.0) for _ in range(50)])
