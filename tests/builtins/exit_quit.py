# The site builtins exit and quit: calling one raises SystemExit(code).
print(exit, quit, str(exit), repr(quit))
print(callable(exit), exit is exit, exit == quit)
for f, a, k in [(exit, (), {}), (exit, (3,), {}), (quit, ('bye',), {}), (exit, (), {'code': 5}),
                (exit, (None,), {}), (exit, (1, 2), {}), (exit, (), {'x': 1}), (exit, (1,), {'code': 2})]:
    try:
        f(*a, **k)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
    except TypeError as e:
        print('TypeError', e)
exit(0)
print('not reached')
