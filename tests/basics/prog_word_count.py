# counting words with a dict and sorting the result
text = '''the cat sat on the mat
the dog sat on the log
a cat and a dog met on a mat'''
counts = {}
for line in text.split('\n'):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(counts)
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in by_count[:6]:
    print(w, c)
print(len(counts), sum(counts.values()))
letters = {}
for c in text:
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print(sorted(letters.items())[:8])
