# An uncaught exception's traceback shows the source line under each frame, as CPython's does,
# and a run of more than three identical frames as three and a "[Previous line repeated ...]"
# line. Every line here is a whole statement, so CPython prints no ^^^ markers either.
def down(n):
    if n == 0:
        raise ValueError("at the bottom")
    down(n - 1)


def middle():
    down(6)


print("start")
try:
    middle()
except ValueError as e:
    print("caught", e)
middle()
