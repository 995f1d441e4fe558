# for ... else
for i in range(3):
    print(i)
else:
    print('completed')
for i in range(10):
    if i == 2:
        break
else:
    print('not printed')
print('stopped at', i)
for x in []:
    print('never')
else:
    print('else of empty loop')


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    else:
        pass
    return True


print([n for n in range(30) if is_prime(n)])
for n in [4, 7, 9]:
    for d in range(2, n):
        if n % d == 0:
            print(n, 'divisible by', d)
            break
    else:
        print(n, 'is prime')
