# changing a set's size while iterating over it is an error
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(len(s))
for x in list(s):
    s.discard(x)
print(s)
it = iter({5})
print(next(it), next(it, 'end'), iter(it) is it)
print(list(iter(frozenset())))
