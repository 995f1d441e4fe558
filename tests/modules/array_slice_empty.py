# array: assigning an empty array to an empty slice of an empty array (found by fuzz_exec: the
# copy started from the NULL items block of an array that never had items, which clang's
# -fsanitize=undefined reports as "applying zero offset to null pointer").
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit

for code in "bBhHiIqQfd":
    a = array(code)
    a[0:0] = array(code)
    a[:] = array(code)
    a[5:-5] = array(code)
    print(code, a, len(a))
    a[0:0] = array(code, [1])
    a[:] = array(code)
    print(code, a)
