# binary search tree with insert, search and in-order traversal
class Tree:
    def __init__(self):
        self.root = None

    def insert(self, key):
        if self.root is None:
            self.root = [key, None, None]
            return
        node = self.root
        while True:
            if key < node[0]:
                if node[1] is None:
                    node[1] = [key, None, None]
                    return
                node = node[1]
            elif key > node[0]:
                if node[2] is None:
                    node[2] = [key, None, None]
                    return
                node = node[2]
            else:
                return

    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node[0]:
                return True
            node = node[1] if key < node[0] else node[2]
        return False

    def inorder(self):
        out = []

        def walk(n):
            if n is not None:
                walk(n[1])
                out.append(n[0])
                walk(n[2])
        walk(self.root)
        return out

    def height(self):
        def h(n):
            if n is None:
                return 0
            return 1 + max(h(n[1]), h(n[2]))
        return h(self.root)


t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder())
print(t.contains(65), t.contains(66), t.height())
w = Tree()
for word in 'the quick brown fox jumps over the lazy dog'.split():
    w.insert(word)
print(w.inorder(), w.height())
