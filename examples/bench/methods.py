"""Method calls and attribute access on instances of user classes."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.dot(self)


class Particle:
    def __init__(self, i):
        self.pos = Vector(i, -i)
        self.vel = Vector(1, 2)

    def step(self):
        self.pos = self.pos.add(self.vel)


def main():
    particles = [Particle(i) for i in range(1000)]
    for _ in range(300):
        for p in particles:
            p.step()
    print(sum(p.pos.norm2 for p in particles))


main()
