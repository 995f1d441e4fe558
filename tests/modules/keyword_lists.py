# keyword: the keyword lists and the tests on them.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for word in ['if', 'None', 'True', 'async', 'await', 'match', 'case', '_', 'print', 'self',
             'If', '', 'type', 'nonlocal']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
print([w for w in 'for x in data if x is not None'.split() if keyword.iskeyword(w)])
