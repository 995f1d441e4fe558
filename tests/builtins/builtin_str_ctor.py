print(str(), str(1), str(-1.5), str([1, 'a']), str(None), str(True), str(b'ab'), str((1,)), str({1: 'x'}))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'abc', encoding='ascii'), str(object='kw'))
for args in [(b'\xff', 'utf-8'), (5, 'utf-8'), ('already', 'utf-8'), (b'x', 'bogus-enc')]:
    try:
        print(repr(str(*args)))
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__)
class S:
    def __str__(self):
        return 'custom'
class Bad:
    def __str__(self):
        return 1
print(str(S()))
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(type(str(5)).__name__, str is type(''), str(str)[:7])
