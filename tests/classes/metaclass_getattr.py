# A metaclass's __getattr__ is called for attributes a class does not have.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name[4:] * 2
        raise AttributeError('no %s on %s' % (name, cls.__name__))


class A(metaclass=Meta):
    x = 1

    def method(self):
        return 'm'


print(A.x, A.dyn_ab, getattr(A, 'dyn_q'), A().method(), hasattr(A, 'nope'), hasattr(A, 'dyn_'))
try:
    A.missing
except AttributeError as e:
    print('AttributeError', e)
try:
    A().dyn_ab
except AttributeError as e:
    print('AttributeError', e)
print(getattr(A, 'missing', 'default'))


class B(A):
    pass


print(B.dyn_zz, B.x)
