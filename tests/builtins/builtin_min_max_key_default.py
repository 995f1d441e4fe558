data = [('a', 3), ('b', 1), ('c', 3), ('d', 2)]
print(max(data, key=lambda t: t[1]), min(data, key=lambda t: t[1]), max(data, key=lambda t: -t[1]))
print(max([], key=len, default='none'), min((), default=0), max([[]], key=len), min('abc', key=ord))
print(max(3, 1, 2, key=lambda v: -v), min(3, 1, 2, key=lambda v: -v), max('a', 'bb', 'c', key=len))
print(max(iter([5, 7, 6])), min(x * x for x in range(-3, 3)), max({'x': 1, 'yy': 2}, key=len))
print(max([1, 1.0]), max([1.0, 1]), min([0, False]), min([False, 0]), max([True, 1]))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([3, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1], key=lambda v: v / 0)
except ZeroDivisionError as e:
    print('key called even for one item:', type(e).__name__)
