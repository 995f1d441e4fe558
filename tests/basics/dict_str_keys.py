# many string keys
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
print(freq['the'], len(freq))
keys = []
for i in range(50):
    keys.append('key' + str(i))
d = {}
for k in keys:
    d[k] = k.upper()
print(d['key0'], d['key49'], len(d))
long = 'x' * 1000
d[long] = 1
print(d['x' * 1000])
