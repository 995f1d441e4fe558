for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (10 ** 20, 7), (True, 2), (5, 0.5)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for a, b in [('a', 1), (1, 'a'), (1j, 1), (None, 1)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return 'divmod', o
    def __rdivmod__(self, o):
        return 'rdivmod', o
print(divmod(D(), 1), divmod(1, D()))
q, r = divmod(123456789, 1000)
print(q, r, q * 1000 + r)
