# array: "\0" is not a typecode (found by fuzz_exec: strchr() matched the typecode table's
# terminating NUL, and the array of item size 0 then divided by zero when it grew).
try:
    from array import array
except ImportError:
    print("SKIP")
    raise SystemExit

for code in ("\0", "\0b", " "):
    try:
        a = array(code, [0])
        print("made", a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
