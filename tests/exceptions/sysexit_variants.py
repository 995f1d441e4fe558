import sys
for arg in [(), (0,), (1,), ('text',), (None,), ([1],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print('bare', e.code)
try:
    try:
        sys.exit(3)
    finally:
        print('finally runs on sys.exit')
except SystemExit as e:
    print('code', e.code)
try:
    try:
        sys.exit(5)
    except Exception:
        print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def cleanup():
    try:
        raise SystemExit('bye')
    except SystemExit as e:
        return 'intercepted ' + str(e)
print(cleanup())
