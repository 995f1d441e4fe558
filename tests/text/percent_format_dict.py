data = {'name': 'Widget', 'price': 9.5, 'qty': 3, 'tags': ['a', 'b']}
print('%(name)s costs %(price).2f' % data)
print('%(qty)05d|%(qty)-5d|%(qty)+d' % data)
print('%(tags)s %(tags)r' % data)
print('%(name)10s|%(name)-10s|' % data)
print('%(price)e %(price)g %(price)x' % {'price': 255} if False else '%(price)e %(price)g' % data)
print('%(a)s %(a)s %(a)s' % {'a': 'rep'})
print('%(missing)s' % {'missing': None})
print('%(x)s' % {'x': 1, 'unused': 2})
class M:
    def __getitem__(self, k):
        return k.upper()
    def keys(self):
        return []
print('%(anything)s %(else)s' % M())
print('%(k)s' % {'k': {'nested': 1}})
try:
    '%(a)s %d' % {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    '%(a' % {'a': 1}
except ValueError as e:
    print(type(e).__name__, e)
print('%(1)s' % {'1': 'digit key'}, '%()s' % {'': 'empty key'})
