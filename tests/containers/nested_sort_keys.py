people = [{'name': 'ann', 'age': 30, 'tags': ['x']}, {'name': 'bob', 'age': 25, 'tags': []},
          {'name': 'cat', 'age': 30, 'tags': ['y', 'z']}, {'name': 'dan', 'age': 20, 'tags': ['x']}]
print([p['name'] for p in sorted(people, key=lambda p: p['age'])])
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['name']))])
print([p['name'] for p in sorted(people, key=lambda p: len(p['tags']), reverse=True)])
print(max(people, key=lambda p: p['age'])['name'], min(people, key=lambda p: (p['age'], p['name']))['name'])
by_age = {}
for p in people:
    by_age.setdefault(p['age'], []).append(p['name'])
print(sorted(by_age.items()))
matrix = [[3, 1, 2], [9, 8], [], [5]]
print(sorted(matrix), sorted(matrix, key=len), sorted(matrix, key=sum), [sorted(r) for r in matrix])
pairs = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(pairs, key=lambda t: t[1]), sorted(pairs, key=lambda t: (t[1], t[0])), sorted(pairs, reverse=True))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(set(words), key=lambda w: (len(w), w)))
