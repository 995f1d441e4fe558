# nested dicts and lists
db = {
    'alice': {'age': 30, 'langs': ['python', 'c']},
    'bob': {'age': 25, 'langs': []},
}
print(db['alice']['langs'][1])
db['bob']['langs'].append('go')
db['carol'] = {'age': 35, 'langs': ['rust']}
for name in db:
    info = db[name]
    print(name, info['age'], info['langs'])
print(db)
tree = {'v': 1, 'kids': [{'v': 2, 'kids': []}, {'v': 3, 'kids': [{'v': 4, 'kids': []}]}]}


def total(node):
    s = node['v']
    for k in node['kids']:
        s += total(k)
    return s


print(total(tree))
