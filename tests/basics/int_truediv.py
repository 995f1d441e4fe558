# true division of ints always gives a float
print(7 / 2)
print(-7 / 2)
print(6 / 3)
print(1 / 3)
print(2 / 3)
print(1 / 4)
print(10 / 4)
print(0 / 5)
print(-1 / 8)
print(1 / 1000)
print(type(4 / 2).__name__)
print(2 ** 60 / 2 ** 10)
print(100 / 7)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(e)
