# and / or return one of their operands; not returns a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default')
print([] and 'x', [1] and 'x')
print(None or 0, None and 0)
print(0 or '' or [] or 'last')
print(1 and 'a' and [2])
print(not 0, not 1, not '', not 'a', not None, not [])
print(type(not 5).__name__)


def t(tag, v):
    print('eval', tag)
    return v


print(t('a', 0) and t('b', 1))
print(t('a', 1) or t('b', 1))
print(t('a', 1) and t('b', 0) or t('c', 'c'))
x = None
name = x or 'anonymous'
print(name)
print(not (1 and 0), (not 1) and 0)
print(True and False or True, not True == False)
