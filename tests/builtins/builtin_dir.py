class Base:
    base_attr = 1
    def base_method(self):
        pass
class C(Base):
    cls_attr = 2
    def __init__(self):
        self.inst_attr = 3
    def method(self):
        pass
names = dir(C())
print([n for n in names if not n.startswith('__')])
print([n for n in dir(C) if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names)
class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}), 'real' in dir(1), 'add' in dir(set()))
import sys
print('exit' in dir(sys), 'argv' in dir(sys))
print([n for n in dir(int) if n in ('bit_length', 'to_bytes', 'from_bytes', 'real')])
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__)
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__)
