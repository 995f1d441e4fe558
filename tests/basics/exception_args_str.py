# str() and args of exceptions we create
e = ValueError('one')
print(str(e), e.args)
e = ValueError()
print(repr(str(e)), e.args)
e = ValueError('x', 'y')
print(e.args)
e = KeyError('key')
print(str(e))
e = Exception('generic')
print(e)
print(isinstance(e, BaseException))


class MyErr(Exception):
    def __str__(self):
        return 'custom text'


print(str(MyErr()))
try:
    raise MyErr('ignored arg')
except MyErr as err:
    print(err, err.args)
