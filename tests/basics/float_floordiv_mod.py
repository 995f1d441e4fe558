# // and % with floats follow the same sign rules as ints
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-7.5 // -2, -7.5 % -2)
print(7 // 2.5, 7 % 2.5)
print(1.0 // 0.25, 1.0 % 0.25)
print(5.0 // 1, 5.0 % 1)
print(-0.5 // 1, -0.5 % 1)
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(9.0, 3.0))
print(6.75 % 1.5)
for z in (0.0, -0.0):
    try:
        print(1.0 // z)
    except ZeroDivisionError:
        print('ZeroDivisionError //')
    try:
        print(1.0 % z)
    except ZeroDivisionError:
        print('ZeroDivisionError %')
