# methods calling other methods through self
class Stack:
    def __init__(self):
        self.items = []

    def push(self, v):
        self.items.append(v)
        return self

    def pop(self):
        if self.is_empty():
            raise IndexError('pop from empty stack')
        return self.items.pop()

    def is_empty(self):
        return self.size() == 0

    def size(self):
        return len(self.items)

    def peek(self):
        return self.items[-1]


s = Stack()
s.push(1).push(2).push(3)
print(s.size(), s.peek(), s.is_empty())
print(s.pop(), s.pop(), s.pop(), s.is_empty())
try:
    s.pop()
except IndexError as e:
    print('IndexError', e)


def rpn(expr):
    st = Stack()
    for tok in expr.split():
        if tok in '+-*':
            b = st.pop()
            a = st.pop()
            if tok == '+':
                st.push(a + b)
            elif tok == '-':
                st.push(a - b)
            else:
                st.push(a * b)
        else:
            st.push(int(tok))
    return st.pop()


print(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'))
