# several except clauses and tuples of exception types
def attempt(kind):
    try:
        if kind == 0:
            return 1 / 0
        elif kind == 1:
            return [][1]
        elif kind == 2:
            return {}['x']
        elif kind == 3:
            return int('bad')
        return 'ok'
    except ZeroDivisionError:
        return 'zero'
    except (IndexError, KeyError) as e:
        return 'lookup ' + type(e).__name__
    except ValueError as e:
        return 'value ' + type(e).__name__


for k in range(5):
    print(k, attempt(k))
try:
    raise TypeError('t')
except (ValueError, TypeError) as e:
    print('tuple caught', type(e).__name__, e)
try:
    raise KeyError('k')
except IndexError:
    print('wrong')
except LookupError:
    print('LookupError branch')
except KeyError:
    print('never: earlier clause matched')
