# Where kinglet's itertools differs from CPython's (docs/differences.md), pinned by an .exp file:
# advancing a tee iterator from inside its own source generator.
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
