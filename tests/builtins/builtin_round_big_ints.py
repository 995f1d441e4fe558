n = 123456789123456789123456789
for nd in (-1, -5, -10, -26, -27, -30, 0, 5):
    print(nd, round(n, nd), round(-n, nd))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(45, -1))
print(round(150, -2), round(250, -2), round(-250, -2), round(10 ** 30 + 5 * 10 ** 9, -10))
print(type(round(n, -3)).__name__, round(True, -1), round(7, True))
print(divmod(n, 10 ** 9), divmod(-n, 10 ** 9), pow(n, 3, 10 ** 12), hex(n), oct(-n)[:12])
