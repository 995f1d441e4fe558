# divmod with ints
print(divmod(7, 2))
print(divmod(-7, 2))
print(divmod(7, -2))
print(divmod(-7, -2))
print(divmod(0, 3))
print(divmod(10 ** 30, 10 ** 10 + 7))
print(divmod(-(10 ** 30), 12345))
q, r = divmod(1000, 7)
print(q, r, q * 7 + r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__)
