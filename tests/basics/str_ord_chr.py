# ord and chr on ASCII
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('~'))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(126))
print(chr(ord('a') + 1))
s = ''
for i in range(65, 91):
    s += chr(i)
print(s)
total = 0
for c in 'hello':
    total += ord(c)
print(total)
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    ord('')
except TypeError:
    print('TypeError')
try:
    chr(-1)
except ValueError:
    print('ValueError')
