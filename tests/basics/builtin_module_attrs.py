# the builtins module: names, overrides through attribute assignment, deletion
import builtins
print(builtins.__name__, builtins.len is len, builtins.ValueError is ValueError)
print(builtins.Ellipsis is ..., builtins.NotImplemented is NotImplemented)
builtins.answer = 42
print(answer, builtins.answer)
def f():
    return answer + 1
print(f())
orig = builtins.len
builtins.len = lambda x: 'patched'
print(len([1, 2]), builtins.len('x'))
builtins.len = orig
print(len([1, 2]), builtins.len is orig)
del builtins.answer
try:
    answer
except NameError:
    print('NameError')
try:
    del builtins.answer
except AttributeError:
    print('AttributeError')
try:
    builtins.no_such_name
except AttributeError:
    print('AttributeError')
print(type(builtins).__name__, hasattr(builtins, 'print'), callable(builtins.sorted))
