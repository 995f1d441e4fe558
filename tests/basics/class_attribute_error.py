# missing attributes raise AttributeError
class P:
    def __init__(self):
        self.a = 1


p = P()
try:
    p.b
except AttributeError:
    print('AttributeError instance')
try:
    P.b
except AttributeError:
    print('AttributeError class')
try:
    p.method()
except AttributeError:
    print('AttributeError method')
for v in [1, 'x', [], None]:
    try:
        v.nope
    except AttributeError:
        print('AttributeError', type(v).__name__)
try:
    (1).x = 5
except AttributeError:
    print('AttributeError set on int')
print(getattr(p, 'a'), getattr(p, 'b', 'default'))
del p.a
try:
    p.a
except AttributeError:
    print('AttributeError after del')
