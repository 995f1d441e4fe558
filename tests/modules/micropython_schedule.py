# micropython.schedule: callbacks run at the next check point (a backward jump or a call), in
# order, and never inside one another (kinglet-only: see the .exp file).
try:
    import micropython
except ImportError:
    print("SKIP")
    raise SystemExit

import micropython

log = []


def cb(arg):
    log.append(arg)


def nested(arg):
    micropython.schedule(cb, arg + "-inner")
    for _ in range(3):
        pass
    log.append(arg + "-done")


micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
print(log)
for _ in range(2):
    pass
print(log)

# The queue holds four calls.
log.clear()
micropython.schedule(cb, "a")
micropython.schedule(cb, "b")
micropython.schedule(cb, "c")
micropython.schedule(cb, "d")
try:
    micropython.schedule(cb, "e")
except RuntimeError as e:
    print("RuntimeError", e)
i = 0
while i < 2:
    i += 1
print(log)

log.clear()
micropython.schedule(nested, "n")
i = 0
while i < 2:
    i += 1
print(log)


# An exception in a callback appears where the program was.
def boom(arg):
    raise ValueError(arg)


micropython.schedule(boom, "from callback")
try:
    i = 0
    while i < 2:
        i += 1
except ValueError as e:
    print("ValueError", e)
micropython.schedule(cb, "still works")
i = 0
while i < 2:
    i += 1
print(log)
