# recursion over nested data
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


print(flatten([1, [2, [3, [4]], 5], [[6]], []]))


def depth(x):
    if not isinstance(x, list):
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1


print(depth([]), depth([1]), depth([1, [2, [3]]]))


def count_leaves(t):
    if isinstance(t, tuple):
        return count_leaves(t[0]) + count_leaves(t[1])
    return 1


print(count_leaves((((1, 2), 3), (4, (5, 6)))))


def perms(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in perms(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out


print(perms('abc'))
print(len(perms('abcde')))
