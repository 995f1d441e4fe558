# SyntaxWarning for an assert of a parenthesised, non-empty tuple, which is always true.
x = 1
assert (x, "always")
try:
    assert (), "empty"
except AssertionError as e:
    print("AssertionError", e)
def f():
    assert (x == 2,
            "multi")
f()
print("end")
