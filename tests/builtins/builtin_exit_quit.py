# exit() and quit(), which CPython's site module provides: SystemExit with the argument.
print(repr(exit), str(quit), type(exit).__name__)
for f, args in ((exit, (3,)), (quit, ()), (exit, ('message',)), (quit, (None,))):
    try:
        f(*args)
    except SystemExit as e:
        print(f, 'SystemExit', repr(e.code), e.args)
try:
    exit('a', 'b')
except TypeError as e:
    print('TypeError', e)
print('before')
quit(0)
print('not reached')
