# A module with a PEP 562 __getattr__ (and __dir__), for tests/import/module_getattr.py.
calls = []
present = "here"


def __getattr__(name):
    calls.append(name)
    if name.startswith("lazy_"):
        value = name[5:].upper()
        globals()[name] = value  # cached: asked only once
        return value
    if name == "boom":
        raise KeyError("not an AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["present", "lazy_one"]
