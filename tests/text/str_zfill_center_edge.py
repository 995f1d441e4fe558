for w in range(0, 8):
    print(w, repr('ab'.center(w)), repr('abc'.center(w, '.')), repr('x'.ljust(w, '-')), repr('x'.rjust(w, '-')), repr('-5'.zfill(w)))
print(repr(''.center(4)), repr(''.zfill(3)), repr('+'.zfill(3)), repr('a-1'.zfill(5)), repr('+0x1'.zfill(6)))
print(repr('é'.center(5, 'ü')), repr('日本'.ljust(5, '・')))
try:
    'a'.ljust('5')
except TypeError as e:
    print(type(e).__name__)
try:
    'a'.zfill()
except TypeError as e:
    print(type(e).__name__)
print(repr('ab'.center(-3)), repr('x'.center(3, ' ')))
