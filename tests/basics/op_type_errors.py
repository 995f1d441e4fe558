# operators between unsupported types raise TypeError
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (1,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 'a' - 'b',
    lambda: [1] * 1.5,
    lambda: 'a' * 2.0,
    lambda: 1 < 'a',
    lambda: [1] < 'a',
    lambda: None < None,
    lambda: {} < {},
    lambda: 1 & 1.0,
    lambda: 1.0 << 1,
    lambda: 'a' // 1,
    lambda: -'x',
    lambda: [] / 2,
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError:
        print('TypeError')
print(1 == 'a', [] == (), None == 0, 'a' != 1)
