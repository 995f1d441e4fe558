parts = [str(i) for i in range(1000)]
s = ''.join(parts)
print(len(s), s[:20], s[-20:])
acc = ''
for p in parts[:100]:
    acc += p
print(len(acc), acc[-10:])
print(', '.join(map(str, range(10))))
print('\n'.join(['line1', 'line2']))
print(''.join(['a', 'b']) == 'a' + 'b', '-'.join('') == '', 'x'.join(['only']))
big = 'ab' * 5000
print(len(big), big.count('ab'), big[9998:], big.find('ba', 5000))
print(len(' '.join(['w'] * 100)), ('-' * 20))
lines = ['%3d: %s' % (i, 'x' * i) for i in range(1, 5)]
print('\n'.join(lines))
