results = []
for v in ['1', 'two', '3', '', '5']:
    try:
        n = int(v)
    except ValueError:
        results.append(None)
        continue
    else:
        results.append(n * 2)
    finally:
        results.append('|')
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry %d' % attempts)
        print('success after', attempts)
        break
    except ConnectionError as e:
        print('failed:', e)
def first_valid(seq):
    for s in seq:
        try:
            return float(s)
        except ValueError:
            pass
    return None
print(first_valid(['x', 'y', '2.5', '3']), first_valid([]))
errors = {}
for i, d in enumerate([1, 0, 2, 0]):
    try:
        10 / d
    except ZeroDivisionError as e:
        errors[i] = str(e)
print(errors)
