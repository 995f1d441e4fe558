# the name bound by except ... as is removed after the handler
try:
    raise ValueError('v')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError:
    print('NameError: e was cleared')
x = 'before'
try:
    1 / 0
except ZeroDivisionError as x:
    pass
try:
    x
except NameError:
    print('x cleared too')
