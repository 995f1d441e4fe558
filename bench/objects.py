# bench/objects.py: creating objects and calling methods that read and write attributes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.hits = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.dot(self.vel) > 1000:
            self.hits += 1
            self.vel = Vec(-self.vel.x, -self.vel.y)


ps = [Particle(i) for i in range(100)]
for t in range(10000):
    for p in ps:
        p.step()
total = 0
for p in ps:
    total += p.hits + p.pos.x - p.pos.y
print(total)
