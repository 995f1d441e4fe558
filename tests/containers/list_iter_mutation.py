l = [1, 2, 3, 4, 5, 6]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if len(l) < 6:
        l.append(x * 10)
print(out, l)
l = list(range(10))
for i in range(len(l) - 1, -1, -1):
    if l[i] % 3 == 0:
        del l[i]
print(l)
l = [5, 6, 7]
it = iter(l)
print(next(it))
l.insert(0, 4)
print(next(it), list(it))
l = [1, 2, 3]
it = iter(l)
l.clear()
print(list(it))
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
l = [3, 1, 2]
try:
    l.sort(key=lambda v: l.append(0) or v)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(set(l)) if len(l) < 100 else 'big')
stack = []
for c in '(a(b)c)':
    if c == '(':
        stack.append(len(stack))
    elif c == ')':
        print('close', stack.pop())
print(stack)
q = [1, 2, 3]
while q:
    v = q.pop(0)
    if v < 3:
        q.append(v + 10)
    print('visit', v)
