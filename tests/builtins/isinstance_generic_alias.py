# isinstance() and issubclass() refuse a parameterized generic such as list[int].
for f in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: isinstance([], (int, list[int])), lambda: isinstance([], (list, list[int])),
          lambda: issubclass(list, (list, dict[int, int])), lambda: isinstance(1, tuple[int]),
          lambda: isinstance(1, 5), lambda: issubclass(int, 'x')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
