# isinstance on the builtin types
values = [0, 1.0, '', [], (), {}, None, True]
types = [int, float, str, list, tuple, dict, bool]
for v in values:
    row = []
    for t in types:
        row.append(1 if isinstance(v, t) else 0)
    print(repr(v), row)
print(isinstance(5, (str, int)), isinstance(5, (str, list)))
print(isinstance(5, ()))
