# collections.UserDict, UserList and UserString: wrappers meant to be subclassed.
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = Lower({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, d['a'], d.get('zz', 'none'), list(d), isinstance(d, MutableMapping))
d.update({'D': 4})
print(d, d.pop('d'), sorted(d.items()), type(d.copy()).__name__, d.copy())
print(UserDict(a=1) == {'a': 1}, UserDict(a=1) | {'b': 2}, {'b': 2} | UserDict(a=1))
try:
    UserDict()['x']
except KeyError as e:
    print('KeyError', e)


class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2


print(WithMissing()['ab'], UserDict.fromkeys('xy', 0))

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul.data, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul + [9], [0] + ul, ul * 2)
ul.extend(UserList([7]))
ul.insert(0, -1)
print(ul, ul.pop(), ul.index(2), ul.count(1), 3 in ul, ul == [-1, 1, 2, 3, 5], ul < [0])
ul.reverse()
ul.remove(2)
print(ul, list(reversed(ul)), isinstance(ul, MutableSequence))
ul += (8,)
ul *= 2
print(ul)
del ul[0]
ul[0] = 'x'
print(ul, ul.copy(), type(ul.copy()).__name__)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s)

us = UserString('Hello')
print(us, repr(us), len(us), us.upper(), us.lower(), us + '!', 'x' + us, us * 2, us[1:3])
print(us == 'Hello', us < 'World', 'ell' in us, us.startswith('He'), us.find('l'),
      us.split('l'), us.replace('l', 'L'), type(us.upper()).__name__, str(us), list(us))
print(int(UserString('42')) + 1, float(UserString('1.5')), hash(us) == hash('Hello'))
