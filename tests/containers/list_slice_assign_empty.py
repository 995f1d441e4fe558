# list: assigning nothing to an empty slice of a list that never held items (found by the fuzz
# smoke run: the copy started from the list's NULL items block, NULL + 0 being undefined for
# clang's -fsanitize=undefined).
a = []
a[0:0] = []
a[:] = ()
a[3:-3] = []
print(a)
b = list()
b[:0] = b
print(b)
a[0:0] = [1]
a[:] = []
print(a, len(a))
