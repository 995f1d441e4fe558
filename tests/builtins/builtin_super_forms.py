class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super().who()
    def explicit(self):
        return super(B, self).who()
print(B().who(), B().explicit())
s = super(B, B())
print(type(s).__name__, s.who())
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, 5)
except TypeError as e:
    print(type(e).__name__)
try:
    super(5, B())
except TypeError as e:
    print(type(e).__name__)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class C(A):
    @classmethod
    def cm(cls):
        return super().who
print(C.cm().__name__ if hasattr(C.cm(), '__name__') else C.cm())
print(super(C, C).who(C()))
