# sorting is stable, also with reverse=True
data = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
nums = list(range(20))
print(sorted(nums, key=lambda n: n % 3))
print(sorted(nums, key=lambda n: n % 4, reverse=True))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
words.sort(key=len)
print(words)
big = []
for i in range(200):
    big.append((i * 7919) % 101)
s = sorted(big)
ok = True
for i in range(1, len(s)):
    if s[i - 1] > s[i]:
        ok = False
print(ok, s[:10], s[-5:])
