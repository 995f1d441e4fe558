# lists used as stacks and queues
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif c in ')]}':
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack


for s in ['()', '([]{})', '(]', '((', '', 'a(b[c]d)e', '}{']:
    print(repr(s), balanced(s))
q = []
for i in range(5):
    q.append(i)
out = []
while q:
    v = q.pop(0)
    out.append(v)
    if v < 3:
        q.append(v + 10)
print(out)
