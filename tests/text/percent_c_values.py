# %c of str formatting: one-character strs (and str subclasses), ints and int subclasses in
# range(0x110000); flags and precision do not apply, width pads with spaces.
class MyInt(int):
    pass

class MyStr(str):
    pass

class Index:
    def __index__(self):
        return 65

def show(fmt, v):
    try:
        print(repr(fmt), repr(fmt % (v,)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ':', e)

for v in [65, 0x10FFFF, 0x110000, -1, 2**100, -2**100, 0, MyInt(97), MyStr('z'), MyStr('zz'),
          'é', '€', '', 1.0, None, Index(), [1]]:
    for fmt in ['%c', '%3c', '%-3c|', '%03c', '%+c', '%#c', '% c', '%.2c']:
        show(fmt, v)
print('%c%c%c' % (72, 'i', 33))
print('%*c|%-*c|' % (4, 'a', 3, 98))
