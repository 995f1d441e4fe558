class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError('negative: %d' % v)
        self.v = v
items = []
try:
    items = [Strict(v) for v in [1, 2, -3, 4]]
except ValueError as e:
    print(e, len(items))
ok = []
for v in [1, -1, 2]:
    try:
        ok.append(Strict(v).v)
    except ValueError as e:
        ok.append(str(e))
print(ok)
def parse_all(strs):
    out, errs = [], []
    for s in strs:
        try:
            out.append(int(s))
        except ValueError as e:
            errs.append((s, type(e).__name__))
    return out, errs
print(parse_all(['1', 'x', '3', '', '4.0']))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf') if a > 0 else float('-inf') if a < 0 else float('nan')
print([safe_div(a, 0) for a in (1, -1)], safe_div(6, 3))
print({k: safe_div(1, k) for k in (1, 2, 4)})
