# catching exceptions
try:
    print('before')
    1 / 0
    print('not reached')
except ZeroDivisionError:
    print('caught ZeroDivisionError')
try:
    [][0]
except IndexError as e:
    print('caught', type(e).__name__, e)
try:
    {}['k']
except KeyError as e:
    print('caught', type(e).__name__, e)
try:
    int('x')
except ValueError:
    print('caught ValueError')
try:
    None.foo
except AttributeError:
    print('caught AttributeError')
try:
    undefined_name
except NameError:
    print('caught NameError')
try:
    1 + 'a'
except TypeError:
    print('caught TypeError')
try:
    print('no error')
except Exception:
    print('not printed')
print('end')
