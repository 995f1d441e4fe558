# complex() argument errors name the argument that is wrong.
def show(*a, **k):
    try:
        print(complex(*a, **k))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

show(1, '2')
show('1', 2)
show('1', '2')
show(1, [])
show([], 1)
show(1, None)
show(1, 2, 3)
show(1, 2, 3, 4)
show(1, real=1, imag=2)
show(1, 2, imag=1)
show(real=1, imag=2, x=3)
show(1, real=1)
show(1, 2, imag=3)
show(1, x=1)
show(real=1, x=3)
show(real=1, imag=2)
show(imag='2')
show(real='2')
show(real='1+1j', imag=1)
