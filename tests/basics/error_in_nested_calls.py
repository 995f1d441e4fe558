# errors deep in a call chain are caught by the nearest matching handler
def parse(s):
    return int(s)


def parse_all(items):
    out = []
    for s in items:
        out.append(parse(s))
    return out


def safe_parse_all(items):
    try:
        return parse_all(items)
    except ValueError:
        return 'bad input'


print(safe_parse_all(['1', '2']))
print(safe_parse_all(['1', 'x']))


def outer():
    try:
        inner()
    except KeyError:
        print('outer handled KeyError')
        return 'ok'


def inner():
    try:
        {}['missing']
    except IndexError:
        print('never')


print(outer())
