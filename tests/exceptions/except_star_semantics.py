# except*: which clause sees which part, what is re-raised and in what shape.
import sys


def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))


def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, x.message, [show_leaf(y) for y in x.exceptions])
    return repr(x)


def run(body, *clauses):
    # Runs body under try/except* with the given (type, action) clauses; reports what escapes.
    try:
        body()
    except BaseException as e:
        show('escaped', e)
    else:
        print('nothing escaped')


def group():
    return ExceptionGroup('g', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3), KeyError(4)])])


# 1. Every clause gets its own part, in clause order; nesting is kept.
try:
    raise group()
except* ValueError as g:
    show('value part', g)
except* (TypeError, KeyError) as g:
    show('type/key part', g)


# 2. Unmatched parts escape, in the shape of the original group.
def two():
    try:
        raise group()
    except* TypeError:
        print('handled TypeError')


run(two)


# 3. A bare raise puts the part back where it was.
def three():
    try:
        raise group()
    except* ValueError:
        raise
    except* KeyError:
        pass


run(three)


# 4. A new exception joins an unnamed group with what was re-raised.
def four():
    try:
        raise group()
    except* ValueError as g:
        raise RuntimeError('from handler')
    except* KeyError:
        raise


run(four)


# 5. Raising the bound part explicitly makes it a new exception.
def five():
    try:
        raise group()
    except* TypeError as g:
        raise g


run(five)


# 6. A new exception raised alone, with everything else handled, escapes by itself.
def six():
    try:
        raise ExceptionGroup('only', [OSError('x')])
    except* OSError as g:
        raise LookupError('replacement')


try:
    six()
except LookupError as e:
    print('alone', repr(e), 'context:', show_leaf(e.__context__))


# 7. A naked exception is wrapped for the clause, and comes back naked when nothing matched.
def seven(exc, catch):
    try:
        raise exc
    except* catch as g:
        show('naked as group', g)
        print('leaf is the original', g.exceptions[0] is exc)


seven(ValueError('bare'), ValueError)
try:
    seven(KeyError('bare'), TypeError)
except KeyError as e:
    print('naked unmatched', repr(e))


# 8. sys.exc_info() inside a clause is the matched part; afterwards the previous one.
try:
    raise ZeroDivisionError('outer')
except ZeroDivisionError:
    try:
        raise ExceptionGroup('h', [ValueError('a'), KeyError('b')])
    except* ValueError as g:
        print('exc_info is part', sys.exc_info()[1] is g)
    except* KeyError as g:
        print('exc_info is part', sys.exc_info()[1] is g)
    print('restored', repr(sys.exc_info()[1]))
print('after', sys.exc_info())


# 9. else and finally around except*.
for fail in (False, True):
    try:
        if fail:
            raise ExceptionGroup('e', [ValueError()])
    except* ValueError:
        print('clause ran')
    else:
        print('else ran')
    finally:
        print('finally ran', fail)


# 10. The name is unbound after the clause.
try:
    raise ExceptionGroup('n', [ValueError()])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print('NameError', e)


# 11. Loops and functions inside a clause may use break, continue and return.
try:
    raise ExceptionGroup('loops', [ValueError(5)])
except* ValueError as g:
    for i in range(10):
        if i == 1:
            continue
        if i == 3:
            break
        print('loop', i)

    def inner():
        return 'returned'
    print(inner())


# 12. Inside generators and nested functions.
def gen():
    try:
        yield 1
        raise ExceptionGroup('gen', [ValueError('in gen'), TypeError('t')])
    except* ValueError as g:
        yield [str(e) for e in g.exceptions]
    except* TypeError:
        yield 'type part'
    yield 'end'


print(list(gen()))


# 13. Nested try/except* blocks.
try:
    try:
        raise ExceptionGroup('outer', [ValueError('v'), OSError('o'), KeyError('k')])
    except* ValueError:
        print('inner clause')
    except* OSError:
        try:
            raise ExceptionGroup('nested', [IndexError('i')])
        except* IndexError as g:
            show('nested part', g)
except* KeyError as g:
    show('outer clause', g)


# 14. Errors in the clause's class expression.
for bad in (int, (ValueError, 3), ExceptionGroup, (TypeError, BaseExceptionGroup)):
    try:
        try:
            raise ExceptionGroup('x', [ValueError()])
        except* bad:
            pass
    except TypeError as e:
        print('TypeError', e)


# 15. Syntax rules.
for src in ('try:\n    pass\nexcept* ValueError:\n    break\n',
            'for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n',
            'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
            'try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n',
            'try:\n    pass\nexcept*:\n    pass\n',
            'try:\n    pass\nexcept* ValueError:\n    while True:\n        break\n'):
    try:
        compile(src, '<src>', 'exec')
        print('compiles')
    except SyntaxError as e:
        print('SyntaxError', e.msg)


# 16. KeyboardInterrupt and other BaseExceptions need a BaseExceptionGroup.
try:
    try:
        raise BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
    except* ValueError:
        print('value handled')
except BaseExceptionGroup as e:
    show('base rest', e)


# 17. Exceptions raised in several clauses, plus a re-raise, keep their order.
def many():
    try:
        raise ExceptionGroup('m', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError('first')
    except* TypeError:
        raise
    except* KeyError:
        raise RuntimeError('second')


run(many)
