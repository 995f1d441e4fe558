# if / elif / else
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'


for n in [-5, 0, 3, 10, 100]:
    print(n, classify(n))
x = 7
if x > 5:
    print('x > 5')
if x > 10:
    print('not printed')
else:
    print('x <= 10')
if x == 7:
    if x % 2:
        print('odd seven')
    else:
        print('never')
if 0:
    print('no')
elif '':
    print('no')
elif []:
    print('no')
else:
    print('all falsy')
