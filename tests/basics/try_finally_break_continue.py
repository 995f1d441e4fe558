# finally runs on break and continue
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop', i)
n = 0
while True:
    n += 1
    try:
        try:
            if n == 2:
                break
        finally:
            print('inner finally', n)
    finally:
        print('outer finally', n)
print('n', n)
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            print('f', i, j)
