# atexit: registered functions run when the program ends, last registered first, with their
# arguments; unregister() removes every registration of a function.
import atexit
import sys


def a(x, y=0):
    print("a", x, y)


def order(n):
    print("order", n)


print(atexit.register(a, 1, y=2) is a)
for i in range(3):
    atexit.register(order, i)
atexit.register(a, "twice")
atexit.register(print, "removed")
atexit.unregister(print)


@atexit.register
def decorated():
    print("decorated, stdout still open:", not sys.stdout.closed)


try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
print("end of main")
