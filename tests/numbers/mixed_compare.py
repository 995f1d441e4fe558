print(1 < 1.5 < 2, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
big = 10 ** 400
print(big > 1e308, big < float('inf'), -big > float('-inf'), big == float('inf'))
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023)
print(0 == 0.0 == -0.0 == 0j == False)
print(1 == True, 2 == True, 1.0 == True, 0.5 < True)
nan = float('nan')
print(nan == 0, nan < 0, nan > 0, 0 < nan, big < nan, big > nan)
print(sorted([3, 2.5, True, 0, -1.5, 10 ** 20, 1e19]))
print(max(1, 1.0), min(1.0, 1), max(True, 1), max(2, 2.0, key=type(2).__name__.__len__) if False else 'skip')
print(3 == 3.0000000000000001, 3 < 3.0000000000000004)
print((1, 2.0) == (1.0, 2), [1] == [1.0], {1: 'a'} == {1.0: 'a'}, {1} == {1.0})
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 <= 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(1 == '1', 1 != '1', None == 0, [] == 0)
print(-1 < -0.5 < 0 < 0.5 < 1)
print(10 ** 20 == 10.0 ** 20, 10 ** 20 + 1 > 1e20, 10 ** 20 + 1 == 1e20)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 - 1, 2 ** 63 - 1 < float(2 ** 63))
print(1 < 2 > 1.5, 0.1 + 0.2 > 0.3)
