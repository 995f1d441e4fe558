# int multiplication, including products that leave the machine word
print(6 * 7)
print(-6 * 7)
print(-6 * -7)
print(0 * 123456789)
print(65536 * 65536)
print(2147483647 * 2)
print(4294967296 * 4294967296)
print(-3037000500 * 3037000500)
print(123456789 * 987654321)
print(1073741824 * 4)
print(46341 * 46341)
p = 1
for i in range(1, 21):
    p = p * i
    print(i, p)
