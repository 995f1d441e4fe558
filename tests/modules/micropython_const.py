# Scripts written for MicroPython: const() is an ordinary call returning its argument, and the
# module is the kinglet module under a second name (kinglet-only: see the .exp file).
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

from micropython import const
import micropython
import kinglet

X = const(1)
Y = const(X + 2)
_PRIVATE = const("text")
print(X, Y, _PRIVATE)
print(const(None), const((1, 2)))
g = globals()
print("X" in g, "_PRIVATE" in g)


class C:
    SIZE = const(16)


print(C.SIZE)
print(micropython.const is kinglet.const)
for name in ["mem_info", "heap_lock", "heap_unlock", "kbd_intr", "schedule", "opt_level",
             "stack_use", "qstr_info", "heap_stats", "set_instruction_budget"]:
    print(name, callable(getattr(micropython, name)))
print(micropython.opt_level())
print(micropython.opt_level(2), micropython.opt_level())
micropython.opt_level(0)
print(micropython.kbd_intr(-1), micropython.kbd_intr(3))
