# grouping anagrams with sorted keys
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key in groups:
    print(key, groups[key])
print([g for g in groups.values() if len(g) > 1])


def is_anagram(a, b):
    return sorted(a.replace(' ', '').lower()) == sorted(b.replace(' ', '').lower())


print(is_anagram('Dormitory', 'dirty room'), is_anagram('abc', 'abd'))
