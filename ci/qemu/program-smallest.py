# ci/qemu/program-smallest.py: the raw-paste program of `ci/qemu-repl --smallest`, sized for
# the smallest configuration (no floats, a 4 KiB heap; docs/footprint.md).
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print("fib", fib(20), [fib(i) for i in range(8)], 2**40 // 3)
