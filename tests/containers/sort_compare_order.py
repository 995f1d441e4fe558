# Deliberate difference (docs/differences.md): sorting 64 items or more reaches the same stable
# order as CPython but calls __lt__ on different pairs (shorter lists match CPython exactly).
calls = 0


class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        global calls
        calls += 1
        return self.v < other.v


items = [K((i * 37) % 23, i) for i in range(70)]
result = sorted(items)
print([k.v for k in result][:12], [k.tag for k in result][:6])
print('comparisons:', calls)
