# changing a dict's size while iterating over it is an error
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print('RuntimeError', e)
# assigning existing keys is fine
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
# an exhausted iterator stays exhausted
d = {'x': 1}
it = iter(d)
print(list(it))
d['y'] = 2
print(list(it))
# iterate over a copy to change the dict
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
it = iter({1: 2})
print(next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(iter(it) is it)
