evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), sorted(evens - threes)[:5], len(evens | threes), sorted(evens ^ threes)[:6])
print(evens.issuperset({0, 6, 12}), {0, 6} <= evens & threes)
letters = set('mississippi')
print(sorted(letters), len(letters))
words = ['apple', 'pear', 'plum', 'grape']
common = set(words[0])
for w in words[1:]:
    common &= set(w)
print(sorted(common))
union = set().union(*map(set, words))
print(sorted(union))
print(sorted(set.intersection(*[set(w) for w in ['abc', 'bcd', 'cde']])))
seen = set()
dups = []
for x in [1, 2, 3, 2, 1, 4]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, sorted(seen))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print(set() < {1}, set() <= set(), {1} - {1} == set(), sorted({1, 2} | {2.0, 3}))
