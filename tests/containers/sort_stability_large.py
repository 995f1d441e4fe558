state = 5
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
items = [(rnd(10), i) for i in range(2000)]
s = sorted(items, key=lambda t: t[0])
print(all(s[k][1] < s[k + 1][1] for k in range(len(s) - 1) if s[k][0] == s[k + 1][0]))
r = sorted(items, key=lambda t: t[0], reverse=True)
print(all(r[k][1] < r[k + 1][1] for k in range(len(r) - 1) if r[k][0] == r[k + 1][0]))
print(s[:5], r[:5], s[-3:])
vals = [rnd(1000) for _ in range(3000)]
sv = sorted(vals)
print(sv[:10], sv[-5:], sum(sv) == sum(vals), all(sv[i] <= sv[i + 1] for i in range(len(sv) - 1)))
vals.sort(reverse=True)
print(vals[:5], vals[-5:])
strs = [''.join('abc'[rnd(3)] for _ in range(rnd(5))) for _ in range(500)]
ss = sorted(strs)
print(ss[:8], ss[-3:], sorted(strs, key=len)[:5], sorted(set(strs))[:6])
presorted = list(range(1000)) + list(range(500))
presorted.sort()
print(presorted[:3], presorted[998:1003])
desc = list(range(1000, 0, -1))
desc.sort()
print(desc[:3], desc[-3:])
