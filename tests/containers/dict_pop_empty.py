# dict.pop on an empty dict answers without hashing the key, as CPython does.
def show(f):
    try:
        print(repr(f()))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)

show(lambda: {}.pop([], 1))
show(lambda: {}.pop([]))
show(lambda: {}.pop('k', None))
show(lambda: {}.pop('k'))
show(lambda: {1: 2}.pop([], 1))
show(lambda: {1: 2}.pop([]))
show(lambda: {1: 2}.pop(1))
show(lambda: {1: 2}.pop(3, 'd'))
show(lambda: {}.get([]))
show(lambda: [] in {})
