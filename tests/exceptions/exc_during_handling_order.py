log = []
def risky(n):
    log.append('risky %d' % n)
    if n % 2:
        raise ValueError(n)
    return n
for i in range(4):
    try:
        r = risky(i)
    except ValueError as e:
        log.append('except %s' % e)
    else:
        log.append('else %d' % r)
    finally:
        log.append('finally %d' % i)
print(log)
def order():
    events = []
    try:
        events.append('try')
        try:
            events.append('inner try')
            raise KeyError('k')
        except KeyError:
            events.append('inner except')
            raise IndexError('i')
        finally:
            events.append('inner finally')
    except IndexError:
        events.append('outer except')
    finally:
        events.append('outer finally')
    return events
print(order())
