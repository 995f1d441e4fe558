# int() refuses more than 4300 digits in a base that is not a power of two.
def show(s, *base):
    try:
        v = int(s, *base)
        print(len(s), 'ok', v.bit_length())
    except ValueError as e:
        print(len(s), 'ValueError', e)

show('9' * 4300)
show('9' * 4301)
show('-' + '1' * 5000)
show(' ' + '1' * 4301 + ' ')
show('1_' * 4300 + '1')
show('1_' * 4299 + '1')
show('0' * 5000)
show('f' * 5000, 16)
show('1' * 5000, 2)
show('7' * 5000, 8)
show('1' * 5000, 3)
show('z' * 4301, 36)
show('1' * 4301, 0)
show('0x' + 'f' * 5000, 0)
show(b'1' * 4301)
show(bytearray(b'1' * 4301))
