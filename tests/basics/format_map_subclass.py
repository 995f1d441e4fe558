# str.format_map looks keys up with the mapping's own __getitem__ (dict.__missing__ included)
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {zz}'.format_map(Default(a=1)))
class Upper:
    def __getitem__(self, key):
        return key.upper()
print('{x}-{yz}'.format_map(Upper()))
try:
    '{k}'.format_map(Default())
except KeyError:
    print('KeyError')
else:
    print('no error: __missing__ used')
