print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, '']), any([0, 'x']))
print(all('abc'), any(''), all([[]]), any([[]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(3)))
print(all({}), any({0: 'a'}), any({1: 0}), all(range(1, 5)), any(range(0)))
log = []
def t(v):
    log.append(v)
    return v
print(all(t(v) for v in [1, 0, 2]), log)
log.clear()
print(any(t(v) for v in [0, 3, 4]), log)
print(type(all([1])).__name__, all([1, 'a']), any([None, 0.0, 0j]))
class Falsy:
    def __bool__(self):
        return False
print(all([Falsy()]), any([Falsy(), Falsy()]))
for bad in (5, None):
    try:
        all(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__)
it = iter([1, 0, 5, 6])
print(all(it), list(it))
