# dynamic programming: coin change and longest common subsequence
def ways(amount, coins):
    table = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]


def min_coins(amount, coins):
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != inf else -1


def lcs(a, b):
    m = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                m[i][j] = m[i - 1][j - 1] + 1
            else:
                m[i][j] = max(m[i - 1][j], m[i][j - 1])
    return m[len(a)][len(b)]


print(ways(100, [1, 5, 10, 25, 50]))
print(ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
print(min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]))
print(lcs('ABCBDAB', 'BDCABA'), lcs('kinglet', 'kingfisher'), lcs('', 'abc'))
