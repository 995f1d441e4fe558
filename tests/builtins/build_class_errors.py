# __build_class__ checks its function and name before running anything (it used to crash).
for args in [(1, "X"), (None, "X"), (lambda: 0, 1), (lambda: 0, None)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print("TypeError", e)
C = __build_class__(lambda: None, "C")
print(C.__name__)
