def empty():
    pass
print(empty())
class Empty:
    pass
print(Empty.__name__)
for i in range(2):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_doc():
    "just a docstring"
print(only_doc(), only_doc.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body())
x = 1; y = 2; z = x + y
print(z)
if x: print('one-line if')
for c in 'ab': print('one-line for', c)
while x < 3: x += 1
print(x)
a = b = c = []
a.append(1)
print(b, c, a is c)
i = 0
i += 1; i *= 5
print(i)
print(__name__)
