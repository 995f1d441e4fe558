# builtin methods looked up with getattr and called
s = 'Hello'
for name in ['upper', 'lower', 'strip']:
    print(getattr(s, name)())
lst = [3, 1, 2]
getattr(lst, 'sort')()
getattr(lst, 'append')(4)
print(lst)
d = {'a': 1}
print(getattr(d, 'get')('a'), getattr(d, 'get')('b', 0))
up = 'abc'.upper
print(up(), up())
app = lst.append
app(5)
app(6)
print(lst)
