# A builtin type's __dict__ holds its methods as descriptors, never bare C functions: calling
# one with the wrong self is a TypeError, as through the attribute.
for t, name, bad in ((dict, "keys", [1]), (list, "append", {}), (str, "upper", 5),
                     (dict, "get", []), (tuple, "count", "x"), (bytes, "find", 1)):
    m = vars(t)[name]
    print(t.__name__, name, m is getattr(t, name), type(m).__name__)
    try:
        m(bad)
    except TypeError as e:
        print("TypeError", e)
print(vars(dict)["keys"]({"a": 1}), vars(list)["append"] == list.append)
print(sorted(k for k in vars(list) if not k.startswith("_")))
