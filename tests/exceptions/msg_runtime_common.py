def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
def unbound():
    print(x)
    x = 1
def free():
    def inner():
        return y
    r = inner()
    y = 1
    return r
def unpack_int():
    a, b = 5
def unpack_many():
    a, b = [1, 2, 3]
def unpack_few():
    a, b, c = [1, 2]
def unpack_star_few():
    a, b, *c = [1]
none = None
num = 3
show(unbound)
show(free)
show(unpack_int)
show(unpack_many)
show(unpack_few)
show(unpack_star_few)
show(lambda: none())
show(lambda: none[0])
show(lambda: num[0])
show(lambda: none.attr)
def set_item_int():
    num[0] = 1
def del_item_none():
    del none[0]
show(set_item_int)
show(del_item_none)
show(lambda: [x for x in num])
show(lambda: {**num})
show(lambda: [*num])
show(lambda: dict(num))
show(lambda: (1, 2) < (1, 'a'))
show(lambda: -None)
show(lambda: num @ num)
show(lambda: 'abc'.index('z'))
show(lambda: [1].index(2))
show(lambda: int('12', 1))
show(lambda: list.append(5, 1))
show(lambda: str.upper(5))
