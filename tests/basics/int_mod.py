# modulo takes the sign of the divisor
print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(-7 % -3)
print(0 % 7)
print(9 % 3, -9 % 3)
for a in range(-6, 7):
    print(a, a % 4, a % -4)
print(10 ** 20 % 7)
print(-(10 ** 20) % 7)
print(10 ** 20 % -7)
# // and % are consistent: a == (a // b) * b + a % b
ok = True
for a in range(-20, 21):
    for b in (-7, -3, -1, 1, 2, 5):
        if (a // b) * b + a % b != a:
            ok = False
print(ok)
