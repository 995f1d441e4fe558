# X | Y between classes, None, generic aliases and unions (types.UnionType): annotations that
# use it are evaluated when a def runs, so it must work even when nothing reads the result.
def f(x: list[int] | None = None, y: int | str = 1) -> dict[str, int] | None:
    return x


print(f([1]), f.__annotations__)
u = int | str
print(u, type(u).__name__, type(u).__module__, u.__args__, u.__parameters__)
print(isinstance(1, u), isinstance('s', u), isinstance(1.5, u), issubclass(bool, int | None))
print(isinstance(None, int | None), issubclass(type(None), str | None))
print(int | None, None | int, (int | str) == (str | int), int | int, (int | str) | float)
print((int | str) | (str | bytes), int | (str | int), (int | str) != (int | bytes))
print(hash(int | str) == hash(str | int), {int | str: 1}[str | int])
print(list[int] | None, None | list[int], list[int] | list[int], list[int] | list[str])


class Mine:
    pass


print(Mine | None, (Mine | int).__args__ == (Mine, int), isinstance(Mine(), Mine | int))
x: list[int] | None = None
print(__annotations__)


class C:
    a: dict[str, list[int]] | None
    b: 'C | None' = None


print(C.__annotations__)
for bad in (lambda: int | 1, lambda: 1 | int, lambda: int | 'str', lambda: None | None):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
for spec in (list[int], int | list[int]):
    try:
        isinstance([], spec)
    except TypeError as e:
        print('TypeError', e)
    try:
        issubclass(list, spec)
    except TypeError as e:
        print('TypeError', e)
a = list[int]
print(a == list[int], a != list[str], hash(a) == hash(list[int]), a.__parameters__, a())
print(tuple[int, ...], type[int], list[list[int]], dict[str, list[int]], type(a).__module__)
