# Errors while merging f(**a, k=v) name the function called as CPython does: module and
# qualified name for Python functions and methods, the bare name for builtins.
def f(**k):
    return k
class A:
    def m(self, **k):
        return k
    class Inner:
        @staticmethod
        def s(**k):
            return k
calls = [lambda: f(**1), lambda: f(**{'a': 1}, a=2), lambda: f(**{'a': 1}, **{'a': 2}),
         lambda: A().m(**{'a': 1}, a=2), lambda: A.Inner.s(**{'b': 1}, b=2),
         lambda: print(**{'sep': 1}, sep=2), lambda: dict(**{'x': 1}, x=2),
         lambda: (lambda **k: k)(**{'x': 1}, x=2), lambda: A(**[1]),
         lambda: f(*[], **{'a': 1}, **{'a': 3})]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(e)
print(f(**{'a': 1}, b=2), A().m(**{'z': 0}))
