# sorting strings with keys
names = ['delta', 'Alpha', 'charlie', 'Bravo', 'echo', 'alpha']
print(sorted(names))
print(sorted(names, key=lambda s: s.lower()))
print(sorted(names, key=lambda s: (len(s), s)))
print(sorted(names, key=lambda s: s[-1]))
print(sorted(names, reverse=True))
versions = ['1.10', '1.2', '1.9', '2.0', '1.1']
print(sorted(versions))
print(sorted(versions, key=lambda v: [int(p) for p in v.split('.')]))
print(sorted('Kinglet'), sorted('Kinglet', key=lambda c: c.lower()))
