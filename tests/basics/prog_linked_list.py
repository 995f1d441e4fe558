# a singly linked list built from classes
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def __len__(self):
        return self.size


ll = LinkedList()
for i in range(5):
    ll.append(i)
ll.push_front('first')
print(ll.to_list(), len(ll))
ll.reverse()
print(ll.to_list())
empty = LinkedList()
empty.reverse()
print(empty.to_list(), len(empty))
