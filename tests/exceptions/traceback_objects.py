# e.__traceback__ is a chain of traceback objects from the frame that caught the exception
# inward: tb_lineno, tb_next and tb_frame.f_code.co_name, as CPython gives them.
def inner():
    raise ValueError('deep')
def middle():
    inner()
def walk(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    middle()
except ValueError as e:
    print(walk(e.__traceback__))
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    print(e.__traceback__.tb_frame.f_code.co_filename.endswith('traceback_objects.py'))
def catch_here():
    try:
        inner()
    except ValueError as e:
        return walk(e.__traceback__)
print(catch_here())
import sys
try:
    [][1]
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, tb.tb_lineno, tb.tb_next)
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        return True
def in_with():
    with CM():
        middle()
in_with()
print(ValueError().__traceback__)
