# gc: the parts of CPython's API that kinglet's tracing collector has.
import gc
print(isinstance(gc.collect(), int), gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [[i] * 10 for i in range(2000)]
gc.enable()
print(gc.isenabled(), len(data), isinstance(gc.collect(2), int))
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold(), len(gc.get_count()))
for bad in (lambda: gc.collect(3), lambda: gc.collect('x'), lambda: gc.set_threshold()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
