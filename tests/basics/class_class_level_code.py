# statements in a class body run once, when the class is created
print('before class')


class K:
    print('in class body')
    a = 1
    b = a + 1
    names = []
    for i in range(3):
        names.append('n' + str(i))

    def get(self):
        return self.b


print('after class')
print(K.a, K.b, K.names, K().get())
print(K.i)
