# Starred unpacking of an empty iterable (found by fuzz_bcfile: the starred list was cut from
# the items of an empty list, NULL + 0 under clang's UBSan, which runs this test).
*a, = []
print(a)
*a, = ()
print(a)
*a, = iter([])
print(a)
x, *a = [1]
print(x, a)
*a, y = (2,)
print(a, y)
x, *a, y = "xy"
print(x, a, y)
[*a] = {}
print(a)
for *a, in [(), []]:
    print(a)
try:
    x, *a = []
except ValueError as e:
    print("ValueError", e)
print([*[], *(), *{}], (*[],), {*()})
