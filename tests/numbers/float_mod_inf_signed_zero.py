# float % and divmod with an infinite divisor: a zero remainder takes the divisor's sign.
inf = float('inf')
for a in [0.0, -0.0, 1.0, -1.0, inf, -inf, 5.5, -5.5]:
    for b in [inf, -inf, 1.0, -1.0, 3.0]:
        print(a, b, a % b, divmod(a, b), a // b)
