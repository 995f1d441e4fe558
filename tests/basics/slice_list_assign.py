# list slice assignment and deletion, all steps
def show(name, f):
    l = list(range(10))
    try:
        f(l)
        print(name, l)
    except (ValueError, TypeError, IndexError) as e:
        print(name, type(e).__name__, e)
def f0(l):
    l[2:5] = []
show('l[2:5] = []', f0)
def f1(l):
    l[2:5] = "ab"
show('l[2:5] = "ab"', f1)
def f2(l):
    l[2:2] = [9, 9]
show('l[2:2] = [9, 9]', f2)
def f3(l):
    l[:] = (1, 2)
show('l[:] = (1, 2)', f3)
def f4(l):
    l[8:] = range(4)
show('l[8:] = range(4)', f4)
def f5(l):
    l[5:2] = [7]
show('l[5:2] = [7]', f5)
def f6(l):
    l[-2:] = [None] * 5
show('l[-2:] = [None] * 5', f6)
def f7(l):
    l[100:] = [1]
show('l[100:] = [1]', f7)
def f8(l):
    l[::2] = "abcde"
show('l[::2] = "abcde"', f8)
def f9(l):
    l[::2] = [1]
show('l[::2] = [1]', f9)
def f10(l):
    l[1::3] = [0, 0, 0]
show('l[1::3] = [0, 0, 0]', f10)
def f11(l):
    l[::-1] = range(10)
show('l[::-1] = range(10)', f11)
def f12(l):
    l[8:2:-2] = "xyz"
show('l[8:2:-2] = "xyz"', f12)
def f13(l):
    l[::-3] = [1, 2]
show('l[::-3] = [1, 2]', f13)
def f14(l):
    l[::2] = 5
show('l[::2] = 5', f14)
def f15(l):
    l[1:3] = l
show('l[1:3] = l', f15)
def f16(l):
    l[:] = l
show('l[:] = l', f16)
def f17(l):
    l[::-1] = l
show('l[::-1] = l', f17)
def f18(l):
    del l[2:5]
show('del l[2:5]', f18)
def f19(l):
    del l[::2]
show('del l[::2]', f19)
def f20(l):
    del l[::-2]
show('del l[::-2]', f20)
def f21(l):
    del l[1::3]
show('del l[1::3]', f21)
def f22(l):
    del l[7:2:-2]
show('del l[7:2:-2]', f22)
def f23(l):
    del l[:]
show('del l[:]', f23)
def f24(l):
    del l[5:2]
show('del l[5:2]', f24)
def f25(l):
    del l[-3:]
show('del l[-3:]', f25)
def f26(l):
    del l[::100]
show('del l[::100]', f26)
def f27(l):
    del l[::-100]
show('del l[::-100]', f27)
def f28(l):
    l[2:4] = iter([7, 8, 9])
show('l[2:4] = iter([7, 8, 9])', f28)
def f29(l):
    l[0] = "x"
show('l[0] = "x"', f29)
def f30(l):
    l[-1] = "y"
show('l[-1] = "y"', f30)
def f31(l):
    del l[0]
show('del l[0]', f31)
def f32(l):
    del l[-1]
show('del l[-1]', f32)
def f33(l):
    l[10] = 1
show('l[10] = 1', f33)
def f34(l):
    del l[-11]
show('del l[-11]', f34)
def f35(l):
    l[str(1)] = 1
show('l[str(1)] = 1', f35)
def f36(l):
    l[float(1)]
show('l[float(1)]', f36)
l = [1, 2, 3]
try:
    l[5]
except IndexError as e:
    print('IndexError', e)
try:
    l[5] = 0
except IndexError as e:
    print('IndexError', e)
try:
    del l[5]
except IndexError as e:
    print('IndexError', e)
a = [1, 2]
b = a
a += (3, 4)
a += 'xy'
a += range(2)
print(a, b is a)
a *= 2
print(len(a), b is a)
a *= 0
print(a, b)
c = [1, 2] * 3
c[0] = 9
print(c, 3 * [0], [] * 5, [1] * -1)
try:
    a += 1
except TypeError as e:
    print('TypeError', e)
try:
    [1] + (1,)
except TypeError as e:
    print('TypeError', e)
try:
    [1] * 'a'
except TypeError as e:
    print('TypeError', e)
