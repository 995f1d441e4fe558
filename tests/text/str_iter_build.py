s = 'hello'
print(list(s), tuple(s), set(s) == {'h', 'e', 'l', 'o'}, dict.fromkeys(s))
print([c * 2 for c in s], ''.join(c.upper() if i % 2 else c for i, c in enumerate(s)))
it = iter(s)
print(next(it), next(it), list(it))
print(list(enumerate('abc', 1)), list(zip('abc', 'xy')), list(map(ord, 'AZ')))
parts = []
for ch in 'a1b2c3':
    if ch.isdigit():
        parts.append(int(ch))
print(parts)
acc = ''
for i in range(5):
    acc += str(i)
print(acc, len(acc))
print(''.join(sorted('hello world')), ''.join(reversed('abc')), '-'.join(map(str, range(4))))
word_counts = {}
for w in 'the cat and the hat and the bat'.split():
    word_counts[w] = word_counts.get(w, 0) + 1
print(sorted(word_counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(str(list('ab')), repr(tuple('ab')))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'xyz abc')
print(caesar)
print(any(c.isupper() for c in 'abC'), all(c.isalpha() for c in 'ab1'))
print('abc'[::-1] * 2, ('ab' 'cd')[1:3])
