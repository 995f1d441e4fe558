# collections.abc generic aliases in annotations: Callable's parameter list prints as in CPython.
from collections.abc import Callable, Mapping, Iterable
def f(cb: Callable[[int, str], bool], m: Mapping[str, list[int]], g: Callable[..., None]) -> Iterable[Callable[[], int]]:
    pass
for k, v in f.__annotations__.items():
    print(k, v)
print(Callable[[int], str], Callable[[], None], list[[int]])
