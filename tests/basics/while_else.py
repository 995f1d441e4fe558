# while ... else: the else part runs when the loop ends without break
i = 0
while i < 3:
    i += 1
else:
    print('else after normal end', i)
i = 0
while i < 10:
    if i == 4:
        print('break at', i)
        break
    i += 1
else:
    print('not printed')
while False:
    pass
else:
    print('else of a loop that never ran')


def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            break
        i += 1
    else:
        return -1
    return i


print(find([5, 6, 7], 7), find([5, 6, 7], 8))
