# bench/loop_arith.py: a tight while loop with integer arithmetic.
total = 0
i = 0
n = 3000000
while i < n:
    total += i * i % 7
    i += 1
acc = 0
for j in range(300000):
    acc = (acc * 31 + j) & 0xFFFFFF
print(total, acc)
