# collections together with heapq, bisect, copy, operator, textwrap and contextlib in small programs.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import heapq, bisect, copy, operator, textwrap, contextlib
from operator import itemgetter, attrgetter

graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]:
    graph[a].append(b)
    graph[b].append(a)

def bfs(start):
    seen = {start}
    q = deque([start])
    order = []
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs(1))

def dijkstra(edges, src):
    g = defaultdict(list)
    for u, v, w in edges:
        g[u].append((v, w))
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float('inf')):
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dict(sorted(dist.items()))
print(dijkstra([('a','b',1),('b','c',2),('a','c',5),('c','d',1)], 'a'))

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief"""
words = [w.strip(',').lower() for w in text.split()]
cnt = Counter(words)
print(cnt.most_common(4))
for w, n in sorted(cnt.items(), key=itemgetter(1, 0), reverse=True)[:3]:
    print(f'{w:>8}: {"#" * n}')

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90), Employee('cy', 'eng', 100)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, members in sorted(by_dept.items()):
    print(dept, [m.name for m in sorted(members, key=attrgetter('salary'))], sum(m.salary for m in members))
print(max(staff, key=attrgetter('salary')))
print(textwrap.fill(' '.join(str(e) for e in staff), 40))

window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)

scores = [33, 99, 77, 70, 89, 90, 100]
print([ 'FDCBA'[bisect.bisect([60, 70, 80, 90], s)] for s in scores])

cfg = {'db': {'host': 'x', 'ports': [1, 2]}}
cfg2 = copy.deepcopy(cfg)
cfg2['db']['ports'].append(3)
print(cfg, cfg2)

with contextlib.suppress(FileNotFoundError):
    raise FileNotFoundError('nope')

@contextlib.contextmanager
def timer(label):
    print('start', label)
    yield
    print('end', label)

with timer('x'), timer('y'):
    print('body')

od = OrderedDict()
for ch in 'hello world':
    od[ch] = od.get(ch, 0) + 1
print(od)
print(list(map(operator.methodcaller('upper'), ['a', 'b'])))
print(sorted(Counter('hello world').items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(Counter(a=3) - Counter(a=5), Counter('abc') & Counter('bcd'), sum([Counter('ab'), Counter('bc')], Counter()))
print(dict(Counter('aab')), list(Counter('aab')), Counter('aab').get('z'))
