# BaseException.__reduce__: (type, args), plus the instance dict when attributes were set.
class MyErr(ValueError):
    pass
print(ValueError('a').__reduce__(), Exception().__reduce__(), KeyError('k', 2).__reduce__())
e = MyErr('x')
print(e.__reduce__()[0].__name__, e.__reduce__()[1], len(e.__reduce__()))
e.code = 42
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
rebuilt = r[0](*r[1])
rebuilt.__dict__.update(r[2])
print(type(rebuilt).__name__, rebuilt.args, rebuilt.code)
