# round() with an ndigits far beyond any digit, and a rounding past the largest float.
def show(*a):
    try:
        print(repr(round(*a)))
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

big = 2 ** 100
show(123, big)
show(1.5, big)
show(-2.5, big)
show(-5.5, -big)
show(1.5, -big)
show(-1.5, -10 ** 30)
show(10 ** 50, -49)
show(5 * 10 ** 49, -50)
show(15 * 10 ** 49, -50)
show(10 ** 50, -51)
show(6 * 10 ** 50, -51)
show(1.7976931348623157e308, -308)
show(1.7976931348623157e308, -307)
show(9.5e307, -308)
show(1e308, -308)
show(123, True)
show(1.25, True)
show(123.456, 1.0)
show(123, 'a')
show(float('inf'), -big)
show(float('nan'), big)
