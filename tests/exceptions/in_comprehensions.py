try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__)
try:
    sum(int(s) for s in ['1', 'x'])
except ValueError as e:
    print(type(e).__name__, e)
try:
    [y for y in undefined_iterable_name]
except NameError as e:
    print(type(e).__name__, e)
try:
    [undefined_in_body for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def safe(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__
print([safe(int, s) for s in ['1', 'a', '3', None]])
print([safe(lambda d: d['k'], d) for d in [{'k': 1}, {}]])
partial = []
try:
    for v in (10 // x for x in [5, 2, 0, 1]):
        partial.append(v)
except ZeroDivisionError:
    print('partial', partial)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
def raiser(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    print({raiser(i): i for i in range(4)})
except KeyError as e:
    print('dict comp KeyError', e)
r = []
try:
    r = [raiser(i) for i in range(4)]
except KeyError:
    print('list not assigned', r)
try:
    [[1 / (i - j) for j in range(3)] for i in range(3)]
except ZeroDivisionError:
    print('nested comprehension error')
try:
    [(yield_ := 1) for _ in range(1)] + 'x'
except TypeError as e:
    print(type(e).__name__, e)
