# A builtin classmethod's wrong argument count is reported without the class.
def show(f, *a):
    try:
        print(f(*a))
    except TypeError as e:
        print('TypeError', e)

show(dict.fromkeys)
show(dict.fromkeys, 1, 2, 3)
show({}.fromkeys)
class D(dict):
    pass
show(D.fromkeys)
show(float.fromhex)
show(float.fromhex, '1', '2')
show(bytes.fromhex)
show(bytearray.fromhex)
show(int.from_bytes)
print(dict.fromkeys('ab'), D.fromkeys('a', 0), float.fromhex('0x1p3'), bytes.fromhex('ff'))
