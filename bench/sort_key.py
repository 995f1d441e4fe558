# bench/sort_key.py: sorting lists of ints, tuples and strings, with and without key.
seed = 42
nums = []
for i in range(50000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    nums.append(seed % 100000)
check = 0
for rep in range(8):
    a = sorted(nums)
    b = sorted(nums, key=lambda v: (v % 100, v))
    c = sorted(nums, reverse=True)
    check += a[rep * 1000] + b[rep * 1000] + c[rep * 1000]
recs = [(nums[i] % 97, 'n' + str(nums[i])) for i in range(20000)]
recs.sort(key=lambda r: r[1])
recs.sort(key=lambda r: r[0])
print(check, recs[0], recs[-1], recs[10000])
