# building and modifying lists inside loops
squares = []
for i in range(10):
    squares.append(i * i)
print(squares)
for i in range(len(squares)):
    squares[i] = squares[i] - i
print(squares)
evens = []
for v in squares:
    if v % 2 == 0:
        evens.append(v)
print(evens)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
print(stack)
queue = [1, 2, 3]
while queue:
    x = queue.pop(0)
    if x < 10:
        queue.append(x * 4)
    print(x, queue)
