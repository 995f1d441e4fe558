# str % args with nothing to format in the str gives the str itself back, a subclass's
# instance too, as CPython's formatting does; bytes and an empty format make new objects.
class S(str):
    pass
class B(bytes):
    pass
x = S('ab')
print(type(x % ()).__name__, type(x % {}).__name__, type(x % []).__name__, (x % ()) is x)
print(type(S('') % ()).__name__, type(S('a%%') % ()).__name__, type(S('a%s') % 1).__name__)
y = 'ab' * 3
print((y % ()) is y, (y % {'k': 1}) is y, (y + '%%' % ()) == y + '%')
print(type(B(b'ab') % ()).__name__)
try:
    x % 5
except TypeError as e:
    print('TypeError', e)
