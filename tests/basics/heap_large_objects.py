# The unix executable's default heap holds what everyday programs build: a million-item list,
# a ten-megabyte string and a large dict at once.
l = list(range(10 ** 6))
s = 'a' * 10 ** 7
d = {i: str(i) for i in range(200000)}
print(len(l), len(s), len(d), sum(l), d[199999])
b = bytearray(5 * 10 ** 6)
print(len(b), l[-1] + len(b))
