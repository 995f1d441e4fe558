# Slot values are held only by the instance: they must survive collections. Builds a chain of
# slotted nodes (plain, exception and list-derived ones) whose values nothing else references,
# churns the heap, then walks the chain.
class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next):
        self.value = value
        self.next = next
class Err(Exception):
    __slots__ = ('payload',)
class Bag(list):
    __slots__ = ('label', 'extra')

head = None
for i in range(300):
    if i % 3 == 0:
        v = Err('e%d' % i)
        v.payload = ['p', str(i) * 3]
    elif i % 3 == 1:
        v = Bag([i, i + 1])
        v.label = 'bag' + str(i)
        v.extra = {'k': (i, str(i))}
    else:
        v = 'text ' + str(i) * 2
    head = Node(v, head)
junk = []
for i in range(2000):
    junk.append([str(i)] * 3)
    if len(junk) > 50:
        junk = []
total = 0
count = 0
node = head
while node is not None:
    v = node.value
    if isinstance(v, Err):
        total += len(v.payload[1])
    elif isinstance(v, Bag):
        total += sum(v) + len(v.label) + v.extra['k'][0]
    else:
        total += len(v)
    count += 1
    node = node.next
print(count, total)
print(head.value, head.next.value.label, head.next.next.value.payload)
