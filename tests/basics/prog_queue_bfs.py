# breadth-first search on a small graph stored in a dict
graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['f'],
    'e': ['f'],
    'f': [],
    'g': ['a'],
}


def bfs(start):
    dist = {start: 0}
    queue = [start]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return order, dist


order, dist = bfs('a')
print(order)
print(dist)
print(bfs('g')[1])
print(bfs('f'))
