def gen():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print('caught at', i)
            continue
        finally:
            print('finally', i)
g = gen()
print(next(g))
print(g.throw(ValueError))
print(next(g))
try:
    next(g)
except StopIteration:
    print('done')
def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                if v == target:
                    print('found, finally runs')
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
def count_errors(items):
    errors = 0
    for it in items:
        try:
            1 / it
        except ZeroDivisionError:
            errors += 1
            continue
        except TypeError:
            errors += 10
            break
        finally:
            pass
    return errors
print(count_errors([1, 0, 2, 0]), count_errors([0, 'x', 0]))
