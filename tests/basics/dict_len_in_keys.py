# len, in, and key/value views turned into lists
d = {'one': 1, 'two': 2, 'three': 3}
print(len(d), len({}))
print('two' in d, 2 in d, 2 in d.values(), 'two' in d.keys())
print(sorted(d), sorted(d.values()))
print(list(d.items())[0])
ks = list(d.keys())
ks.reverse()
print(ks)
print(len(d.keys()), len(d.items()))
total = 0
for v in d.values():
    total += v
print(total)
print(('one', 1) in d.items())
print(max(d), min(d.values()))
