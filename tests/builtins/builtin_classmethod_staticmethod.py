class C:
    @classmethod
    def cm(cls, x):
        return cls.__name__, x
    @staticmethod
    def sm(x):
        return 'static', x
class D(C):
    pass
print(C.cm(1), D.cm(2), D().cm(3), C.sm(4), D().sm(5))
cm = C.__dict__['cm']
sm = C.__dict__['sm']
print(type(cm).__name__, type(sm).__name__, isinstance(cm, classmethod), isinstance(sm, staticmethod))
print(cm.__func__.__name__, sm.__func__.__name__)
print(sm(6), sm.__func__(7))
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__)
bound = C.cm
print(bound.__self__ is C, bound.__func__ is cm.__func__)
def plain(*a):
    return a
C.p_cm = classmethod(plain)
C.p_sm = staticmethod(plain)
print(C.p_cm(1), C().p_sm(2), D.p_cm())
print(staticmethod(len)('abc'))
sm2 = staticmethod(plain)
print(sm2.__wrapped__ is plain if hasattr(sm2, '__wrapped__') else True)
print(classmethod.__name__, staticmethod.__name__)
