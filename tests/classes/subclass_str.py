class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, s.shout(), len(s), s[1:3], type(s[1:3]).__name__)
print(isinstance(s, str), s == 'hello', {'hello': 1}[s])
print(type(s + 'x').__name__, type(s.upper()).__name__)
class Tagged(str):
    def __new__(cls, value, tag):
        inst = super().__new__(cls, value)
        inst.tag = tag
        return inst
t = Tagged('v', 'T')
print(t, t.tag, repr(t))
class Rep(str):
    def __repr__(self):
        return 'Rep<' + str.__repr__(self) + '>'
    def __str__(self):
        return 'str-override'
r = Rep('x')
print(repr(r), str(r), '%s' % r, [r])
print(r + 'y', f'{r}')
class Lower(str):
    def __eq__(self, o):
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
print(Lower('ABC') == 'abc', 'abc' == Lower('ABC'))
print(sorted([S('b'), 'a', S('c')]))
print(''.join([S('a'), S('b')]), type(''.join([S('a')])).__name__)
print(S('a,b').split(','))
class Cnt(str):
    def __len__(self):
        return 99
print(len(Cnt('x')))
print(S('abc') in 'xxabcxx', 'b' in S('abc'))
