# str.join
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print(' - '.join(['one']))
print(repr(','.join([])))
print('/'.join('abc'))
print(', '.join(('t1', 't2')))
print('\n'.join(['l1', 'l2']))
words = []
for i in range(5):
    words.append(str(i * i))
print('+'.join(words))
print('ab'.join(['1', '2', '3']))
try:
    ','.join([1, 2])
except TypeError:
    print('TypeError')
