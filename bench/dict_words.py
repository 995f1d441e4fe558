# bench/dict_words.py: counting words in a dict, then reading them back.
seed = 12345
words = []
for i in range(60000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    words.append('k' + str(seed % 5000))
counts = {}
for rep in range(30):
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
best = ''
best_n = 0
for w in counts:
    if counts[w] > best_n or (counts[w] == best_n and w < best):
        best = w
        best_n = counts[w]
total = 0
for k, v in counts.items():
    total += v * len(k)
print(len(counts), best, best_n, total)
