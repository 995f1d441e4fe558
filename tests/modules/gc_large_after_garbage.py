# The collector runs often enough in a large heap that what survives stays together: a program
# whose few survivors were made among much garbage can still make a large list and string
# afterwards (collected only when the heap was full, the survivors ended up spread over all of it,
# and the large allocation failed with MemoryError with most of the heap free).
keep = []
for i in range(30000):
    garbage = [str(j) for j in range(150)]
    keep.append("line %d " % i + "x" * 40)
print(len(keep), len(garbage))
text = "\n".join(keep)
print(len(text), text[:12], text[-8:])
big = list(range(len(keep) * 4))
print(len(big), sum(big) % 1000)
table = {k: len(k) for k in keep}
print(len(table), table["line 7 " + "x" * 40])
