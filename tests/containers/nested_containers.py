data = {
    'users': [
        {'name': 'ann', 'roles': ['admin', 'dev'], 'meta': {'age': 30}},
        {'name': 'bob', 'roles': [], 'meta': {'age': 25, 'tags': ('x', 'y')}},
    ],
    'count': 2,
}
print(data['users'][0]['roles'][1], data['users'][1]['meta']['tags'][0])
print([u['name'] for u in data['users'] if 'admin' in u['roles']])
print(sorted(u['meta']['age'] for u in data['users']))
data['users'][1]['roles'].append('ops')
print(data['users'][1])
print(len(data), len(data['users']), sum(len(u['roles']) for u in data['users']))
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [])])
def walk(node, depth=0):
    name, children = node
    print('  ' * depth + name)
    for c in children:
        walk(c, depth + 1)
walk(tree)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
print([cell for row in grid for cell in row if sum(cell) == 2])
s = {(1, (2, 3)), (1, (2, 3)), frozenset({(4,)})}
print(len(s))
print(data == {'users': data['users'], 'count': 2})
print({'k': [1, {2: [3, {4: 5}]}]}['k'][1][2][1][4])
