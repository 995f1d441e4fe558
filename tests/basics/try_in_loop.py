# exceptions inside loops
results = []
for v in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
print(results)
data = [10, 0, 5, 0, 2]
for d in data:
    try:
        print(100 // d)
    except ZeroDivisionError:
        print('skip zero')
        continue
    print('after', d)
i = 0
while True:
    try:
        [1, 2, 3][i]
    except IndexError:
        print('stop at', i)
        break
    i += 1
count = 0
for i in range(100):
    try:
        if i % 10 == 0:
            raise ValueError(i)
    except ValueError:
        count += 1
print(count)
