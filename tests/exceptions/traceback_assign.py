# e.with_traceback(tb) and e.__traceback__ = tb replace an exception's traceback with [tb]'s
# chain; None clears it; anything else is TypeError.
import sys


def f():
    raise ValueError("x")


def g():
    f()


def names(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print(names(tb))
    print(e.with_traceback(tb.tb_next) is e, names(e.__traceback__))
    e.__traceback__ = tb.tb_next.tb_next
    print(names(e.__traceback__))
    e.__traceback__ = None
    print(e.__traceback__)
    e.__traceback__ = tb
    print(names(e.__traceback__))
    for bad in (5, "tb", sys):
        try:
            e.with_traceback(bad)
        except TypeError as t:
            print("TypeError", t)
        try:
            e.__traceback__ = bad
        except TypeError as t:
            print("TypeError", t)
    try:
        del e.__traceback__
    except TypeError as t:
        print("TypeError", t)
    saved = e

# Re-raising after with_traceback: the new frames are added to the given chain.
try:
    try:
        g()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e2:
    print(names(e2.__traceback__))
try:
    raise KeyError("k").with_traceback(saved.__traceback__.tb_next)
except KeyError as e3:
    print(names(e3.__traceback__))
print(names(ValueError().with_traceback(saved.__traceback__).__traceback__))
