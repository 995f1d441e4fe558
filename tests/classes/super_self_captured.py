# super() with no arguments finds the first argument in its cell when a closure captures it,
# and as it is otherwise.
class A:
    def f(self):
        return 'A.f'

class B(A):
    def f(self):
        get = lambda: self
        return super().f(), get() is self

    def g(self):
        return super().f()

    def h(this, *rest):
        return super().f(), rest

b = B()
print(b.f(), b.g(), b.h(1, 2))
