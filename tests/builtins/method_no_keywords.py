# A builtin method that takes no keyword arguments names its type in the error.
class S(str):
    pass
class L(list):
    pass
calls = [
    lambda: 'abc'.count('a', start=0),
    lambda: 'abc'.replace('a', 'b', count=1),
    lambda: 'abc'.center(width=5),
    lambda: '-'.join(iterable=['a']),
    lambda: 'abc'.upper(x=1),
    lambda: str.upper('a', x=1),
    lambda: S('a').upper(x=1),
    lambda: b'abc'.count(b'a', start=0),
    lambda: bytearray(b'abc').pop(index=0),
    lambda: [1, 2].index(value=1),
    lambda: [1, 2].append(object=1),
    lambda: L().append(object=1),
    lambda: (1,).index(value=1),
    lambda: {}.get(key=1),
    lambda: {}.pop(key=1),
    lambda: dict.fromkeys(iterable=[1]),
    lambda: {1}.add(element=1),
    lambda: (1).bit_length(x=1),
    lambda: (1.5).hex(x=1),
    lambda: len(obj=[1]),
    lambda: abs(x=1),
    lambda: chr(i=65),
    lambda: min(iterable=[1]),
    lambda: max(key=len),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
