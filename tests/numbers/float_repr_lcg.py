# deterministic pseudo-random floats: repr, str and round-trip
state = 12345
def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
out = []
bad = 0
for i in range(400):
    r = rnd()
    mant = (r >> 11) / 2 ** 53
    exp = (r % 80) - 40
    v = mant * 10.0 ** exp
    if r & 1:
        v = -v
    s = repr(v)
    if float(s) != v:
        bad += 1
    if i % 10 == 0:
        out.append(s)
print(bad)
for k in range(0, len(out), 4):
    print(' '.join(out[k:k + 4]))
vals = [(rnd() >> 11) / 2 ** 53 * 1000 for _ in range(20)]
print(sum(vals), max(vals), min(vals))
print([round(v, 3) for v in vals[:6]])
print(['%.5g' % v for v in vals[:6]])
