# A tee iterator advanced from inside its own source generator fails as in CPython.
import itertools
holder = []


def source():
    yield 1
    try:
        yield next(holder[0], 'exhausted')
    except RuntimeError as e:
        yield 'RuntimeError ' + str(e)


a, = itertools.tee(source(), 1)
holder.append(a)
print(list(a))
