# builtin generic aliases in annotations: list[int], dict[str, tuple[int, ...]]
def f(a: list[int], b: dict[str, tuple[int, ...]]) -> set[str]:
    return a
print(f.__annotations__)
print(list[int]([1,2]), list[int] == list[int], list[int].__origin__, dict[str, int].__args__)
x: type[int] = int
print(x)
