# pass does nothing, in every kind of block
def f():
    pass


class Empty:
    pass


if True:
    pass
for i in range(3):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), i)
e = Empty()
e.x = 1
print(e.x)
print(type(e).__name__)
