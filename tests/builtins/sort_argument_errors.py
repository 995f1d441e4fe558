# list.sort and sorted() share one argument parser: counts, positional arguments, unknown names.
def gen():
    print('iterated')
    yield 2
    yield 1


def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print('TypeError', e)


data = [3, 1, 2]
attempt(data.sort, reverse=True)
print(data)
attempt(data.sort, key=None, reverse=0)
print(data)
attempt(data.sort, 1)
attempt(data.sort, 1, 2, 3)
attempt(data.sort, key=None, reverse=False, x=1)
attempt(data.sort, bad=1)
attempt(data.sort, reverse=None)
attempt(data.sort, key=abs, reverse=1.5)
# sorted() makes its list first (the generator runs), then list.sort checks the keywords.
attempt(sorted, gen(), bad=1)
attempt(sorted, gen(), key=None, reverse=False, x=1)
attempt(sorted, gen(), reverse=True)
attempt(sorted, gen(), 1)
attempt(sorted)
attempt(sorted, gen(), key=lambda v: -v)
