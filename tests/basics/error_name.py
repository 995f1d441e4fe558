# using an undefined name raises NameError
try:
    print(not_defined)
except NameError:
    print('NameError read')
try:
    not_defined_func()
except NameError:
    print('NameError call')


def f():
    return also_not_defined + 1


try:
    f()
except NameError:
    print('NameError in function')
try:
    x = [undefined_in_list]
except NameError:
    print('NameError in list')
later = 1
print(later)
try:
    Print('case matters')
except NameError:
    print('NameError case')
