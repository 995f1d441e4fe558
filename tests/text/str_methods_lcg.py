state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n
alphabet = 'ab ,.\tAB1é'
def rstr(maxlen):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
for i in range(40):
    s = rstr(14)
    sub = rstr(2)
    res = [s.find(sub), s.rfind(sub), s.count(sub), s.split(sub) if sub else s.split(), s.partition(sub) if sub else None,
           s.replace(sub, '<>', 2) if sub else s, s.strip(sub), s.startswith(sub), s.endswith(sub), s.upper(), s.title(),
           s.center(16, '*'), s.split(None, 1), s.rsplit(',', 1), s.splitlines(), s.expandtabs(3)]
    print(repr(s), repr(sub), res)
