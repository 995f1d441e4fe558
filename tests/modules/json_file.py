# json.dump and json.load: any object with a write() or read() method will do.
try:
    import json
except ImportError:
    print('SKIP')
    raise SystemExit
import sys

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() wants str')
        self.parts.append(s)
    def text(self):
        return ''.join(self.parts)

class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = 0
    def read(self):
        self.calls += 1
        return self.data

data = {'name': 'kinglet', 'list': [1, 2.5, None, True], 'nested': {'é': '😀'}}
w = Writer()
print(json.dump(data, w))
print(w.text() == json.dumps(data), w.text())
for kw in [{'indent': 2}, {'sort_keys': True, 'separators': (',', ':')}, {'ensure_ascii': False},
           {'default': str}, {'skipkeys': True}]:
    w = Writer()
    json.dump(data, w, **kw)
    print(kw, w.text() == json.dumps(data, **kw))
# Long output may arrive in several writes; together they are the same text.
big = [{'i': i, 's': 'x' * (i % 40)} for i in range(300)]
w = Writer()
json.dump(big, w, indent=1)
print(w.text() == json.dumps(big, indent=1), len(w.text()))
w = Writer()
json.dump('', w)
print(repr(w.text()))

# load reads everything once and parses it like loads, with the same options.
r = Reader('{"a": [1, 2, {"b": null}], "c": 1.5}')
print(json.load(r), r.calls)
print(json.load(Reader('[1, 2.5]'), parse_float=str, parse_int=lambda s: -int(s)))
print(json.load(Reader('{"a": 1}'), object_hook=lambda d: sorted(d)))
print(json.load(Reader(b'[true]')), json.load(Reader(bytearray(b'"x"'))))
print(json.load(fp=Reader('7')))
try:
    json.load(Reader('[1,'))
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
try:
    json.load(Reader(42))
except TypeError as e:
    print('TypeError', e)

# Objects without the method.
try:
    json.dump([1], object())
except AttributeError as e:
    print('AttributeError', e)
try:
    json.load(object())
except AttributeError as e:
    print('AttributeError', e)
# An error from write() passes through.
class BadWriter:
    def write(self, s):
        raise OSError('disk full')
try:
    json.dump([1, 2], BadWriter())
except OSError as e:
    print('OSError', e)
# An encoding error stops dump() with the error.
w = Writer()
try:
    json.dump([1, object()], w)
except TypeError as e:
    print('TypeError', e)

# sys.stdout works as a file.
json.dump({'to': 'stdout', 'n': [1, 2]}, sys.stdout)
print()
json.dump([1, {'a': 2}], sys.stdout, indent=2)
print()
