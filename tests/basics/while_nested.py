# nested while loops with counters
i = 1
while i <= 4:
    j = 1
    row = []
    while j <= i:
        row.append(i * j)
        j += 1
    print(row)
    i += 1
n = 100
count = 0
while n > 0:
    m = n
    while m > 0:
        m //= 2
        count += 1
    n -= 7
print(count)
a = 0
b = 0
while a < 3:
    while b < 3:
        b += 1
        if b == 2:
            break
    a += 1
print(a, b)
