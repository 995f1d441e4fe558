# palindromes in strings and numbers
def is_pal(s):
    s = ''.join([c.lower() for c in s if c.isalpha()])
    return s == s[::-1]


for s in ['racecar', 'A man a plan a canal Panama', 'hello', '', 'Was it a car or a cat I saw']:
    print(repr(s), is_pal(s))
best = 0
for a in range(100, 1000):
    for b in range(a, 1000):
        p = a * b
        if p > best:
            t = str(p)
            if t == t[::-1]:
                best = p
print(best)


def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            sub = s[i:j]
            if sub == sub[::-1]:
                best = sub
    return best


print(longest_pal('forgeeksskeegfor'), longest_pal('abacdfgdcaba'))
