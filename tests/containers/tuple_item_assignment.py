# A tuple, or an instance of a subclass, refuses item assignment and deletion; the message names
# the instance's own type.
class T(tuple):
    pass


for t in ((1, 2), T((1, 2))):
    for f in (lambda: t.__delitem__(0), lambda: t.__setitem__(0, 1)):
        try:
            f()
        except AttributeError as e:
            print(type(e).__name__, e)
    try:
        del t[0]
    except TypeError as e:
        print(e)
    try:
        t[0] = 5
    except TypeError as e:
        print(e)
    try:
        t[1:] = [5]
    except TypeError as e:
        print(e)
    print(t)
