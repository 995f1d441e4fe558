# chr() range and overflow errors; exec() and eval() checks of their globals and locals arguments.
for v in [2**40, -2**40, 2**31, 2**31 - 1, -1, 0x110000, 2**70]:
    try: print(chr(v))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
for f in [lambda: eval('1', []), lambda: exec('1', []), lambda: eval('1', {}, []), lambda: exec('x=1', None, 5), lambda: eval('1', 5)]:
    try: print(f())
    except TypeError as e: print(e)
for f in [lambda: eval('1', {}, 5), lambda: exec('1', {}, 5), lambda: eval('1', None, 5), lambda: exec('1', 5), lambda: exec('1', [])]:
    try: print(f())
    except TypeError as e: print(e)
class M:
    def __getitem__(self, k):
        if k == 'x': return 42
        raise KeyError(k)
print(eval('x', {}, M()), chr(True), chr(65))
for v in ['a', 1.5, None]:
    try: chr(v)
    except TypeError as e: print(e)
