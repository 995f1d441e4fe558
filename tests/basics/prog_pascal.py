# Pascal's triangle
row = [1]
for n in range(12):
    print(row)
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
big = [1]
for n in range(100):
    big = [1] + [big[i] + big[i + 1] for i in range(len(big) - 1)] + [1]
print(big[50])
print(sum(big) == 2 ** 100)
