# %d, %i and %u convert with __int__ (then __index__); %x and %o take __index__ only.
class In:
    def __int__(self):
        return 7
class Ix:
    def __index__(self):
        return 5
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class Fl:
    def __float__(self):
        return 2.5
for v in [In(), Ix(), Both(), Fl(), 3.9, True, 'x', 1j, None]:
    out = []
    for c in 'diuxXo':
        try:
            out.append(('%' + c) % v)
        except TypeError as e:
            out.append('TypeError: ' + str(e))
    print(type(v).__name__, out)
for v in [In(), Ix(), Fl(), 2.5]:
    for c in 'dx':
        try:
            print(c, (b'%' + c.encode()) % v)
        except TypeError as e:
            print(c, 'TypeError:', e)
